// Who met whom: every meeting between two actors, with its date, kind, place and status.
//
// Answers: which actors met (held talks, called, visited, hosted, summited), when and where,
//          and whether the meeting was held, planned or cancelled. Leave $actor null for all.
// Parameters:
//   $actor   id of one actor to restrict to (e.g. 'donald-trump', 'GBR'), or null for everyone
//   $status  'held', 'planned', 'cancelled', or null for any status
// :param {actor: 'donald-trump', status: null}
// Example answer:
//   actor          | counterpart          | date         | kind   | place        | status  | article
//   "Donald Trump" | "Emmanuel Macron"    | "2025-02-24" | "talks"| "Washington" | "held"  | "3f0c…"
MATCH (a:Actor)-[r:MET]-(b:Actor)
WHERE ($actor IS NULL OR a.id = $actor)
  AND ($status IS NULL OR r.status = $status)
  AND ($actor IS NOT NULL OR a.id < b.id)
OPTIONAL MATCH (m:Meeting {id: r.meeting})
RETURN a.name AS actor, b.name AS counterpart, r.date AS date, m.kind AS kind,
       m.place AS place, r.status AS status, r.article AS article
ORDER BY date, actor, counterpart;
