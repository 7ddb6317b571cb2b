/** `entente load` into the real Neo4j: seeds twice, kill -9 mid-load, and a server that goes away mid-load. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphSnapshot, GraphStore } from '../../src/store/graph-store.ts';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';
import { generateCorpus } from './generate-corpus.ts';
import { expectCompleteArticles, killScenario } from './kill-check.ts';
import { createPlug } from './plug.ts';
import { SEEDS, entente, loadJson, spawnEntente, storeEnv } from '../support/run-cli.ts';

const TOTAL = 250;
let tmp: string;

async function openNeo4j(uri = neo4jConfig().uri): Promise<GraphStore> {
  const { user, password, database } = neo4jConfig();
  const store = createNeo4jStore({ uri, user, password, database });
  await store.init();
  return store;
}

function env(uri = neo4jConfig().uri): NodeJS.ProcessEnv {
  const { user, password, database } = neo4jConfig();
  return storeEnv({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database });
}

async function clear(): Promise<void> {
  const store = await openNeo4j();
  await store.clear();
  await store.close();
}

describeNeo4j('entente load into Neo4j', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'entente-load-neo4j-'));
    await generateCorpus(path.join(tmp, 'corpus'), TOTAL);
  });
  afterAll(async () => {
    await clear();
    await rm(tmp, { recursive: true, force: true });
  });

  it('loads the seeds, and a second run finds all five unchanged', async () => {
    await clear();
    const first = await loadJson([SEEDS], env());
    expect(first.code).toBe(0);
    expect(first.summary).toMatchObject({ loaded: 5, unchanged: 0, failed: [], articles: 5 });
    expect(first.summary.relations).toBeGreaterThan(0);
    const second = await loadJson([SEEDS, '--bulk'], env());
    expect(second.summary).toMatchObject({ loaded: 0, unchanged: 5, failed: [], relations: first.summary.relations });
    const store = await openNeo4j();
    try {
      expect(await expectCompleteArticles(store)).toBe(5);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('curation on Neo4j: --reapply rewrites the graph, export reflects it', async () => {
    await clear();
    const corpus = path.join(tmp, 'small');
    await generateCorpus(corpus, 10);
    expect((await loadJson([corpus, '--bulk'], env())).summary.loaded).toBe(10);
    const cwd = path.join(tmp, 'cwd');
    await mkdir(cwd, { recursive: true });
    await writeFile(path.join(cwd, 'entente.curation.yaml'), 'ignore: [FRA]\nmerge: {from: [ESP], into: PRT}\n');
    const re = await loadJson(['--reapply'], env(), cwd);
    expect(re.code).toBe(0);
    expect(re.summary).toMatchObject({ loaded: 10, failed: [], articles: 10 });
    const exported = await entente(['export', '--format', 'json'], env());
    expect(exported.code).toBe(0);
    const ids = (JSON.parse(exported.stdout) as GraphSnapshot).actors.map((a) => a.id);
    expect(ids).toContain('PRT');
    expect(ids).not.toContain('FRA');
    expect(ids).not.toContain('ESP');
  }, 120_000);

  for (const [name, args] of [
    ['one article per transaction', ['--workers', '1']],
    ['bulk batches', ['--bulk', '--batch-size', '10', '--workers', '2']],
  ] as const) {
    it(`kill -9 mid-load (${name}): every stored article is complete, a re-run completes the job`, async () => {
      await clear();
      await killScenario({ corpus: path.join(tmp, 'corpus'), total: TOTAL, env: env(), args: [...args], after: 30, open: () => openNeo4j() });
    }, 240_000);
  }

  it('Neo4j going away mid-load: retries, then one clear line and a non-zero exit; a re-run finishes', async () => {
    await clear();
    const target = new URL(neo4jConfig().uri.replace(/^[a-z+]+:/, 'http:'));
    const plug = await createPlug(target.hostname, Number(target.port || 7687));
    const viaPlug = `bolt://127.0.0.1:${plug.port}`;
    try {
      const child = spawnEntente(['load', path.join(tmp, 'corpus'), '--retries', '2', '--workers', '1'], env(viaPlug));
      let stderr = '';
      let written = 0;
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        written = (stderr.match(/^\[\d+\/\d+\] loaded /gm) ?? []).length;
        if (written >= 20) void plug.pull();
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(code).toBe(1);
      const last = stderr.trim().split('\n').at(-1)!;
      expect(last).toMatch(/^entente: .*unavailable after 2 tries.*re-run the same command to finish$/);
      expect(stderr).toMatch(/retry 1 in 500 ms/);
      expect(stderr).not.toMatch(/^\s+at /m);

      const store = await openNeo4j();
      try {
        const stored = await expectCompleteArticles(store);
        expect(stored).toBeGreaterThanOrEqual(20);
        expect(stored).toBeLessThan(TOTAL);
      } finally {
        await store.close();
      }
      await plug.restore();
      const rerun = await loadJson([path.join(tmp, 'corpus'), '--bulk'], env(viaPlug));
      expect(rerun.code).toBe(0);
      expect(rerun.summary).toMatchObject({ failed: [], articles: TOTAL });
    } finally {
      await plug.close();
    }
  }, 240_000);
});
