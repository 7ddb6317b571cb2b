/**
 * Turns a store snapshot into a graphology graph of actors and relations, with the attributes
 * every export format shares: nodes (label, kind, country, role, aliases), one edge per relation
 * (type, date, evidence, goldstein, ...). MET is undirected, the stances directed.
 */
import { MultiGraph } from 'graphology';
import type { GraphSnapshot } from '../store/graph-store.ts';

export interface NodeAttributes {
  label: string;
  kind: string;
  country?: string;
  role?: string;
  aliases?: string;
}

export interface EdgeAttributes {
  type: string;
  date?: string;
  status?: string;
  evidence: string;
  quote?: string;
  cue: string;
  cameo: string;
  goldstein: number;
  confidence: number;
  rule: string;
  article: string;
  articleTitle?: string;
  articleUrl?: string;
  meeting?: string;
}

/** Drop undefined values so writers that infer attribute types see only real ones. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

export function snapshotToGraph(s: GraphSnapshot): MultiGraph<NodeAttributes, EdgeAttributes> {
  const g = new MultiGraph<NodeAttributes, EdgeAttributes>();
  for (const a of s.actors) {
    g.addNode(
      a.id,
      defined({ label: a.name, kind: a.kind, country: a.country, role: a.role, aliases: a.aliases.join('; ') || undefined }),
    );
  }
  const articles = new Map(s.articles.map((a) => [a.id, a]));
  for (const r of s.relations) {
    // A relation to an actor the snapshot lacks would make the export unreadable: skip it.
    if (!g.hasNode(r.source) || !g.hasNode(r.target)) continue;
    const art = articles.get(r.article);
    const attrs = defined<EdgeAttributes>({
      type: r.type,
      date: r.date ?? art?.date,
      status: r.status,
      evidence: r.evidence,
      quote: r.quote,
      cue: r.cue,
      cameo: r.cameo,
      goldstein: r.goldstein,
      confidence: r.confidence,
      rule: r.rule,
      article: r.article,
      articleTitle: art?.title,
      articleUrl: art?.url,
      meeting: r.meeting,
    });
    if (r.type === 'MET') g.addUndirectedEdgeWithKey(r.id, r.source, r.target, attrs);
    else g.addDirectedEdgeWithKey(r.id, r.source, r.target, attrs);
  }
  return g;
}
