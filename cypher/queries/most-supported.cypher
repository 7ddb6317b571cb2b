// The most supported actors: who receives the most backing, and from how many supporters.
//
// Answers: a league table of targets of SUPPORTED statements.
// Parameters:
//   $limit   how many rows
// :param {limit: 10}
// Example answer:
//   actor     | kind      | support | supporters
//   "Ukraine" | "Country" | 5       | ["Keir Starmer", "Emmanuel Macron", "Europe"]
MATCH (s:Actor)-[r:SUPPORTED]->(t:Actor)
WITH t, count(r) AS support, collect(DISTINCT s.name) AS supporters
RETURN t.name AS actor, t.kind AS kind, support, supporters
ORDER BY support DESC, actor
LIMIT toInteger($limit);
