/** Test helper: a real embedded store in a temp dir, filled with facts (and optionally files via the loader), served on port 0. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArticleFacts } from '../../src/model/schema.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { createEmbeddedStore } from '../../src/store/embedded/index.ts';
import { loadInputs } from '../../src/load/index.ts';
import { startServer } from '../../src/server/start-server.ts';
import type { AppOptions } from '../../src/server/app.ts';
import { buildFacts } from '../store/fixtures.ts';

export interface TestServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const SEEDS_DIR = path.resolve(REPO_ROOT, '../shared/corpus/seeds');

/** Markup that must stay text wherever it is shown. */
export const XSS = '<img src=x onerror=alert(1)>';

/** An article whose title, evidence and quote all carry markup (our own wording). */
export const XSS_FACTS: ArticleFacts = (() => {
  const facts = buildFacts({
    id: 'xss-1',
    title: `Harbor note ${XSS}`,
    date: '2025-05-02',
    source: 'Test Wire',
    url: 'javascript:alert(1)',
    sentences: [`The Northern Compact criticised Aldoria, calling its harbour plan "${XSS}" on Friday.`],
    actors: [
      { id: 'northern-compact', kind: 'Organization', name: 'Northern Compact' },
      { id: 'ALD', kind: 'Country', name: 'Aldoria' },
    ],
    mentions: { 'northern-compact': 1, ALD: 1 },
    relations: [{ id: 'r-xss-crit', type: 'CRITICISED', source: 'northern-compact', target: 'ALD', sentence: 0, goldstein: -2, date: '2025-05-01' }],
  });
  facts.relations = facts.relations.map((r) => ({ ...r, quote: XSS }));
  return facts;
})();

/**
 * Serve `store` (default: a new embedded store in a temp dir) after writing `facts` and loading
 * `files` into it. A store passed in is cleared first and closed by `close()`.
 */
export async function startTestServer(
  opts: { facts?: ArticleFacts[]; files?: string[]; store?: GraphStore } & Partial<Omit<AppOptions, 'store'>> = {},
): Promise<TestServer> {
  const dataDir = opts.store ? undefined : await mkdtemp(path.join(tmpdir(), 'entente-server-'));
  const store = opts.store ?? createEmbeddedStore({ dataDir: dataDir! });
  if (opts.store) await store.clear();
  else await store.init();
  if (opts.facts?.length) await store.writeArticles(opts.facts);
  if (opts.files?.length) {
    const summary = await loadInputs(store, opts.files);
    if (summary.failed.length) throw new Error(`loading test files failed: ${summary.failed.map((f) => f.reason).join('; ')}`);
  }
  const server = await startServer({ ...opts, store, host: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    store,
    async close() {
      await server.close();
      await store.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
