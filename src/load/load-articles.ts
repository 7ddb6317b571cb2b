/**
 * The loader's core: extract (on a worker pool), curate, validate and write articles, each
 * article atomically, in batches; one bad article is reported and the others go on.
 */
import { InputError, StoreUnavailableError } from '../errors.ts';
import type { RawArticle } from '../ingest/raw-article.ts';
import { ArticleFacts } from '../model/schema.ts';
import type { GraphStore, WriteOutcome } from '../store/graph-store.ts';
import { applyCuration } from './apply-curation.ts';
import { defaultCuration, type Curation } from './curation-schema.ts';
import { createExtractPool } from './extract-pool.ts';
import { emptySummary, planOf, type LoadEvent, type LoadSummary } from './load-summary.ts';
import { DEFAULT_RETRY, isUnavailable, withRetry, type RetryOptions } from './retry.ts';

export interface LoadOptions {
  /** Extraction threads; 1 runs inline. */
  workers?: number;
  /** Articles per write; 1 uses writeArticle, more use the bulk writeArticles. */
  batchSize?: number;
  /** Extract and report, write nothing (the store is not touched). */
  dryRun?: boolean;
  /** Default: ./entente.curation.yaml when present (so CLI, server uploads and reapply agree). */
  curation?: Curation;
  retry?: RetryOptions;
  onEvent?: (e: LoadEvent) => void;
}

/** An article to load: read (raw), already extracted (facts), or an input that failed to read. */
export type LoadItem = RawArticle | { facts: ArticleFacts } | InputError;
type Pending = RawArticle | { facts: ArticleFacts };
const fileOf = (p: Pending): string => ('facts' in p ? (p.facts.article.file ?? p.facts.article.id) : (p.meta.file ?? p.id));

/** Load already-read articles (and report the inputs that could not be read). */
export async function loadItems(store: GraphStore | null, items: LoadItem[], opts: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const dryRun = opts.dryRun ?? false;
  if (!dryRun && !store) throw new Error('loadItems: a store is needed unless dryRun');
  const batchSize = Math.max(1, opts.batchSize ?? 1);
  const workers = Math.max(1, opts.workers ?? 1);
  const curation = opts.curation ?? (await defaultCuration());
  const emit = opts.onEvent ?? (() => undefined);
  const summary = emptySummary(dryRun);
  const actorIds = new Set<string>();
  const fail = (file: string, reason: string): void => {
    summary.failed.push({ file, reason });
    emit({ kind: 'failed', file, reason });
  };

  emit({ kind: 'start', total: items.length });
  const pending: Pending[] = [];
  for (const item of items) {
    if (item instanceof InputError) fail(item.file, item.message);
    else pending.push(item);
  }

  const prepare = async (item: Pending, facts: Promise<ArticleFacts>): Promise<ArticleFacts | null> => {
    const file = fileOf(item);
    try {
      const checked = ArticleFacts.safeParse(applyCuration(await facts, curation));
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        fail(file, `${file}: extraction gave invalid facts at ${issue.path.join('.')}: ${issue.message}`);
        return null;
      }
      const f = checked.data;
      summary.extracted.articles++;
      summary.extracted.relations += f.relations.length;
      summary.extracted.meetings += f.meetings.length;
      for (const a of f.actors) actorIds.add(a.id);
      return f;
    } catch (err) {
      fail(file, `${file}: extraction failed: ${(err as Error).message}`);
      return null;
    }
  };

  const record = (f: ArticleFacts, outcome: WriteOutcome | 'planned'): void => {
    summary[outcome === 'planned' ? 'loaded' : outcome]++;
    emit({ kind: 'article', file: f.article.file, id: f.article.id, outcome, relations: f.relations.length });
  };

  const write = async (batch: ArticleFacts[]): Promise<void> => {
    if (batch.length === 0) return;
    if (dryRun || !store) {
      summary.plan ??= [];
      for (const f of batch) {
        summary.plan.push(planOf(f));
        record(f, 'planned');
      }
      return;
    }
    const onRetry = (attempt: number, err: unknown, delayMs: number): void =>
      emit({ kind: 'retry', attempt, delayMs, reason: (err as Error).message?.split('\n')[0] ?? String(err) });
    const what = `writing to ${store.description}`;
    if (batch.length > 1) {
      try {
        const outcomes = await withRetry(what, () => store.writeArticles(batch), opts.retry ?? DEFAULT_RETRY, onRetry);
        batch.forEach((f, i) => record(f, outcomes[i]!));
        return;
      } catch (err) {
        if (isUnavailable(err)) throw err;
        // A bad article spoilt the batch: write one by one to isolate it.
      }
    }
    for (const f of batch) {
      try {
        record(f, await withRetry(what, () => store.writeArticle(f), opts.retry ?? DEFAULT_RETRY, onRetry));
      } catch (err) {
        if (isUnavailable(err)) throw err;
        const file = f.article.file ?? f.article.id;
        fail(file, `${file}: write failed: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  };

  // Extraction of the next chunk overlaps the writing of the previous one.
  const pool = createExtractPool(workers);
  const chunkSize = Math.max(batchSize, workers * 8);
  let writing: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < pending.length; i += chunkSize) {
      const chunk = pending.slice(i, i + chunkSize);
      const facts = (await Promise.all(chunk.map((r) => prepare(r, 'facts' in r ? Promise.resolve(r.facts) : pool.extract(r))))).filter((f) => f !== null);
      await writing;
      writing = (async () => {
        for (let j = 0; j < facts.length; j += batchSize) await write(facts.slice(j, j + batchSize));
      })();
      writing.catch(() => undefined); // awaited below; avoid an unhandled rejection meanwhile
    }
    await writing;
  } catch (err) {
    if (!isUnavailable(err)) throw err;
    const done = summary.loaded + summary.unchanged + summary.replaced;
    throw new StoreUnavailableError(
      `${(err as Error).message}; stopped after ${done} of ${pending.length} article(s), none half-written: re-run the same command to finish`,
    );
  } finally {
    await pool.close();
  }

  if (dryRun || !store) {
    summary.actors = actorIds.size;
    summary.relations = summary.extracted.relations;
    summary.meetings = summary.extracted.meetings;
    summary.articles = summary.extracted.articles;
  } else {
    Object.assign(summary, await store.stats());
  }
  summary.extracted.actors = actorIds.size;
  summary.elapsedMs = Date.now() - started;
  return summary;
}
