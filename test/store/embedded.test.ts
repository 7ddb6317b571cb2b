/**
 * The embedded store: the shared contract on temp dirs, plus what only a file-backed store has —
 * persistence across reopen, torn-tail recovery, refusal of corrupt journals, the lock, compaction.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { createEmbeddedStore } from '../../src/store/embedded/index.ts';
import { runStoreContract } from './contract.ts';
import { A1, A2, A3, A4, WORLD } from './fixtures.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-embedded-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function openStore(dataDir: string, compactBytes?: number): Promise<GraphStore> {
  const store = createEmbeddedStore({ dataDir, compactBytes });
  await store.init();
  return store;
}

runStoreContract('embedded', () => openStore(tempDir()));

describe('embedded store on disk', () => {
  it('keeps everything across close and reopen, removals and clears included', async () => {
    const dir = tempDir();
    const first = await openStore(dir);
    await first.writeArticles(WORLD);
    await first.removeArticle('a3');
    const before = await first.snapshot();
    await first.close();

    const second = await openStore(dir);
    expect(await second.snapshot()).toEqual(before);
    expect(await second.getArticle('a1')).toEqual(A1.article);
    await second.clear();
    await second.writeArticle(A2);
    await second.close();

    const third = await openStore(dir);
    expect(await third.stats()).toEqual({ articles: 1, actors: 5, relations: 4, meetings: 0 });
    await third.close();
  });

  it('compacts the journal into a snapshot and replays snapshot + journal on reopen', async () => {
    const dir = tempDir();
    const store = await openStore(dir, 1); // compact whenever the journal outgrows the snapshot
    for (const facts of WORLD) await store.writeArticle(facts);
    await store.removeArticle('a2');
    const before = await store.snapshot();
    await store.close();
    expect(fs.statSync(path.join(dir, 'snapshot.jsonl')).size).toBeGreaterThan(0);
    expect(fs.statSync(path.join(dir, 'journal.jsonl')).size).toBeLessThan(fs.statSync(path.join(dir, 'snapshot.jsonl')).size);
    const reopened = await openStore(dir);
    expect(await reopened.snapshot()).toEqual(before);
    await reopened.close();
  });

  it('drops a torn last line as never committed, and keeps appending after it', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.writeArticles([A1, A2]);
    await store.close();
    const journal = path.join(dir, 'journal.jsonl');
    const whole = fs.readFileSync(journal);
    const secondLineStart = whole.indexOf(0x0a) + 1;
    fs.writeFileSync(journal, whole.subarray(0, secondLineStart + Math.floor((whole.length - secondLineStart) / 2)));

    const reopened = await openStore(dir);
    expect(await reopened.hasArticle('a1')).toBe(true);
    expect(await reopened.hasArticle('a2')).toBe(false);
    expect(await reopened.writeArticle(A3)).toBe('loaded');
    await reopened.close();
    const again = await openStore(dir);
    expect((await again.listArticles()).map((a) => a.id).sort()).toEqual(['a1', 'a3']);
    await again.close();
  });

  it('refuses a journal damaged before its last line, naming file and line, and leaves it untouched', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.writeArticles([A1, A2, A3]);
    await store.close();
    const journal = path.join(dir, 'journal.jsonl');
    const text = fs.readFileSync(journal, 'utf8');
    const damaged = text.replace('Borovia urged Aldoria', 'Borovia begged Aldoria');
    expect(damaged).not.toBe(text);
    fs.writeFileSync(journal, damaged);

    const broken = createEmbeddedStore({ dataDir: dir });
    const error = await broken.init().then(() => undefined, (err: unknown) => err);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`${journal}:2`);
    expect((error as Error).message).toMatch(/corrupt/);
    expect(fs.readFileSync(journal).equals(Buffer.from(damaged))).toBe(true);
    // The failed open released its lock: a repaired journal opens.
    fs.writeFileSync(journal, text);
    const repaired = await openStore(dir);
    expect(await repaired.stats()).toMatchObject({ articles: 3 });
    await repaired.close();
  });

  it('commits the articles of a batch before an invalid one, and none after it', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const bad = { ...A2, relations: [{ ...A2.relations[0]!, goldstein: 99 }] };
    await expect(store.writeArticles([A1, bad, A3])).rejects.toThrow(/article a2: relations\.0\.goldstein/);
    await store.close();
    const reopened = await openStore(dir);
    expect((await reopened.listArticles()).map((a) => a.id)).toEqual(['a1']);
    await reopened.close();
  });

  it('refuses a damaged snapshot, naming it and the line', async () => {
    const dir = tempDir();
    const store = await openStore(dir, 1);
    await store.writeArticles(WORLD);
    await store.close();
    const snapshot = path.join(dir, 'snapshot.jsonl');
    const lines = fs.readFileSync(snapshot, 'utf8').split('\n');
    fs.writeFileSync(snapshot, [...lines.slice(0, 3), ...lines.slice(4)].join('\n'));
    // A line gone (an actor): an article refers to it.
    await expect(openStore(dir)).rejects.toThrow(new RegExp(`^${snapshot}:\\d+: cannot load record`));
    // A line cut short at the end: a snapshot is renamed into place whole, so this is damage too.
    fs.writeFileSync(snapshot, lines.join('\n').slice(0, -10));
    await expect(openStore(dir)).rejects.toThrow(`${snapshot}:${lines.length - 1}: incomplete last line`);
  });

  it('refuses a second store on a data dir that is in use, and takes over a stale lock', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const second = createEmbeddedStore({ dataDir: dir });
    await expect(second.init()).rejects.toThrow(UserError);
    await expect(second.init()).rejects.toThrow(`data dir ${dir} is in use by process ${process.pid}`);
    await store.close();
    // A lock left by a process that is gone (pid far beyond pid_max) does not block.
    fs.writeFileSync(path.join(dir, 'LOCK'), '999999999\n');
    const third = await openStore(dir);
    expect(await third.writeArticle(A4)).toBe('loaded');
    await third.close();
  });
});
