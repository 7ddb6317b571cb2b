// Meetings in a date range, with their participants, kind, place and status.
//
// Answers: what talks, calls, visits and summits took place (or were planned or cancelled)
//          between two dates. Dates are ISO strings, so they compare as text.
// Parameters:
//   $from    first day, 'YYYY-MM-DD'
//   $to      last day, 'YYYY-MM-DD'
// :param {from: '2025-02-01', to: '2025-02-28'}
// Example answer:
//   date         | kind    | place        | status    | participants
//   "2025-02-24" | "talks" | "Washington" | "held"    | ["Donald Trump", "Emmanuel Macron"]
MATCH (m:Meeting)
WHERE m.date >= $from AND m.date <= $to
MATCH (p:Actor)-[at:ATTENDED]->(m)
WITH m, p ORDER BY at.position
WITH m, collect(p.name) AS participants
RETURN m.date AS date, m.kind AS kind, m.place AS place, m.status AS status, participants,
       m.evidence AS evidence
ORDER BY date, kind;
