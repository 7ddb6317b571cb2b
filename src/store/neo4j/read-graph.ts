/**
 * getGraph for Neo4j: Cypher fetches the relations that pass the type and date filters (near the
 * focus, when there is one) as compact rows, then their actors; the actor filters, the exact focus
 * neighbourhood and the aggregation per (source, type, target) happen in TS over those rows.
 */
import { RELATION_TYPES, type ActorKind, type RelationType } from '../../model/schema.ts';
import { edgeOf, type GraphData, type GraphEdge, type GraphFilter, type GraphNode } from '../graph-store.ts';
import type { Read } from './read-queries.ts';
import { toPlain } from './values.ts';
import { ANY_RELATION } from './write-queries.ts';

interface RelationRow {
  source: string;
  target: string;
  type: RelationType;
  date: string | null;
  goldstein: number;
}

interface NodeInfo {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
}

/** Keep relations by effective date (their own, else their article's), undated unless datedOnly. */
const BY_DATE = `
OPTIONAL MATCH (ar:Article {id: r.article})
WITH a, r, b, coalesce(r.date, ar.date) AS date
WHERE CASE WHEN date IS NULL THEN NOT $datedOnly
           ELSE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to) END
RETURN collect([a.id, b.id, type(r), date, r.goldstein]) AS rows`;

const ALL_RELATIONS = `
MATCH (a:Actor)-[r:${ANY_RELATION}]->(b:Actor) WHERE type(r) IN $types ${BY_DATE}`;

/**
 * With a focus: only relations leaving actors within `depth` hops of it (by any relation, so a
 * superset of the filtered neighbourhood, which buildGraph then computes exactly). A
 * variable-length bound cannot be a parameter: one fixed statement per allowed depth.
 */
const MAX_FOCUS_DEPTH = 3;
const NEAR_FOCUS = Array.from(
  { length: MAX_FOCUS_DEPTH + 1 },
  (_, d) => `
MATCH (:Actor {id: $focus})-[:${ANY_RELATION}*0..${d}]-(near:Actor)
WITH DISTINCT near AS a
MATCH (a)-[r:${ANY_RELATION}]->(b:Actor) WHERE type(r) IN $types ${BY_DATE}`,
);

const ACTORS = `
UNWIND $ids AS id
MATCH (n:Actor {id: id}) WHERE n.placeholder IS NULL
RETURN collect(n {.id, .name, .kind, .country}) AS actors`;

export async function getGraph(read: Read, filter: GraphFilter = {}): Promise<GraphData> {
  const depth = Math.min(MAX_FOCUS_DEPTH, Math.max(1, Math.floor(filter.depth ?? 1)));
  const [record] = await read(filter.focus === undefined ? ALL_RELATIONS : NEAR_FOCUS[depth]!, {
    types: filter.types ?? [...RELATION_TYPES],
    from: filter.from ?? null,
    to: filter.to ?? null,
    datedOnly: filter.datedOnly ?? false,
    focus: filter.focus ?? null,
  });
  const rows = ((toPlain(record?.get('rows')) ?? []) as unknown as [string, string, RelationType, string | null, number][]).map(
    ([source, target, type, date, goldstein]): RelationRow => ({ source, target, type, date, goldstein }),
  );
  const ids = new Set(rows.flatMap((r) => [r.source, r.target]));
  if (filter.focus !== undefined) ids.add(filter.focus);
  const [found] = await read(ACTORS, { ids: [...ids] });
  const actors = new Map<string, NodeInfo>();
  for (const a of (toPlain(found?.get('actors')) ?? []) as unknown as NodeInfo[]) actors.set(a.id, a);
  const graph = buildGraph(rows, actors, { ...filter, depth });
  // The focus actor stays in view even when none of its relations pass the filter.
  const focus = filter.focus === undefined ? undefined : actors.get(filter.focus);
  if (focus && !graph.nodes.some((n) => n.id === focus.id)) return { nodes: [toNode(focus, 0)], edges: [] };
  return graph;
}

function toNode(a: NodeInfo, activity: number): GraphNode {
  const node: GraphNode = { id: a.id, name: a.name, kind: a.kind, activity };
  if (a.country) node.country = a.country;
  return node;
}

/** Apply the actor filters and the focus, then aggregate relations into edges and nodes. */
export function buildGraph(rows: RelationRow[], actors: Map<string, NodeInfo>, filter: GraphFilter): GraphData {
  const keep = (id: string): boolean => {
    const a = actors.get(id);
    if (!a) return false;
    if (filter.kinds && filter.kinds.length > 0 && !filter.kinds.includes(a.kind)) return false;
    return true;
  };
  const ofCountry = (id: string) => id === filter.country || actors.get(id)?.country === filter.country;
  // Kinds apply to both ends; a country keeps relations with it or its people at either end.
  let kept = rows.filter(
    (r) => keep(r.source) && keep(r.target) && (!filter.country || ofCountry(r.source) || ofCountry(r.target)),
  );
  if (filter.focus !== undefined) {
    // Neighbours within `depth` undirected hops; edges between any two of them stay.
    const reached = neighbourhood(kept, filter.focus, filter.depth ?? 1);
    kept = kept.filter((r) => reached.has(r.source) && reached.has(r.target));
  }
  const edges = new Map<string, GraphEdge>();
  const activity = new Map<string, number>();
  for (const r of kept) {
    const { id, source, target } = edgeOf(r);
    const edge = edges.get(id) ?? { id, source, target, type: r.type, count: 0, goldstein: 0 };
    edge.count += 1;
    edge.goldstein += r.goldstein;
    if (r.date && (!edge.firstDate || r.date < edge.firstDate)) edge.firstDate = r.date;
    if (r.date && (!edge.lastDate || r.date > edge.lastDate)) edge.lastDate = r.date;
    edges.set(id, edge);
    activity.set(source, (activity.get(source) ?? 0) + 1);
    activity.set(target, (activity.get(target) ?? 0) + 1);
  }
  const nodes = [...activity].map(([id, count]) => toNode(actors.get(id)!, count));
  return { nodes, edges: [...edges.values()] };
}

/** Actors within `depth` undirected hops of `focus` over the given relations. */
function neighbourhood(rows: RelationRow[], focus: string, depth: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = adjacent.get(from);
    if (list) list.push(to);
    else adjacent.set(from, [to]);
  };
  for (const { source, target } of rows) {
    link(source, target);
    link(target, source);
  }
  const reached = new Set([focus]);
  let frontier = [focus];
  for (let hop = 0; hop < depth; hop += 1) {
    frontier = frontier.flatMap((id) => adjacent.get(id) ?? []).filter((id) => !reached.has(id));
    frontier.forEach((id) => reached.add(id));
  }
  return reached;
}
