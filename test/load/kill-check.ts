/**
 * The kill test, shared by both stores: start `entente load` on a generated corpus, kill -9 it
 * once some articles are written, check that every stored article is complete (its relations and
 * meetings are exactly what extraction of its file gives), then check that a re-run finishes.
 */
import { expect } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { readInputs } from '../../src/ingest/index.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { loadJson, spawnEntente } from '../support/run-cli.ts';

/** Spawn the load and SIGKILL it after `after` written-article lines; returns how many were seen. */
export function loadAndKill(args: string[], env: NodeJS.ProcessEnv, after: number): Promise<{ seen: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawnEntente(['load', ...args], env);
    let seen = 0;
    let buffered = '';
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (/^\[\d+\/\d+\] (loaded|replaced|unchanged) /.test(line)) seen++;
      if (seen >= after && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`load ended by itself (code ${code}) before the kill:\n${stderr.slice(-2000)}`));
      else resolve({ seen, signal });
    });
  });
}

/** Every article in the store has exactly the relations and meetings extraction of its file gives. */
export async function expectCompleteArticles(store: GraphStore): Promise<number> {
  const articles = await store.listArticles();
  for (const meta of articles) {
    expect(meta.file, `article ${meta.id} has its file`).toBeTruthy();
    let expected: ReturnType<typeof extractArticle> | undefined;
    for await (const raw of readInputs([meta.file!])) if (!(raw instanceof Error)) expected = extractArticle(raw);
    expect(expected!.article.id).toBe(meta.id);
    const relations = await store.listRelations({ article: meta.id, limit: 10_000 });
    expect(relations.map((r) => r.id).sort(), `relations of ${meta.file}`).toEqual(expected!.relations.map((r) => r.id).sort());
  }
  const stats = await store.stats();
  const meetings = (await store.listMeetings()).filter((m) => articles.some((a) => a.id === m.article));
  expect(meetings.length).toBe(stats.meetings);
  return articles.length;
}

/** The whole kill scenario; `open` opens the store the CLI writes to (after the CLI is gone). */
export async function killScenario(opts: {
  corpus: string;
  total: number;
  env: NodeJS.ProcessEnv;
  args: string[];
  after: number;
  open: () => Promise<GraphStore>;
}): Promise<{ written: number }> {
  const { seen } = await loadAndKill([opts.corpus, ...opts.args], opts.env, opts.after);
  let store = await opts.open();
  let written: number;
  try {
    written = await expectCompleteArticles(store);
    expect(written).toBeGreaterThanOrEqual(seen);
    expect(written).toBeLessThan(opts.total);
  } finally {
    await store.close();
  }
  const rerun = await loadJson([opts.corpus, ...opts.args], opts.env);
  expect(rerun.code).toBe(0);
  expect(rerun.summary.failed).toEqual([]);
  expect(rerun.summary.loaded + rerun.summary.unchanged).toBe(opts.total);
  expect(rerun.summary.unchanged).toBeGreaterThanOrEqual(written);
  expect(rerun.summary.articles).toBe(opts.total);
  store = await opts.open();
  try {
    expect(await expectCompleteArticles(store)).toBe(opts.total);
  } finally {
    await store.close();
  }
  return { written };
}
