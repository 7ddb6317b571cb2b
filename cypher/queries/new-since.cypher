// New relations since a date: what the graph learnt from articles dated on or after $since.
//
// Answers: what changed since my last look — each new statement with its article.
// Parameters:
//   $since   'YYYY-MM-DD'; a relation counts from its own date, else its article's date
// :param {since: '2025-02-20'}
// Example answer:
//   date         | source         | type   | target             | title
//   "2025-02-24" | "Donald Trump" | "MET"  | "Emmanuel Macron"  | "…"
MATCH (s:Actor)-[r:MET|CRITICISED|SUPPORTED|URGED|OPPOSED]->(t:Actor)
OPTIONAL MATCH (ar:Article {id: r.article})
WITH s, r, t, ar, coalesce(r.date, ar.date) AS date
WHERE date >= $since
RETURN date, s.name AS source, type(r) AS type, t.name AS target, ar.title AS title,
       r.evidence AS evidence
ORDER BY date DESC, source, type, target;
