/**
 * The write path: one managed transaction per chunk of whole articles, so each article is in
 * the graph completely or not at all. Inside it: decide each article's outcome, delete the facts
 * of the articles being replaced, write all rows with a few big UNWINDs, then drop orphans.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES, type Actor, type ArticleFacts } from '../../model/schema.ts';
import { mergeActor, normaliseActor } from '../merge-actor.ts';
import { UserError } from '../../errors.ts';
import type { WriteOutcome } from '../graph-store.ts';
import { toActor } from './read-records.ts';
import { actorRow, toRows } from './write-rows.ts';
import * as Q from './write-queries.ts';

/** Run a list-returning statement and gather the `actors` lists of every row. */
async function gatherActors(tx: ManagedTransaction, query: string, ids: string[]): Promise<string[]> {
  const result = await tx.run(query, { ids });
  return result.records.flatMap((r) => r.get('actors') as string[]);
}

/** Delete articles with their mentions, meetings and relations; return the actors they touched. */
export async function deleteArticleFacts(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  const touched: string[] = [];
  for (const type of RELATION_TYPES) touched.push(...(await gatherActors(tx, Q.DELETE_RELATIONS[type], ids)));
  touched.push(...(await gatherActors(tx, Q.DELETE_MEETINGS, ids)));
  touched.push(...(await gatherActors(tx, Q.DELETE_ARTICLES, ids)));
  return [...new Set(touched)];
}

/** Delete those of `candidates` that nothing refers to any more. */
export async function deleteOrphans(tx: ManagedTransaction, candidates: string[]): Promise<void> {
  if (candidates.length === 0) return;
  const result = await tx.run(Q.DELETE_ORPHANS, { ids: candidates });
  const placeholders = [...new Set(result.records.flatMap((r) => r.get('represented') as string[]))];
  if (placeholders.length > 0) await tx.run(Q.DELETE_UNUSED_PLACEHOLDERS, { ids: placeholders });
}

/**
 * Run a CREATE statement and check it created the expected relationships (one per row unless
 * told): a row whose MATCH found no actor creates nothing, and the transaction must fail.
 */
async function createAll(
  tx: ManagedTransaction,
  query: string,
  rows: unknown[],
  what: string,
  expected = rows.length,
): Promise<void> {
  if (rows.length === 0) return;
  const result = await tx.run(query, { rows });
  const missing = expected - result.summary.counters.updates().relationshipsCreated;
  if (missing > 0) throw new UserError(`${what}: ${missing} refer to an actor that is neither in the facts nor stored`);
}

/**
 * The actors of the articles that need writing: each merged with its stored self and its earlier
 * restatements, kept only when new or changed (a bulk load restates the same actors again and again).
 */
async function changedActors(tx: ManagedTransaction, batch: ArticleFacts[]): Promise<Actor[]> {
  const ids = [...new Set(batch.flatMap((f) => f.actors.map((a) => a.id)))];
  const found = await tx.run(Q.FETCH_ACTORS, { ids });
  const stored = new Map(found.records.map((r) => [r.get('n').id as string, toActor(r.get('n'))]));
  const merged = new Map<string, Actor>();
  for (const actor of batch.flatMap((f) => f.actors)) {
    const before = merged.get(actor.id) ?? stored.get(actor.id);
    merged.set(actor.id, before ? mergeActor(before, actor) : normaliseActor(actor));
  }
  const same = (a: Actor, b: Actor | undefined) => b !== undefined && JSON.stringify(actorRow(a)) === JSON.stringify(actorRow(b));
  return [...merged.values()].filter((a) => !same(a, stored.get(a.id)));
}

/** Write a chunk of articles (no two sharing an id, url or file) in the given transaction. */
export async function writeChunk(tx: ManagedTransaction, chunk: ArticleFacts[]): Promise<WriteOutcome[]> {
  const keys = chunk.map(({ article }) => ({ id: article.id, url: article.url ?? null, file: article.file ?? null }));
  const found = await tx.run(Q.FIND_EXISTING, { articles: keys });
  const existing = new Map(
    found.records.map((r) => [r.get('id') as string, { present: r.get('present') as boolean, old: r.get('oldIds') as string[] }]),
  );
  const outcomes: WriteOutcome[] = [];
  const toWrite: ArticleFacts[] = [];
  const replaced = new Set<string>();
  for (const facts of chunk) {
    const seen = existing.get(facts.article.id);
    if (seen?.present) {
      outcomes.push('unchanged');
      continue;
    }
    toWrite.push(facts);
    seen?.old.forEach((id) => replaced.add(id));
    outcomes.push(seen && seen.old.length > 0 ? 'replaced' : 'loaded');
  }
  if (toWrite.length === 0) return outcomes;

  const touched = replaced.size > 0 ? await deleteArticleFacts(tx, [...replaced]) : [];
  const rows = toRows(toWrite, await changedActors(tx, toWrite));
  // The statements below need no answer from one another: sent together, they are pipelined on
  // the connection (the server runs them in order) instead of waiting a round trip each.
  const attendances = rows.meetings.reduce((n, m) => n + m.participants.length, 0);
  const ids = toWrite.map((f) => f.article.id);
  const of = ids.length === 1 ? `article ${ids[0]}` : `articles ${ids[0]} … ${ids.at(-1)}`;
  await Promise.all([
    tx.run(Q.CREATE_ARTICLES, { rows: rows.articles }),
    rows.actors.length > 0 ? tx.run(Q.WRITE_ACTORS, { rows: rows.actors }) : null,
    createAll(tx, Q.CREATE_MENTIONS, rows.mentions, `${of}: mentions`),
    // Each meeting: one REPORTED_IN plus one ATTENDED per participant.
    createAll(tx, Q.CREATE_MEETINGS, rows.meetings, `${of}: meeting participants`, rows.meetings.length + attendances),
    ...RELATION_TYPES.map((type) => createAll(tx, Q.CREATE_RELATIONS[type], rows.relations[type], `${of}: ${type} relations`)),
  ]);
  await deleteOrphans(tx, touched);
  return outcomes;
}
