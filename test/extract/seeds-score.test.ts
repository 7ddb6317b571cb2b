/**
 * The extractor scored on the five seed articles against their gold files, with the project's
 * quality bars: core F1 ≥ 0.90, each type's F1 ≥ 0.75, actors F1 ≥ 0.90.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/model/schema.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
// the real path: score.mjs only runs its CLI when argv[1] is its own resolved path
const SHARED = realpathSync(path.resolve(ROOT, '../shared'));

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
interface Score {
  byType: Record<string, Prf & { gold: number }>;
  core: Prf;
  all: Prf;
  actors: Prf | null;
  articles: { file: string; found: boolean }[];
}

let dir: string;
let score: Score;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'entente-seeds-'));
  const out = path.join(dir, 'seeds.json');
  await run(process.execPath, [path.join(ROOT, 'bin/entente.mjs'), 'extract', path.join(SHARED, 'corpus/seeds'), '--out', out]);
  const { stdout } = await run(process.execPath, [path.join(SHARED, 'eval/score.mjs'), '--gold', path.join(SHARED, 'eval/gold/seeds'), out, '--json']);
  score = JSON.parse(stdout) as Score;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('seed articles against gold', () => {
  it('extracts every seed article', () => {
    expect(score.articles.filter((a) => !a.found).map((a) => a.file)).toEqual([]);
  });

  it('reaches core F1 ≥ 0.90 (MET, CRITICISED, SUPPORTED)', () => {
    expect(score.core.f1, `core ${JSON.stringify(score.core)}`).toBeGreaterThanOrEqual(0.9);
  });

  it.each(RELATION_TYPES)('reaches F1 ≥ 0.75 on %s', (type) => {
    expect(score.byType[type]!.f1, `${type} ${JSON.stringify(score.byType[type])}`).toBeGreaterThanOrEqual(0.75);
  });

  it('reaches actor F1 ≥ 0.90', () => {
    expect(score.actors?.f1 ?? 0, `actors ${JSON.stringify(score.actors)}`).toBeGreaterThanOrEqual(0.9);
  });
});
