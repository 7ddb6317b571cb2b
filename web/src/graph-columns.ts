/**
 * Reading the graph as the API sends it to the page, column by column
 * (src/server/services/graph-columns.ts): drawn and laid out by index, turned into GraphNode and
 * GraphEdge objects only for the one actor or edge asked about.
 */
import type { GraphColumns } from '../../src/server/services/graph-columns.ts';
import { edgeId, type GraphEdge, type GraphNode } from '../../src/store/graph-store.ts';

export type { GraphColumns };

export const emptyColumns = (): GraphColumns => ({
  types: [],
  kinds: [],
  dates: [],
  nodes: { id: [], name: [], kind: [], country: [], activity: [] },
  edges: { source: [], target: [], type: [], count: [], goldstein: [], firstDate: [], lastDate: [] },
});

/** Edge i's id: the stores' `source|type|target` (edgeId), unless the answer lists ids. */
export function edgeIdAt(g: GraphColumns, i: number): string {
  const { edges, nodes } = g;
  return edges.id ? edges.id[i]! : edgeId(nodes.id[edges.source[i]!]!, g.types[edges.type[i]!]!, nodes.id[edges.target[i]!]!);
}

export function nodeAt(g: GraphColumns, i: number): GraphNode {
  const { nodes } = g;
  const node: GraphNode = { id: nodes.id[i]!, name: nodes.name[i]!, kind: g.kinds[nodes.kind[i]!]!, activity: nodes.activity[i]! };
  const country = nodes.country[i];
  if (country) node.country = country;
  return node;
}

export function edgeAt(g: GraphColumns, i: number): GraphEdge {
  const { edges, nodes } = g;
  const edge: GraphEdge = {
    id: edgeIdAt(g, i),
    source: nodes.id[edges.source[i]!]!,
    target: nodes.id[edges.target[i]!]!,
    type: g.types[edges.type[i]!]!,
    count: edges.count[i]!,
    goldstein: edges.goldstein[i]!,
  };
  const [first, last] = [edges.firstDate[i]!, edges.lastDate[i]!];
  if (first >= 0) edge.firstDate = g.dates[first];
  if (last >= 0) edge.lastDate = g.dates[last];
  return edge;
}
