/** `entente extract` run as a real process: output shape, determinism, exit codes, bad files named. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entente as runEntente } from '../support/run-cli.ts';

let dir: string;
const entente = (...args: string[]) => runEntente(args, process.env);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'entente-cli-'));
  await writeFile(path.join(dir, 'a.txt'), ' date 2025-03-04 The German chancellor met the French president in Berlin on Monday.\n\nThe two leaders said they backed Ukraine.\n');
  await writeFile(path.join(dir, 'b.jsonl'), `${JSON.stringify({ text: 'Poland criticised Russia on Tuesday.', date: '2025-03-05' })}\n`);
  await writeFile(path.join(dir, 'bad.txt'), Buffer.from([0x66, 0x6f, 0x00, 0x6f]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-out.json`, { force: true });
});

describe('entente extract', () => {
  it('writes the extraction JSON for a directory and exits 0', async () => {
    const out = `${dir}-out.json`; // outside the input directory, which is read again below
    const r = await entente('extract', path.join(dir, 'a.txt'), path.join(dir, 'b.jsonl'), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(Object.keys(json)).toEqual(['articles', 'actors', 'mentions', 'relations', 'meetings']);
    expect(json.articles.map((a: { file: string; date: string }) => [path.basename(a.file), a.date])).toEqual([
      ['a.txt', '2025-03-04'],
      ['b.jsonl', '2025-03-05'],
    ]);
    for (const a of json.articles) expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives byte-identical output for the same input', async () => {
    const one = await entente('extract', dir, '--pretty');
    const two = await entente('extract', dir, '--pretty');
    expect(one.stdout.length).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('names a bad file on stderr, still extracts the others, and exits 1', async () => {
    const r = await entente('extract', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'bad.txt')}:1: binary file`);
    expect(JSON.parse(r.stdout).articles).toHaveLength(2);
  });

  it('rejects a malformed --date with a one-line message', async () => {
    const r = await entente('extract', dir, '--date', '04/03/2025');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('entente: --date: expected YYYY-MM-DD, got "04/03/2025"');
  });
});
