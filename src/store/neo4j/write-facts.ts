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
import { NeedsToRunAlone } from './chunk-writers.ts';

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

/** The stored actors among `ids` (placeholders count as not stored). */
async function fetchActors(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Actor>> {
  const found = await tx.run(Q.FETCH_ACTORS, { ids });
  return new Map(found.records.map((r) => [r.get('n').id as string, toActor(r.get('n'))]));
}

/** Each restated actor merged with `stored` and with its earlier restatements in the batch. */
function mergeRestated(batch: ArticleFacts[], stored: Map<string, Actor>, only?: Set<string>): Map<string, Actor> {
  const merged = new Map<string, Actor>();
  for (const actor of batch.flatMap((f) => f.actors)) {
    if (only && !only.has(actor.id)) continue;
    const before = merged.get(actor.id) ?? stored.get(actor.id);
    merged.set(actor.id, before ? mergeActor(before, actor) : normaliseActor(actor));
  }
  return merged;
}

const sameActor = (a: Actor, b: Actor | undefined): boolean =>
  b !== undefined && JSON.stringify(actorRow(a)) === JSON.stringify(actorRow(b));

/**
 * The actors of the articles that need writing: each merged with its stored self and its earlier
 * restatements, kept only when new or changed (a bulk load restates the same actors again and
 * again). The merge is a read-modify-write and other transactions may be writing the same actors,
 * so the ones to write are locked first (created when new) and read again under the lock. Those
 * found unchanged without the lock stay unchanged whatever commits meanwhile: a merge only ever
 * adds, so a restatement that adds nothing to the stored actor adds nothing to a later version.
 */
async function changedActors(tx: ManagedTransaction, batch: ArticleFacts[]): Promise<Actor[]> {
  const ids = [...new Set(batch.flatMap((f) => f.actors.map((a) => a.id)))];
  const unlocked = await fetchActors(tx, ids);
  const candidates = [...mergeRestated(batch, unlocked).values()].filter((a) => !sameActor(a, unlocked.get(a.id)));
  if (candidates.length === 0) return [];
  // Sorted, so that two transactions take their locks in the same order and cannot deadlock.
  const locked = candidates.map((a) => a.id).sort();
  await tx.run(Q.LOCK_ACTORS, { ids: locked });
  // Every locked actor is written, changed or not: writing replaces the lock mark too.
  return [...mergeRestated(batch, await fetchActors(tx, locked), new Set(locked)).values()];
}

/** How a chunk is written: `alone` when no other chunk write is in flight (see chunk-writers.ts). */
export interface ChunkMode {
  alone: boolean;
}

/** Write a chunk of articles (no two sharing an id, url or file) in the given transaction. */
export async function writeChunk(tx: ManagedTransaction, chunk: ArticleFacts[], mode: ChunkMode): Promise<WriteOutcome[]> {
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
  // Replacing deletes facts and orphaned actors, which must not race with other chunks' writes.
  if (replaced.size > 0 && !mode.alone) throw new NeedsToRunAlone(`replaces ${replaced.size} stored article(s)`);

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
