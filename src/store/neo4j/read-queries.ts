/**
 * The read side of the Neo4j store, one function per GraphStore read, each one Cypher query
 * (or a few) with parameters. Optional filters pick among fixed query fragments, never data.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { RELATION_TYPES, type Actor, type Article, type Meeting, type RelationType } from '../../model/schema.ts';
import type {
  ActorDetails,
  GraphSnapshot,
  MeetingFilter,
  RelationFilter,
  RelationWithArticle,
  StoreStats,
} from '../graph-store.ts';
import { UserError } from '../../errors.ts';
import {
  ACTOR_MAP,
  ARTICLE_MAP,
  RELATION_ARTICLE_MAP,
  RELATION_MAP,
  toActor,
  toArticle,
  toArticleHead,
  toMeeting,
  toRelation,
  toRelationWithArticle,
} from './read-records.ts';
import { searchKey } from './search-key.ts';
import { toPlain } from './values.ts';
import { ANY_RELATION } from './write-queries.ts';

/** Runs one read query and returns its records (the store supplies database and routing). */
export type Read = (query: string, params?: Record<string, unknown>) => Promise<Neo4jRecord[]>;

/** Actors created only as the country of someone's office are not part of the graph's answers. */
const REAL_ACTOR = 'n.placeholder IS NULL';

export async function hasArticle(read: Read, id: string): Promise<boolean> {
  const records = await read('MATCH (ar:Article {id: $id}) RETURN count(ar) > 0 AS found', { id });
  return records[0]?.get('found') === true;
}

export async function getArticle(read: Read, id: string): Promise<Article | null> {
  const records = await read('MATCH (ar:Article {id: $id}) RETURN ar {.*} AS ar', { id });
  return records[0] ? toArticle(records[0].get('ar')) : null;
}

export async function listArticles(read: Read): Promise<Omit<Article, 'text'>[]> {
  const records = await read(`MATCH (ar:Article) RETURN ${ARTICLE_MAP} AS ar ORDER BY ar.date, ar.id`);
  return records.map((r) => toArticleHead(r.get('ar')));
}

/** Names and aliases, folded: exact matches first, then prefixes, then substrings; ties by activity, name. */
export async function searchActors(read: Read, q: string, limit = 10): Promise<Actor[]> {
  const records = await read(
    `MATCH (n:Actor) WHERE ${REAL_ACTOR} AND any(k IN n.search_keys WHERE k CONTAINS $q)
     WITH n, CASE WHEN $q IN n.search_keys THEN 0
                  WHEN any(k IN n.search_keys WHERE k STARTS WITH $q) THEN 1
                  ELSE 2 END AS rank
     WITH n, rank, COUNT { (n)-[:${ANY_RELATION}]-() } AS activity
     RETURN ${ACTOR_MAP} AS n ORDER BY rank, activity DESC, n.name, n.id LIMIT $limit`,
    { q: searchKey(q), limit: neo4j.int(Math.max(0, Math.floor(limit))) },
  );
  return records.map((r) => toActor(r.get('n')));
}

/**
 * The relations a filter selects, as a MATCH that starts where an index helps: the named actor,
 * else the article (one index seek per relation type: indexes are per type), else the source or
 * target. Which fixed fragment is used depends on which filters are set, never on their values.
 */
function relationMatch(filter: RelationFilter): string {
  if (filter.type !== undefined && !RELATION_TYPES.includes(filter.type)) {
    throw new UserError(`unknown relation type "${filter.type}": expected one of ${RELATION_TYPES.join(', ')}`);
  }
  const types = filter.type ? RELATION_TYPES.filter((t) => t === filter.type) : [...RELATION_TYPES];
  const start = filter.source !== undefined ? '(a:Actor {id: $source})' : '(a:Actor)';
  const end = filter.target !== undefined ? '(b:Actor {id: $target})' : '(b:Actor)';
  if (filter.actor !== undefined) {
    return `MATCH (:Actor {id: $actor})-[r:${types.join('|')}]-(:Actor) WITH DISTINCT r
      WITH startNode(r) AS a, r, endNode(r) AS b
      WHERE ($source IS NULL OR a.id = $source) AND ($target IS NULL OR b.id = $target)
        AND ($article IS NULL OR r.article = $article)`;
  }
  if (filter.article !== undefined) {
    const perType = types.map((t) => `MATCH ${start}-[r:${t}]->${end} WHERE r.article = $article RETURN a, r, b`);
    return `CALL () { ${perType.join(' UNION ALL ')} }`;
  }
  return `MATCH ${start}-[r:${types.join('|')}]->${end}`;
}

/** A relation's effective date is its own, else its article's; undated relations sort last. */
function relationQuery(filter: RelationFilter): string {
  return `${relationMatch(filter)}
    OPTIONAL MATCH (ar:Article {id: r.article})
    WITH a, r, b, ar, coalesce(r.date, ar.date) AS date
    WHERE $since IS NULL OR date >= $since
    RETURN ${RELATION_ARTICLE_MAP} AS r
    ORDER BY date IS NULL, date, r.id
    LIMIT $limit`;
}

