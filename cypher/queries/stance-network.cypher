// An actor's stance network: everyone it took a stance toward, and everyone who took one
// toward it, aggregated per counterpart and type.
//
// Answers: with whom does $actor get along or fall out, in both directions, and how often.
//          For Browser's graph view, return the paths instead:
//          MATCH p = (:Actor {id: $actor})-[:CRITICISED|SUPPORTED|URGED|OPPOSED]-(:Actor) RETURN p
// Parameters:
//   $actor   id of the actor at the centre (e.g. 'donald-trump')
// :param {actor: 'donald-trump'}
// Example answer:
//   direction  | type         | counterpart          | statements | goldstein
//   "outgoing" | "CRITICISED" | "Volodymyr Zelensky" | 2          | -4.0
//   "incoming" | "URGED"      | "Keir Starmer"       | 1          | -2.0
MATCH (a:Actor {id: $actor})-[r:CRITICISED|SUPPORTED|URGED|OPPOSED]-(c:Actor)
WITH CASE WHEN startNode(r) = a THEN 'outgoing' ELSE 'incoming' END AS direction,
     type(r) AS type, c, count(r) AS statements, sum(r.goldstein) AS goldstein
RETURN direction, type, c.name AS counterpart, statements, goldstein
ORDER BY direction DESC, statements DESC, counterpart;
