// Entente's Neo4j schema: constraints and indexes, applied by the Neo4j store at init(),
// statement by statement (every statement is idempotent: IF NOT EXISTS).
//
// The graph model
// ---------------
// (:Actor:Person|:Country|:Organization|:Group {id, kind, name, aliases, country, role, offices_json,
//     search_keys})
//     id: ISO 3166-1 alpha-3 for countries, kebab-case name for everyone else.
//     search_keys: name and aliases folded (lower case, no accents), for actor search.
//     offices_json: the person's offices as JSON; offices that belong to a state are also
//     (:Person)-[:REPRESENTS {role, from, to}]->(:Country)  (the country node is created, kind
//     Country, when no article has named it yet; such nodes carry placeholder: true, are left
//     out of every answer of the store, and become ordinary actors once an article names them).
// (:Article {id, title, date, source, url, file, text})
// (:Article)-[:MENTIONS {count}]->(:Actor)
// (:Meeting {id, date, place, kind, status, article, evidence})
// (:Actor)-[:ATTENDED {position}]->(:Meeting)     position: order of the participants
// (:Meeting)-[:REPORTED_IN]->(:Article)
// (:Actor)-[:MET|CRITICISED|SUPPORTED|URGED|OPPOSED {id, date, status, article, evidence, start,
//     end, quote, cue, cameo, goldstein, confidence, rule, meeting}]->(:Actor)
//     one relationship per statement in an article, so plain Cypher answers questions:
//     MATCH (a)-[:CRITICISED]->(b) RETURN a.name, b.name
// Dates are ISO strings (YYYY-MM-DD): they are days, and compare correctly as strings.

// Node keys.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;

// Finding the article a reload replaces, and listing articles by date.
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);

// Meetings by the article that reported them (removal) and by date (listing).
CREATE INDEX meeting_article IF NOT EXISTS FOR (n:Meeting) ON (n.article);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);

// Relations: ids unique per type (the constraint's index serves lookups by id); indexes by
// article (removal and replacement) and by date (time filters).
CREATE CONSTRAINT met_id IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX met_article IF NOT EXISTS FOR ()-[r:MET]-() ON (r.article);
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
CREATE CONSTRAINT criticised_id IF NOT EXISTS FOR ()-[r:CRITICISED]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX criticised_article IF NOT EXISTS FOR ()-[r:CRITICISED]-() ON (r.article);
CREATE INDEX criticised_date IF NOT EXISTS FOR ()-[r:CRITICISED]-() ON (r.date);
CREATE CONSTRAINT supported_id IF NOT EXISTS FOR ()-[r:SUPPORTED]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX supported_article IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.article);
CREATE INDEX supported_date IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.date);
CREATE CONSTRAINT urged_id IF NOT EXISTS FOR ()-[r:URGED]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX urged_article IF NOT EXISTS FOR ()-[r:URGED]-() ON (r.article);
CREATE INDEX urged_date IF NOT EXISTS FOR ()-[r:URGED]-() ON (r.date);
CREATE CONSTRAINT opposed_id IF NOT EXISTS FOR ()-[r:OPPOSED]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX opposed_article IF NOT EXISTS FOR ()-[r:OPPOSED]-() ON (r.article);
CREATE INDEX opposed_date IF NOT EXISTS FOR ()-[r:OPPOSED]-() ON (r.date);

// Word search over actor names and aliases, for users' own queries:
// CALL db.index.fulltext.queryNodes('actor_names', 'starm*') YIELD node, score
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases];
