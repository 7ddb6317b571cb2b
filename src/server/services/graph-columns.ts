/**
 * The graph column by column (`/api/graph?shape=columns`), for the web view: a sixth of the bytes
 * of GraphData's objects, nothing per edge for the browser to parse into an object and keep, edge
 * ends as node indexes, and relation types, actor kinds and dates as indexes into short lists.
 */
import type { ActorKind, RelationType } from '../../model/schema.ts';
import { edgeId, type GraphData } from '../../store/graph-store.ts';

export interface GraphColumns {
  types: RelationType[];
  kinds: ActorKind[];
  /** Distinct edge dates (first and last), sorted. */
  dates: string[];
  nodes: {
    id: string[];
    name: string[];
    /** Index into `kinds`. */
    kind: number[];
    country: (string | null)[];
    activity: number[];
  };
  edges: {
    /** Only when some edge id is not `source|type|target` (edgeId), which every store gives today. */
    id?: string[];
    /** Indexes into `nodes`. */
    source: number[];
    target: number[];
    /** Index into `types`. */
    type: number[];
    count: number[];
    goldstein: number[];
    /** Indexes into `dates`; -1: undated. */
    firstDate: number[];
    lastDate: number[];
  };
}

function indexer<T>(values: Iterable<T>): { list: T[]; index: Map<T, number> } {
  const list = [...new Set(values)];
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/** Edges whose ends are not among the nodes are dropped (the stores never give any). */
export function toColumns(data: GraphData): GraphColumns {
  const nodeIndex = new Map(data.nodes.map((n, i) => [n.id, i]));
  const edges = data.edges.filter((e) => nodeIndex.has(e.source) && nodeIndex.has(e.target));
  const types = indexer(edges.map((e) => e.type));
  const kinds = indexer(data.nodes.map((n) => n.kind));
  const dates = indexer(edges.flatMap((e) => [e.firstDate, e.lastDate]).filter((d): d is string => d !== undefined).sort());
  const dateAt = (d: string | undefined) => (d === undefined ? -1 : dates.index.get(d)!);
  const out: GraphColumns = {
    types: types.list,
    kinds: kinds.list,
    dates: dates.list,
    nodes: {
      id: data.nodes.map((n) => n.id),
      name: data.nodes.map((n) => n.name),
      kind: data.nodes.map((n) => kinds.index.get(n.kind)!),
      country: data.nodes.map((n) => n.country ?? null),
      activity: data.nodes.map((n) => n.activity),
    },
    edges: {
      source: edges.map((e) => nodeIndex.get(e.source)!),
      target: edges.map((e) => nodeIndex.get(e.target)!),
      type: edges.map((e) => types.index.get(e.type)!),
      count: edges.map((e) => e.count),
      goldstein: edges.map((e) => e.goldstein),
      firstDate: edges.map((e) => dateAt(e.firstDate)),
      lastDate: edges.map((e) => dateAt(e.lastDate)),
    },
  };
  if (edges.some((e) => e.id !== edgeId(e.source, e.type, e.target))) out.edges.id = edges.map((e) => e.id);
  return out;
}