export async function listRelations(read: Read, filter: RelationFilter = {}): Promise<RelationWithArticle[]> {
  const records = await read(relationQuery(filter), {
    source: filter.source ?? null,
    target: filter.target ?? null,
    actor: filter.actor ?? null,
    article: filter.article ?? null,
    since: filter.since ?? null,
    limit: neo4j.int(Math.max(0, Math.floor(filter.limit ?? Number.MAX_SAFE_INTEGER))),
  });
  return records.map((r) => toRelationWithArticle(r.get('r')));
}

export async function getActor(read: Read, id: string): Promise<ActorDetails | null> {
  const records = await read(
    `MATCH (n:Actor {id: $id}) WHERE ${REAL_ACTOR}
     RETURN ${ACTOR_MAP} AS n, COUNT { (n)<-[:MENTIONS]-(:Article) } AS articles`,
    { id },
  );
  const first = records[0];
  if (!first) return null;
  const relations = await listRelations(read, { actor: id });
  const counts = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  for (const r of relations) counts[r.type] += 1;
  return { actor: toActor(first.get('n')), counts, articles: toPlain(first.get('articles')) as number, relations };
}

export async function listMeetings(read: Read, filter: MeetingFilter = {}): Promise<Meeting[]> {
  const start = filter.actor !== undefined ? 'MATCH (:Actor {id: $actor})-[:ATTENDED]->(mt:Meeting)' : 'MATCH (mt:Meeting)';
  const records = await read(
    `${start}
     WHERE ($from IS NULL OR mt.date >= $from) AND ($to IS NULL OR mt.date <= $to)
       AND ($status IS NULL OR mt.status = $status)
     MATCH (p:Actor)-[at:ATTENDED]->(mt)
     WITH mt, p ORDER BY at.position
     WITH mt, collect(p.id) AS participants
     RETURN mt {.*} AS mt, participants ORDER BY mt.date IS NULL, mt.date, mt.id`,
    { actor: filter.actor ?? null, from: filter.from ?? null, to: filter.to ?? null, status: filter.status ?? null },
  );
  return records.map((r) => toMeeting(r.get('mt'), r.get('participants')));
}

/** Fixed statements for each allowed depth: a variable-length bound cannot be a parameter. */
const MAX_PATH_DEPTH = 10;
const SHORTEST_PATH = Array.from(
  { length: MAX_PATH_DEPTH + 1 },
  (_, n) => `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
   MATCH p = shortestPath((a)-[:${ANY_RELATION}*..${n}]-(b))
   RETURN [x IN nodes(p) | x.id] AS ids`,
);

export async function shortestPath(read: Read, from: string, to: string, maxDepth = 6): Promise<string[] | null> {
  const depth = Math.min(MAX_PATH_DEPTH, Math.max(1, Math.floor(maxDepth)));
  if (from === to) {
    const found = await read(`MATCH (n:Actor {id: $id}) WHERE ${REAL_ACTOR} RETURN n.id AS id`, { id: from });
    return found.length > 0 ? [from] : null;
  }
  const records = await read(SHORTEST_PATH[depth]!, { from, to });
  return records[0] ? (toPlain(records[0].get('ids')) as string[]) : null;
}

export async function stats(read: Read): Promise<StoreStats> {
  const relationCounts = RELATION_TYPES.map((t) => `COUNT { ()-[:${t}]->() }`).join(' + ');
  const records = await read(
    `RETURN COUNT { (:Article) } AS articles,
            COUNT { (n:Actor) WHERE ${REAL_ACTOR} } AS actors,
            ${relationCounts} AS relations,
            COUNT { (:Meeting) } AS meetings`,
  );
  const r = records[0]!;
  const count = (key: string) => toPlain(r.get(key)) as number;
  return { articles: count('articles'), actors: count('actors'), relations: count('relations'), meetings: count('meetings') };
}

export async function snapshot(read: Read): Promise<GraphSnapshot> {
  const [actors, articles, mentions, relations, meetings] = await Promise.all([
    read(`MATCH (n:Actor) WHERE ${REAL_ACTOR} RETURN ${ACTOR_MAP} AS n ORDER BY n.id`),
    read(`MATCH (ar:Article) RETURN ${ARTICLE_MAP} AS ar ORDER BY ar.id`),
    read(
      `MATCH (ar:Article)-[m:MENTIONS]->(n:Actor)
       RETURN {actor: n.id, article: ar.id, count: m.count} AS m ORDER BY ar.id, n.id`,
    ),
    read(`MATCH (a:Actor)-[r:${ANY_RELATION}]->(b:Actor) RETURN ${RELATION_MAP} AS r ORDER BY r.id`),
    listMeetings(read),
  ]);
  // Sorted by id so two snapshots of the same graph compare equal.
  return {
    actors: actors.map((r) => toActor(r.get('n'))),
    articles: articles.map((r) => toArticleHead(r.get('ar'))),
    mentions: mentions.map((r) => toPlain(r.get('m')) as GraphSnapshot['mentions'][number]),
    relations: relations.map((r) => toRelation(r.get('r'))),
    meetings: [...meetings].sort((x, y) => x.id.localeCompare(y.id)),
  };
}
