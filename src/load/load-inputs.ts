/**
 * Entry points of the loader: load files/dirs/globs, load articles already read (the server's
 * upload), and re-derive the whole graph from the stored article texts after curation changed.
 */
import { UserError } from '../errors.ts';
import { readInputs } from '../ingest/index.ts';
import { createRawArticle } from '../ingest/raw-article.ts';
import type { ArticleFacts } from '../model/schema.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { createExtractPool } from './extract-pool.ts';
import { loadItems, type LoadItem, type LoadOptions } from './load-articles.ts';
import type { LoadSummary } from './load-summary.ts';

export interface LoadInputsOptions extends LoadOptions {
  /** Date for undated articles (YYYY-MM-DD). */
  date?: string;
}

/** Read `paths` (files, directories, globs) and load every article; bad files are reported. */
export async function loadInputs(store: GraphStore | null, paths: string[], opts: LoadInputsOptions = {}): Promise<LoadSummary> {
  const items: LoadItem[] = [];
  for await (const item of readInputs(paths, { date: opts.date })) items.push(item);
  return loadItems(store, items, opts);
}

/** Load articles that were already read (and the inputs that failed to read, to report them). */
export function loadRaw(store: GraphStore | null, raws: LoadItem[], opts: LoadOptions = {}): Promise<LoadSummary> {
  return loadItems(store, raws, opts);
}

/**
 * Re-derive every stored article's facts from its stored text (extraction, then the current
 * curation) and rewrite the graph. Everything is extracted before the store is cleared, so an
 * extraction failure leaves the graph as it was.
 */
export async function reapply(store: GraphStore, opts: LoadOptions = {}): Promise<LoadSummary> {
  const pool = createExtractPool(opts.workers ?? 1);
  const items: { facts: ArticleFacts }[] = [];
  const failures: string[] = [];
  try {
    const metas = await store.listArticles();
    opts.onEvent?.({ kind: 'phase', message: `re-extracting ${metas.length} stored article(s)` });
    // Read one by one (the store's connections are few), extract on the pool meanwhile.
    const extracting: Promise<void>[] = [];
    for (const meta of metas) {
      const a = await store.getArticle(meta.id);
      if (!a) continue;
      const raw = createRawArticle(a.text, { file: a.file, title: a.title, date: a.date, url: a.url, source: a.source });
      extracting.push(
        pool.extract(raw).then(
          (facts) => void items.push({ facts }),
          (err: Error) => void failures.push(`${a.file ?? a.id}: ${err.message}`),
        ),
      );
    }
    await Promise.all(extracting);
  } finally {
    await pool.close();
  }
  if (failures.length) throw new UserError(`reapply: ${failures.length} stored article(s) failed extraction, graph left unchanged: ${failures[0]}`);
  if (!opts.dryRun) {
    opts.onEvent?.({ kind: 'phase', message: 'clearing the graph and rewriting it' });
    await store.clear();
  }
  items.sort((x, y) => (x.facts.article.id < y.facts.article.id ? -1 : 1));
  return loadItems(opts.dryRun ? null : store, items, opts);
}
