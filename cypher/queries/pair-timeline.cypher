// A pair's relationship over time: every statement between two actors, in both directions,
// with a running Goldstein-weighted score (GDELT's -10 hostile .. +10 cooperative scale).
//
// Answers: is the relationship between $a and $b warming or cooling, and on what evidence.
// Parameters:
//   $a       id of the first actor (e.g. 'donald-trump')
//   $b       id of the second actor (e.g. 'volodymyr-zelensky')
// :param {a: 'donald-trump', b: 'volodymyr-zelensky'}
// Example answer:
//   date         | source         | type         | target               | goldstein | score
//   "2025-02-19" | "Donald Trump" | "CRITICISED" | "Volodymyr Zelensky" | -2.0      | -2.0
//   "2025-02-28" | "Donald Trump" | "MET"        | "Volodymyr Zelensky" | 1.0       | -1.0
MATCH (x:Actor {id: $a})-[r:MET|CRITICISED|SUPPORTED|URGED|OPPOSED]-(y:Actor {id: $b})
OPTIONAL MATCH (ar:Article {id: r.article})
WITH r, coalesce(r.date, ar.date) AS date
ORDER BY date, r.id
WITH collect({r: r, date: date}) AS rows
UNWIND range(0, size(rows) - 1) AS i
WITH rows[i] AS row,
     reduce(s = 0.0, j IN range(0, i) | s + rows[j].r.goldstein) AS score
RETURN row.date AS date, startNode(row.r).name AS source, type(row.r) AS type,
       endNode(row.r).name AS target, row.r.goldstein AS goldstein, score,
       row.r.evidence AS evidence;
