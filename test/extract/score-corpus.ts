/**
 * Runs the `entente extract` CLI on a set of articles and scores the result with the shared
 * eval/score.mjs against a gold folder: the one way the corpus score tests measure the extractor.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../..');
// the real path: score.mjs only runs its CLI when argv[1] is its own resolved path
export const SHARED = realpathSync(path.resolve(ROOT, '../shared'));

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
export interface Score {
  byType: Record<string, Prf & { gold: number }>;
  core: Prf;
  all: Prf;
  actors: Prf | null;
  articles: { file: string; found: boolean }[];
}
export interface CorpusScore {
  score: Score;
  /** the scorer's human-readable table, for failure messages and reports */
  table: string;
}

/** Extracts `inputs` (files, directories or globs) and scores them against `goldDir`. */
export async function scoreCorpus(inputs: string[], goldDir: string): Promise<CorpusScore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'entente-score-'));
  try {
    const out = path.join(dir, 'extraction.json');
    await run(process.execPath, [path.join(ROOT, 'bin/entente.mjs'), 'extract', ...inputs, '--out', out]);
    const scorer = [path.join(SHARED, 'eval/score.mjs'), '--gold', goldDir, out];
    const [json, table] = await Promise.all([run(process.execPath, [...scorer, '--json']), run(process.execPath, scorer)]);
    return { score: JSON.parse(json.stdout) as Score, table: table.stdout };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
