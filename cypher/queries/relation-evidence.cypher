// The evidence for a relation: every sentence, quote and article that states it.
//
// Answers: why does the graph say $source $type $target — with the rule that found it.
// Parameters:
//   $source  id of the actor who acts (for MET, either party)
//   $type    one of MET, CRITICISED, SUPPORTED, URGED, OPPOSED
//   $target  id of the actor acted upon
// :param {source: 'donald-trump', type: 'CRITICISED', target: 'volodymyr-zelensky'}
// Example answer:
//   date         | evidence                        | quote      | cue       | rule          | title | source | url
//   "2025-02-19" | "(the sentence that states it)" | "dictator" | "branded" | "svo:brand"   | "…"   | "…"    | "…"
MATCH (s:Actor {id: $source})-[r]-(t:Actor {id: $target})
WHERE type(r) = $type AND (type(r) = 'MET' OR startNode(r) = s)
OPTIONAL MATCH (ar:Article {id: r.article})
RETURN coalesce(r.date, ar.date) AS date, r.evidence AS evidence, r.quote AS quote,
       r.cue AS cue, r.cameo AS cameo, r.goldstein AS goldstein, r.rule AS rule,
       r.confidence AS confidence, ar.title AS title, ar.source AS source, ar.url AS url,
       ar.file AS file
ORDER BY date, evidence;
