// Articles that mention both of two actors.
//
// Answers: where to read about $a and $b together, newest first, with how often each is named.
// Parameters:
//   $a       id of the first actor
//   $b       id of the second actor
// :param {a: 'keir-starmer', b: 'donald-trump'}
// Example answer:
//   article | title | date         | source | a_mentions | b_mentions
//   "3f0c…" | "…"   | "2025-02-25" | "…"    | 6          | 9
MATCH (ar:Article)-[ma:MENTIONS]->(:Actor {id: $a}),
      (ar)-[mb:MENTIONS]->(:Actor {id: $b})
RETURN ar.id AS article, ar.title AS title, ar.date AS date, ar.source AS source,
       ar.url AS url, ar.file AS file, ma.count AS a_mentions, mb.count AS b_mentions
ORDER BY date DESC, article;
