import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, StoreUnavailableError } from '../../src/errors.ts';
import { loadRaw, parseCuration, withRetry } from '../../src/load/index.ts';
import type { ArticleFacts } from '../../src/model/schema.ts';
import { createEmbeddedStore } from '../../src/store/embedded/index.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { A2_SAME_FILE, WORLD } from '../store/fixtures.ts';

const items = (facts: ArticleFacts[]) => facts.map((f) => ({ facts: f }));
const worldRelations = WORLD.reduce((n, f) => n + f.relations.length, 0);

describe('loader API on the embedded store', () => {
  let dir: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'entente-load-'));
    store = createEmbeddedStore({ dataDir: dir });
    await store.init();
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const batchSize of [1, 3]) {
    it(`loads, then finds everything unchanged (batch size ${batchSize})`, async () => {
      const first = await loadRaw(store, items(WORLD), { batchSize });
      expect(first).toMatchObject({ loaded: WORLD.length, unchanged: 0, failed: [], articles: WORLD.length, relations: worldRelations });
      const again = await loadRaw(store, items(WORLD), { batchSize });
      expect(again).toMatchObject({ loaded: 0, unchanged: WORLD.length, replaced: 0, relations: worldRelations });
      const replaced = await loadRaw(store, items([A2_SAME_FILE]), { batchSize });
      expect(replaced).toMatchObject({ loaded: 0, replaced: 1, articles: WORLD.length });
    });
  }

  it('reports an unreadable input and a bad article by file, and loads the rest', async () => {
    const bad = structuredClone(WORLD[1]!);
    bad.relations[0]!.goldstein = 99; // outside the Goldstein scale: the facts do not validate
    const summary = await loadRaw(store, [...items([WORLD[0]!, bad, WORLD[2]!]), new InputError('broken.txt', 'not valid UTF-8', 3)], {
      batchSize: 2,
    });
    expect(summary.loaded).toBe(2);
    expect(summary.failed.map((f) => f.file).sort()).toEqual(['broken.txt', bad.article.file ?? bad.article.id].sort());
    expect(summary.failed.find((f) => f.file === 'broken.txt')!.reason).toMatch(/^broken\.txt:3: not valid UTF-8/);
    expect(await store.hasArticle(bad.article.id)).toBe(false);
    expect(await store.hasArticle(WORLD[2]!.article.id)).toBe(true);
  });

  it('applies the curation before writing', async () => {
    const victim = WORLD[0]!.relations[0]!.target;
    const curation = parseCuration({ ignore: [victim] }, 'test.yaml');
    await loadRaw(store, items(WORLD), { curation });
    expect((await store.snapshot()).actors.map((a) => a.id)).not.toContain(victim);
    expect(await store.listRelations({ actor: victim })).toHaveLength(0);
  });

  it('a dry run extracts and plans without a store', async () => {
    const summary = await loadRaw(null, items(WORLD), { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, loaded: WORLD.length, relations: worldRelations });
    expect(summary.plan!.map((p) => p.id)).toEqual(WORLD.map((f) => f.article.id));
    expect((await store.stats()).articles).toBe(0);
  });
});

describe('withRetry', () => {
  it('retries while the store is unavailable, then succeeds', async () => {
    let calls = 0;
    const delays: number[] = [];
    const result = await withRetry(
      'test',
      async () => {
        if (++calls < 3) throw Object.assign(new Error('connection refused'), { code: 'ServiceUnavailable' });
        return 'ok';
      },
      { tries: 4, baseDelayMs: 5 },
      (_a, _e, d) => delays.push(d),
    );
    expect(result).toBe('ok');
    expect(delays).toEqual([5, 10]);
  });

  it('gives up with one clear line after the last try, and never retries other errors', async () => {
    const down = () => Promise.reject(new StoreUnavailableError('Neo4j at bolt://x is not reachable'));
    await expect(withRetry('writing', down, { tries: 2, baseDelayMs: 1 })).rejects.toThrow(
      /^writing: the store is unavailable after 2 tries \(Neo4j at bolt:\/\/x is not reachable\)$/,
    );
    let calls = 0;
    await expect(withRetry('w', async () => { calls++; throw new Error('constraint violated'); }, { tries: 4, baseDelayMs: 1 })).rejects.toThrow('constraint violated');
    expect(calls).toBe(1);
  });
});
