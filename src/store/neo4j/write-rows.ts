/**
 * Pure preparation of a write: splits a batch into transaction-sized chunks and flattens the
 * chunk's facts into the parameter rows the UNWIND queries consume (one list per query).
 */
import { RELATION_TYPES, Relation, type Actor, type ArticleFacts, type RelationType } from '../../model/schema.ts';
import { searchKeys } from './search-key.ts';
import { int, props } from './values.ts';

/**
 * Upper bounds per transaction. Fewer, bigger transactions load faster up to a point (measured:
 * 80k rows per transaction beat 10k by about a third with one writer); with several writers in
 * flight, chunks of 20k rows keep them all busy on a batch of a few thousand articles.
 */
export const CHUNK_LIMITS = { articles: 500, rows: 20_000, textChars: 16_000_000 };

/**
 * The stored properties of a relation: every field of the schema but its type and ends. Relation
 * rows travel as lists in this order: the server decodes a list several times faster than a map
 * with the same values (no key strings), which matters at tens of thousands of rows.
 */
export const RELATION_COLUMNS = Object.keys(Relation.shape).filter(
  (k): k is Exclude<keyof Relation, 'type' | 'source' | 'target'> => !['type', 'source', 'target'].includes(k),
);

export interface ActorRow {
  id: string;
  /** Every property of the node: SET n = p replaces the stored ones (already merged in TS). */
  p: Record<string, unknown>;
  /** Offices that belong to a state: become (:Person)-[:REPRESENTS]->(:Country). */
  represents: { country: string; role: string; from: string | null; to: string | null }[];
}

export interface Rows {
  articles: { id: string; p: Record<string, unknown> }[];
  actors: ActorRow[];
  /** [article, actor, count]: lists, not maps, for the two biggest UNWINDs (see RELATION_COLUMNS). */
  mentions: [string, string, unknown][];
  meetings: { article: string; p: Record<string, unknown>; participants: string[] }[];
  /** [source, target, ...RELATION_COLUMNS values], per type. */
  relations: Record<RelationType, unknown[][]>;
}

/** Whole articles written in one transaction. */
export interface Chunk {
  facts: ArticleFacts[];
  /**
   * Starts only once every earlier chunk has committed: it holds a new version (same id, url or
   * file) of an article of an earlier chunk, which must see that one stored.
   */
  barrier: boolean;
}

/**
 * Split a batch so that no two articles of a chunk share an id, url or file (a later one must
 * see the earlier one committed: it is 'unchanged' or replaces it), within `limits`.
 */
export function chunkBatch(batch: ArticleFacts[], limits = CHUNK_LIMITS): Chunk[] {
  const chunks: Chunk[] = [];
  let chunk: Chunk = { facts: [], barrier: false };
  // Keys of every article since the last barrier: chunks of one wave may be written side by side.
  let wave = new Set<string>();
  let rows = 0;
  let chars = 0;
  for (const facts of batch) {
    const { id, url, file, text } = facts.article;
    const own = [`id:${id}`, url ? `url:${url}` : '', file ? `file:${file}` : ''].filter(Boolean);
    const size = facts.relations.length + facts.mentions.length + facts.actors.length + facts.meetings.length;
    const full = chunk.facts.length >= limits.articles || rows + size > limits.rows || chars + text.length > limits.textChars;
    const repeats = own.some((k) => wave.has(k));
    if (chunk.facts.length > 0 && (full || repeats)) {
      chunks.push(chunk);
      chunk = { facts: [], barrier: false };
      rows = 0;
      chars = 0;
    }
    if (repeats) {
      chunk.barrier = true;
      wave = new Set();
    }
    chunk.facts.push(facts);
    own.forEach((k) => wave.add(k));
    rows += size;
    chars += text.length;
  }
  if (chunk.facts.length > 0) chunks.push(chunk);
  return chunks;
}

/** The node row of an actor whose stored and restated values are already merged. */
export function actorRow(actor: Actor): ActorRow {
  return {
    id: actor.id,
    p: props({
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      aliases: actor.aliases,
      country: actor.country,
      role: actor.role,
      offices_json: actor.offices.length > 0 ? JSON.stringify(actor.offices) : undefined,
      search_keys: searchKeys(actor.name, actor.aliases),
    }),
    represents: actor.offices.flatMap((o) =>
      o.country ? [{ country: o.country, role: o.role, from: o.from ?? null, to: o.to ?? null }] : [],
    ),
  };
}

/** Flatten the facts of articles to write into query rows; `actors` are the merged actors. */
export function toRows(batch: ArticleFacts[], actors: Actor[]): Rows {
  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, []])) as unknown as Rows['relations'];
  const rows: Rows = { articles: [], actors: actors.map(actorRow), mentions: [], meetings: [], relations };
  for (const { article, mentions, meetings, relations: stated } of batch) {
    rows.articles.push({ id: article.id, p: props({ ...article }) });
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.actor, (counts.get(m.actor) ?? 0) + m.count);
    for (const [actor, count] of counts) rows.mentions.push([article.id, actor, int(count)]);
    for (const { participants, ...meeting } of meetings) {
      rows.meetings.push({ article: article.id, p: props({ ...meeting, article: article.id }), participants });
    }
    for (const r of stated) {
      const values = RELATION_COLUMNS.map((k) => (k === 'start' || k === 'end' ? int(r[k]) : (r[k] ?? null)));
      rows.relations[r.type].push([r.source, r.target, ...values]);
    }
  }
  return rows;
}
