/** The on-demand web build (what `npm start` relies on in a fresh clone): builds when missing, not when fresh. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ensureWebBuilt, webIsStale } from '../../src/server/web-build.ts';

const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'entente-web-')), 'dist');
afterAll(() => rm(path.dirname(outDir), { recursive: true, force: true }));

it('builds the page into an empty directory, then leaves a fresh build alone', async () => {
  expect(webIsStale(outDir)).toBe(true);
  await ensureWebBuilt(outDir);
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)">/.exec(html)?.[1];
  expect(script).toBeDefined();
  expect((await stat(path.join(outDir, script!))).size).toBeGreaterThan(10_000);
  // No inline script: the CSP allows only the page's own files.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(webIsStale(outDir)).toBe(false);
  const before = (await stat(path.join(outDir, 'index.html'))).mtimeMs;
  await ensureWebBuilt(outDir);
  expect((await stat(path.join(outDir, 'index.html'))).mtimeMs).toBe(before);
}, 120_000);
