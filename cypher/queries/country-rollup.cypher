// Country-level roll-up: relations between states, counting a person as the state they act for.
//
// Answers: how do states relate once their leaders' and ministers' words are added to the
//          states' own (a person's `country` is the ISO alpha-3 of the state they represent).
// Parameters:
//   $types   relation types to roll up
// :param {types: ['MET', 'CRITICISED', 'SUPPORTED', 'URGED', 'OPPOSED']}
// Example answer:
//   from_state       | type         | to_state  | statements | goldstein
//   "United States"  | "CRITICISED" | "Ukraine" | 4          | -8.0
MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $types
WITH r, CASE WHEN s:Country THEN s.id ELSE s.country END AS sc,
        CASE WHEN t:Country THEN t.id ELSE t.country END AS tc
WHERE sc IS NOT NULL AND tc IS NOT NULL AND sc <> tc
WITH sc, tc, type(r) AS type, count(r) AS statements, sum(r.goldstein) AS goldstein
MATCH (a:Country {id: sc})
WITH a, tc, type, statements, goldstein
MATCH (b:Country {id: tc})
RETURN a.name AS from_state, type, b.name AS to_state, statements, goldstein
ORDER BY statements DESC, from_state, to_state;
