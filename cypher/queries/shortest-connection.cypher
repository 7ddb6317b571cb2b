// The shortest connection between two actors through any relation, in either direction.
//
// Answers: how are $from and $to connected — who links them, and by what.
//          In Neo4j Browser, `RETURN p` instead shows the path as a graph.
// Parameters:
//   $from    id of one actor (e.g. 'keir-starmer')
//   $to      id of the other (e.g. 'vladimir-putin')
// :param {from: 'keir-starmer', to: 'vladimir-putin'}
// Example answer:
//   hops | actors                                          | relations
//   2    | ["Keir Starmer", "Donald Trump", "Vladimir Putin"] | ["MET", "MET"]
MATCH p = shortestPath((:Actor {id: $from})-[:MET|CRITICISED|SUPPORTED|URGED|OPPOSED*..6]-(:Actor {id: $to}))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS actors,
       [r IN relationships(p) | type(r)] AS relations;
