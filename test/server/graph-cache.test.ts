/** The /api/graph cache on a real embedded store: hits, and writes made behind its back showing up. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGraphCache } from '../../src/server/services/graph-cache.ts';
import { createEmbeddedStore } from '../../src/store/embedded/index.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { A1, A2 } from '../store/fixtures.ts';

let dataDir: string;
let store: GraphStore;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'entente-cache-'));
  store = createEmbeddedStore({ dataDir });
  await store.init();
  await store.writeArticle(A1);
});
afterAll(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const edges = (json: { body: Buffer }) => (JSON.parse(json.body.toString()) as { edges: unknown[] }).edges.length;

it('answers a repeated filter from the cache, with a matching gzip body and ETag', async () => {
  const cache = createGraphCache(store);
  const a = await cache.graph({ types: ['MET'] });
  const b = await cache.graph({ types: ['MET'] });
  expect(b).toBe(a);
  expect(gunzipSync(a.gzip()).equals(a.body)).toBe(true);
  expect(a.etag).toMatch(/^W\/"[\w-]+"$/);
  expect((await cache.graph({ types: ['CRITICISED'] })).etag).not.toBe(a.etag);
});

it('sees writes made by others once the store version is re-read, and at once after invalidate()', async () => {
  const polled = createGraphCache(store, { checkMs: 0 });
  const held = createGraphCache(store, { checkMs: 60_000 });
  const before = edges(await polled.graph({}));
  expect(edges(await held.graph({}))).toBe(before);
  await store.writeArticle(A2);
  expect(edges(await polled.graph({}))).toBeGreaterThan(before);
  expect(edges(await held.graph({}))).toBe(before);
  held.invalidate();
  expect(edges(await held.graph({}))).toBeGreaterThan(before);
});
