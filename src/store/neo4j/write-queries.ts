/**
 * The Cypher of the write path, as fixed strings. Relationship types cannot be parameters, so
 * each relation type gets its own statement, generated once from the RELATION_TYPES constant
 * (never from data). Every statement UNWINDs a list parameter: one round trip per kind of row.
 */
import { RELATION_TYPES, type RelationType } from '../../model/schema.ts';
import { RELATION_COLUMNS } from './write-rows.ts';

/** The five relation types as a Cypher type alternation: MET|CRITICISED|SUPPORTED|URGED|OPPOSED. */
export const ANY_RELATION = RELATION_TYPES.join('|');

function perType(build: (type: RelationType) => string): Record<RelationType, string> {
  return Object.fromEntries(RELATION_TYPES.map((t) => [t, build(t)])) as Record<RelationType, string>;
}

/** For each article to write: is its id already stored, and which stored articles share its url or file. */
export const FIND_EXISTING = `
UNWIND $articles AS x
OPTIONAL MATCH (same:Article {id: x.id})
OPTIONAL MATCH (byUrl:Article {url: x.url})
WITH x, same, collect(byUrl.id) AS urlIds
OPTIONAL MATCH (byFile:Article {file: x.file})
WITH x, same, urlIds, collect(byFile.id) AS fileIds
RETURN x.id AS id, same IS NOT NULL AS present, [o IN urlIds + fileIds WHERE o <> x.id] AS oldIds`;

/** Delete the relations of the given articles; return their end actors (orphan candidates). */
export const DELETE_RELATIONS = perType(
  (t) => `
UNWIND $ids AS id
MATCH (a:Actor)-[r:${t}]->(b:Actor) WHERE r.article = id
DELETE r
RETURN collect(DISTINCT a.id) + collect(DISTINCT b.id) AS actors`,
);

export const DELETE_MEETINGS = `
UNWIND $ids AS id
MATCH (mt:Meeting {article: id})
OPTIONAL MATCH (p:Actor)-[:ATTENDED]->(mt)
WITH mt, collect(p.id) AS participants
DETACH DELETE mt
RETURN participants AS actors`;

export const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (ar:Article {id: id})
OPTIONAL MATCH (ar)-[:MENTIONS]->(m:Actor)
WITH ar, collect(m.id) AS mentioned
DETACH DELETE ar
RETURN mentioned AS actors`;

/**
 * Delete candidate actors nothing refers to any more. An actor still named by someone's office
 * (REPRESENTS) stays as a placeholder; placeholders left unrepresented go too.
 */
export const DELETE_ORPHANS = `
UNWIND $ids AS id
MATCH (n:Actor {id: id})
WHERE NOT EXISTS { (n)<-[:MENTIONS]-() }
  AND NOT EXISTS { (n)-[:${ANY_RELATION}]-() }
  AND NOT EXISTS { (n)-[:ATTENDED]->() }
WITH n, EXISTS { (n)<-[:REPRESENTS]-() } AS named
OPTIONAL MATCH (n)-[:REPRESENTS]->(c:Actor {placeholder: true})
WITH n, named, collect(c.id) AS represented
FOREACH (_ IN CASE WHEN named THEN [1] ELSE [] END | SET n.placeholder = true)
FOREACH (_ IN CASE WHEN named THEN [] ELSE [1] END | DETACH DELETE n)
RETURN represented`;

export const DELETE_UNUSED_PLACEHOLDERS = `
UNWIND $ids AS id
MATCH (c:Actor {id: id, placeholder: true})
WHERE NOT EXISTS { (c)<-[:REPRESENTS]-() }
DETACH DELETE c`;

export const CREATE_ARTICLES = `
UNWIND $rows AS row
CREATE (ar:Article)
SET ar = row.p`;

/** The stored actors among the given ids (placeholders count as not stored). */
export const FETCH_ACTORS = `
UNWIND $ids AS id
MATCH (n:Actor {id: id}) WHERE n.placeholder IS NULL
RETURN n {.id, .kind, .name, .aliases, .country, .role, .offices_json} AS n`;

/**
 * Lock the actors about to be rewritten, until the transaction ends: a write takes the node's
 * lock, and MERGE creates (as a placeholder) the ones not stored yet, holding their id. Another
 * transaction merging the same actor waits here, then reads what this one committed.
 */
export const LOCK_ACTORS = `
UNWIND $ids AS id
MERGE (n:Actor {id: id})
ON CREATE SET n.placeholder = true
SET n.lock_mark = true`;

/**
 * Write actors whose stored and restated values were merged in TS (merge-actor.ts): the row
 * replaces the node's properties. The kind label comes from the kind; offices with a country
 * become REPRESENTS relationships, to a placeholder country node when no article names it.
 */
export const WRITE_ACTORS = `
UNWIND $rows AS a
MERGE (n:Actor {id: a.id})
SET n = a.p
FOREACH (_ IN CASE WHEN n.kind = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN n.kind = 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN n.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN n.kind = 'Group' THEN [1] ELSE [] END | SET n:Group)
WITH n, a
CALL (n) { MATCH (n)-[old:REPRESENTS]->() DELETE old }
FOREACH (o IN a.represents |
  MERGE (c:Actor {id: o.country})
  ON CREATE SET c:Country, c.kind = 'Country', c.name = o.country, c.aliases = [], c.placeholder = true
  CREATE (n)-[:REPRESENTS {role: o.role, from: o.from, to: o.to}]->(c))`;

export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (ar:Article {id: row[0]})
MATCH (n:Actor {id: row[1]}) WHERE n.placeholder IS NULL
CREATE (ar)-[:MENTIONS {count: row[2]}]->(n)`;

export const CREATE_MEETINGS = `
UNWIND $rows AS row
MATCH (ar:Article {id: row.article})
CREATE (mt:Meeting)
SET mt = row.p
CREATE (mt)-[:REPORTED_IN]->(ar)
WITH mt, row
UNWIND range(0, size(row.participants) - 1) AS i
MATCH (n:Actor {id: row.participants[i]}) WHERE n.placeholder IS NULL
CREATE (n)-[:ATTENDED {position: i}]->(mt)`;

/**
 * One relationship per statement; CREATE, since the article is new (old facts were deleted).
 * Rows are lists [source, target, ...RELATION_COLUMNS]; properties are given in the CREATE
 * (absent ones are null, so not stored) rather than by `SET r = map`, which would make the
 * planner materialise every row first (an Eager).
 */
export const CREATE_RELATIONS = perType(
  (t) => `
UNWIND $rows AS row
MATCH (a:Actor {id: row[0]}) WHERE a.placeholder IS NULL
MATCH (b:Actor {id: row[1]}) WHERE b.placeholder IS NULL
CREATE (a)-[:${t} {${RELATION_COLUMNS.map((k, i) => `${k}: row[${i + 2}]`).join(', ')}}]->(b)`,
);
