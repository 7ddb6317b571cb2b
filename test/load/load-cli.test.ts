/** `entente load` and `entente export` as real processes on the embedded store. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '../../src/store/graph-store.ts';
import { generateCorpus } from './generate-corpus.ts';
import { SEEDS, entente, loadJson, storeEnv } from '../support/run-cli.ts';

let tmp: string;
const fresh = async (name: string) => ({ dataDir: path.join(tmp, `store-${name}`) });
const exportJson = async (env: NodeJS.ProcessEnv): Promise<GraphSnapshot> => {
  const r = await entente(['export', '--format', 'json'], env);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as GraphSnapshot;
};

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'entente-load-cli-'));
  await generateCorpus(path.join(tmp, 'corpus'), 12);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('entente load (embedded store)', () => {
  it('loads the seeds, and a second run finds all five unchanged', async () => {
    const env = storeEnv(await fresh('seeds'));
    const first = await loadJson([SEEDS], env);
    expect(first.code).toBe(0);
    expect(first.summary).toMatchObject({ loaded: 5, unchanged: 0, failed: [] });
    expect(first.summary.relations).toBeGreaterThan(0);
    expect(first.summary.actors).toBeGreaterThan(0);
    const second = await loadJson([SEEDS], env);
    expect(second.code).toBe(0);
    expect(second.summary).toMatchObject({ loaded: 0, unchanged: 5, failed: [], relations: first.summary.relations });
  });

  it('loads the good files beside a bad one, names the bad one and exits non-zero', async () => {
    const dir = path.join(tmp, 'mixed');
    await generateCorpus(dir, 3);
    await writeFile(path.join(dir, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const r = await loadJson([dir, '--workers', '2'], storeEnv(await fresh('mixed')));
    expect(r.code).not.toBe(0);
    expect(r.summary.loaded).toBe(3);
    expect(r.summary.failed, JSON.stringify(r.summary.failed)).toHaveLength(1);
    expect(r.summary.failed[0].file).toMatch(/broken\.txt$/);
    expect(r.summary.failed[0].reason).toMatch(/broken\.txt.*binary/);
  });

  it('--dry-run shows what would be written and writes nothing', async () => {
    const store = await fresh('dry');
    const r = await entente(['load', path.join(tmp, 'corpus'), '--dry-run'], storeEnv(store));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/would load .*gen-00000\.txt/);
    expect(r.stdout).toMatch(/nothing was written/);
    expect(existsSync(store.dataDir)).toBe(false);
  });

  it('applies the curation on load, and --reapply rewrites the graph after it changed', async () => {
    const env = storeEnv(await fresh('curated'));
    const corpus = path.join(tmp, 'corpus');
    const before = (await loadJson([corpus, '--bulk', '--batch-size', '5'], env)).summary;
    expect(before.loaded).toBe(12);
    const g0 = await exportJson(env);
    const ids0 = g0.actors.map((a) => a.id);
    expect(ids0).toEqual(expect.arrayContaining(['FRA', 'ESP', 'PRT', 'JPN']));
    expect(g0.relations.some((r) => r.source === 'FRA' || r.target === 'FRA')).toBe(true);

    const cwd = path.join(tmp, 'cwd');
    await mkdir(cwd, { recursive: true });
    await writeFile(
      path.join(cwd, 'entente.curation.yaml'),
      ['ignore: [FRA]', 'merge:', '  - from: [ESP]', '    into: PRT', 'actors:', '  JPN:', '    aliases: [Nippon]', '    name: Japan (curated)', ''].join('\n'),
    );
    const re = await loadJson(['--reapply'], env, cwd);
    expect(re.code).toBe(0);
    expect(re.summary).toMatchObject({ loaded: 12, failed: [], articles: 12 });
    const g1 = await exportJson(env);
    const ids1 = g1.actors.map((a) => a.id);
    expect(ids1).not.toContain('FRA');
    expect(ids1).not.toContain('ESP');
    expect(g1.relations.some((r) => [r.source, r.target].some((x) => x === 'FRA' || x === 'ESP'))).toBe(false);
    const prt = (g: GraphSnapshot) => g.relations.filter((r) => r.source === 'PRT' || r.target === 'PRT').length;
    expect(prt(g1)).toBeGreaterThan(prt(g0));
    expect(g1.actors.find((a) => a.id === 'JPN')).toMatchObject({ name: 'Japan (curated)', aliases: expect.arrayContaining(['Nippon']) });

    // A new file loaded with the curation in place is curated too (article 20 opens with France).
    const extra = path.join(tmp, 'extra');
    await generateCorpus(extra, 21);
    const more = await loadJson([path.join(extra, 'gen-00020.txt')], env, cwd);
    expect(more.summary.loaded).toBe(1);
    expect((await exportJson(env)).actors.map((a) => a.id)).not.toContain('FRA');
  });

  it('a bad curation file stops the load with the file and key named', async () => {
    const bad = path.join(tmp, 'bad-curation.yaml');
    await writeFile(bad, 'merge:\n  - from: ESP\n    into: PRT\n');
    const r = await entente(['load', path.join(tmp, 'corpus'), '--curation', bad], storeEnv(await fresh('badcur')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-curation\.yaml: merge/);
  });
});

describe('entente export (embedded store)', () => {
  it('writes CSV, GEXF and GraphML that parse back to the stored graph', async () => {
    const env = storeEnv(await fresh('export'));
    await loadJson([path.join(tmp, 'corpus')], env);
    const snap = await exportJson(env);
    const out = path.join(tmp, 'out');
    expect((await entente(['export', '--format', 'csv', '--out', path.join(out, 'csv')], env)).code).toBe(0);
    const nodes = parseCsv(await readFile(path.join(out, 'csv/nodes.csv')), { columns: true }) as Record<string, string>[];
    const rels = parseCsv(await readFile(path.join(out, 'csv/relationships.csv')), { columns: true }) as Record<string, string>[];
    expect(nodes).toHaveLength(snap.actors.length);
    expect(rels).toHaveLength(snap.relations.length);
    expect(Object.keys(rels[0]!).slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);

    for (const [format, parse] of [['gexf', parseGexf], ['graphml', parseGraphml]] as const) {
      const file = path.join(out, `graph.${format}`);
      expect((await entente(['export', '--format', format, '--out', file], env)).code).toBe(0);
      const g = parse(MultiGraph, await readFile(file, 'utf8'));
      expect(g.order).toBe(snap.actors.length);
      expect(g.size).toBe(snap.relations.length);
    }
  });
});
