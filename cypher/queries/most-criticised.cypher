// The most criticised actors: who draws the most criticism, and from how many critics.
//
// Answers: a league table of targets of CRITICISED statements.
// Parameters:
//   $limit   how many rows
// :param {limit: 10}
// Example answer:
//   actor                | kind     | criticisms | critics
//   "Volodymyr Zelensky" | "Person" | 3          | ["Donald Trump", "J.D. Vance"]
MATCH (s:Actor)-[r:CRITICISED]->(t:Actor)
WITH t, count(r) AS criticisms, collect(DISTINCT s.name) AS critics
RETURN t.name AS actor, t.kind AS kind, criticisms, critics
ORDER BY criticisms DESC, actor
LIMIT toInteger($limit);
