// Who criticised, supported, urged or opposed a given actor, with the evidence for each.
//
// Answers: the stances other actors took toward $target, one row per statement, newest first.
// Parameters:
//   $target  id of the actor the stances are about (e.g. 'volodymyr-zelensky', 'UKR')
//   $types   list of stance types to include (any of CRITICISED, SUPPORTED, URGED, OPPOSED)
// :param {target: 'volodymyr-zelensky', types: ['CRITICISED', 'SUPPORTED', 'URGED', 'OPPOSED']}
// Example answer:
//   source         | type         | date         | quote        | evidence
//   "Donald Trump" | "CRITICISED" | "2025-02-19" | "dictator"   | "(the sentence that states it)"
MATCH (s:Actor)-[r:CRITICISED|SUPPORTED|URGED|OPPOSED]->(t:Actor {id: $target})
WHERE type(r) IN $types
RETURN s.name AS source, type(r) AS type, r.date AS date, r.quote AS quote,
       r.evidence AS evidence, r.article AS article
ORDER BY date DESC, source, type;
