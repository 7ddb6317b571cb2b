/**
 * A cache of serialised `/api/graph` answers. The whole graph is the hot path of the page and
 * costs tens of milliseconds to aggregate and serialise; cached, it is a buffer write. Entries are
 * keyed by the filter and by the store's version: its stats, re-read at most once per `checkMs`
 * (so writes by another process show within that time), and bumped at once by our own uploads.
 * Entries also expire after `maxAgeMs`, for writes elsewhere that leave every count unchanged.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { GraphFilter, GraphStore } from '../../store/graph-store.ts';
import { toColumns } from './graph-columns.ts';

/** GraphData's objects, or the web view's columns (graph-columns.ts). */
export const GRAPH_SHAPES = ['objects', 'columns'] as const;
export type GraphShape = (typeof GRAPH_SHAPES)[number];

export interface CachedJson {
  body: Buffer;
  /** The body gzipped (once, on first use) for clients that accept it, as browsers do: a tenth of the bytes. */
  gzip(): Buffer;
  etag: string;
}

export function createGraphCache(store: GraphStore, opts: { maxEntries?: number; checkMs?: number; maxAgeMs?: number } = {}) {
  const maxEntries = opts.maxEntries ?? 32;
  const checkMs = opts.checkMs ?? 1000;
  const maxAgeMs = opts.maxAgeMs ?? 30_000;
  const entries = new Map<string, { at: number; json: Promise<CachedJson> }>();
  let version = '';
  let checkedAt = 0;
  let checking: Promise<string> | undefined;
  let bump = 0;

  async function currentVersion(): Promise<string> {
    if (Date.now() - checkedAt < checkMs) return version;
    checking ??= store.stats().then((s) => {
      const v = `${bump}:${s.articles}:${s.actors}:${s.relations}:${s.meetings}`;
      if (v !== version) entries.clear();
      version = v;
      checkedAt = Date.now();
      checking = undefined;
      return v;
    }, (err: unknown) => {
      checking = undefined;
      throw err;
    });
    return checking;
  }

  return {
    async graph(filter: GraphFilter, shape: GraphShape = 'objects'): Promise<CachedJson> {
      const v = await currentVersion();
      const key = `${v}|${shape}|${JSON.stringify(filter, Object.keys(filter).sort())}`;
      const cached = entries.get(key);
      if (cached && Date.now() - cached.at < maxAgeMs) {
        // Refresh its place in the LRU order.
        entries.delete(key);
        entries.set(key, cached);
        return cached.json;
      }
      const hit = store.getGraph(filter).then((data) => {
        const body = Buffer.from(JSON.stringify(shape === 'columns' ? toColumns(data) : data));
        let gzipped: Buffer | undefined;
        // Default level: done once per cached answer, and every byte saved is saved on each send.
        const gzip = () => (gzipped ??= gzipSync(body));
        // Weak: the same tag names the identity and gzip encodings of one answer.
        return { body, gzip, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
      });
      hit.catch(() => entries.delete(key));
      entries.delete(key);
      entries.set(key, { at: Date.now(), json: hit });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return hit;
    },
    /** Forget everything now (after a write through this server). */
    invalidate(): void {
      bump++;
      checkedAt = 0;
      entries.clear();
    },
  };
}

export type GraphCache = ReturnType<typeof createGraphCache>;
