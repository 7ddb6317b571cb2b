/**
 * Crash safety of the embedded store: a child process writes articles in a loop (single writes
 * and batches, with frequent compactions) and is killed with SIGKILL at a random moment. After
 * each kill every article must be complete or absent, and every acknowledged write present.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../src/store/embedded/index.ts';
import { bulkRelationCount } from './fixtures.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The writer: prints n after articles bulk-0 … bulk-(n-1) are acknowledged. */
const WRITER = `
import { createEmbeddedStore } from ${JSON.stringify(path.join(repo, 'src/store/embedded/index.ts'))};
import { bulkFacts } from ${JSON.stringify(path.join(repo, 'test/store/fixtures.ts'))};
const store = createEmbeddedStore({ dataDir: process.env.DATA_DIR, compactBytes: 16384 });
await store.init();
let next = Number(process.env.START);
for (let k = 0; ; k++) {
  const size = k % 2 === 0 ? 1 : 3;
  const batch = Array.from({ length: size }, (_, j) => bulkFacts(next + j));
  if (size === 1) await store.writeArticle(batch[0]);
  else await store.writeArticles(batch);
  next += size;
  process.stdout.write(next + '\\n');
}
`;

/** Run the writer from `start`, SIGKILL it after a random number of writes and delay. */
function writeUntilKilled(start: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WRITER], {
      cwd: repo,
      env: { ...process.env, DATA_DIR: dataDir, START: String(start) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killAfter = start + 5 + Math.floor(Math.random() * 60);
    let acknowledged = start;
    let stderr = '';
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line) acknowledged = Math.max(acknowledged, Number(line));
      if (acknowledged >= killAfter && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 20);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer exited on its own (${signal ?? _code}): ${stderr}`));
    });
  });
}

it('leaves every article complete or absent after kill -9, and loses no acknowledged write', async () => {
  let acknowledged = 0;
  for (let round = 0; round < 4; round++) {
    acknowledged = await writeUntilKilled(acknowledged);

    const store = createEmbeddedStore({ dataDir });
    await store.init();
    const articles = await store.listArticles();
    const stored = new Set(articles.map((a) => a.id));
    for (let i = 0; i < acknowledged; i++) expect(stored.has(`bulk-${i}`), `acknowledged bulk-${i}`).toBe(true);
    for (const { id } of articles) {
      const i = Number(id.replace('bulk-', ''));
      expect((await store.listRelations({ article: id })).length, `relations of ${id}`).toBe(bulkRelationCount(i));
    }
    const stats = await store.stats();
    expect(stats.relations).toBe(articles.reduce((n, a) => n + bulkRelationCount(Number(a.id.slice(5))), 0));
    await store.close();
  }
  expect(acknowledged).toBeGreaterThan(20);
}, 120_000);
