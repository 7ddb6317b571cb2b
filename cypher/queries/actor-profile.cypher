// An actor's profile: kind, country, offices held (with dates), and counts of each relation.
//
// Answers: who is $actor, what offices do they hold, and how active are they in the graph.
// Parameters:
//   $actor   id of the actor (e.g. 'keir-starmer')
// :param {actor: 'keir-starmer'}
// Example answer:
//   name           | kind     | country | offices                                        | relations
//   "Keir Starmer" | "Person" | "GBR"   | [{role: "Prime Minister", from: "2024-07-05"}] | [{type: "MET", count: 3}]
MATCH (a:Actor {id: $actor})
OPTIONAL MATCH (a)-[o:REPRESENTS]->(c:Country)
WITH a, collect(CASE WHEN o IS NULL THEN NULL
                ELSE {role: o.role, country: c.name, from: o.from, to: o.to} END) AS offices
OPTIONAL MATCH (a)-[r:MET|CRITICISED|SUPPORTED|URGED|OPPOSED]-()
WITH a, offices, type(r) AS type, count(r) AS n
WITH a, offices, collect(CASE WHEN type IS NULL THEN NULL ELSE [type, n] END) AS pairs
RETURN a.name AS name, a.kind AS kind, a.country AS country, a.aliases AS aliases, offices,
       [p IN pairs | {type: p[0], count: p[1]}] AS relations;
