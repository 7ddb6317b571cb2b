// Contradictions: actors who both supported and criticised the same counterpart.
//
// Answers: where an actor blows hot and cold, with the dates of each side.
// Parameters: none
// :param {}
// Example answer:
//   actor          | counterpart | supported_on   | criticised_on
//   "Donald Trump" | "Ukraine"   | ["2025-02-27"] | ["2025-02-19"]
MATCH (a:Actor)-[s:SUPPORTED]->(c:Actor)
MATCH (a)-[k:CRITICISED]->(c)
WITH a, c, collect(DISTINCT s.date) AS supported_on, collect(DISTINCT k.date) AS criticised_on
RETURN a.name AS actor, c.name AS counterpart, supported_on, criticised_on
ORDER BY actor, counterpart;
