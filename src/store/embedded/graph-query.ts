/**
 * getGraph for the embedded store: filter relations, narrow to the focus neighbourhood, then
 * aggregate per (source, type, target) — MET endpoints ordered first, as MET is undirected.
 */
import type { Relation } from '../../model/schema.ts';
import { edgeOf, type GraphData, type GraphEdge, type GraphFilter, type GraphNode } from '../graph-store.ts';
import type { GraphState } from './graph-state.ts';
import { neighbourhood, relationPredicate } from './graph-filter.ts';
import { effectiveDate } from './relation-view.ts';

export function queryGraph(state: GraphState, filter: GraphFilter = {}): GraphData {
  const { graph } = state;
  if (filter.focus !== undefined && !graph.hasNode(filter.focus)) return { nodes: [], edges: [] };
  const keep = relationPredicate(state, filter);
  let relations: Relation[] = [];
  graph.forEachEdge((_id, r) => {
    if (keep(r)) relations.push(r);
  });
  if (filter.focus !== undefined) {
    const kept = neighbourhood(relations, filter.focus, Math.max(1, filter.depth ?? 1));
    relations = relations.filter((r) => kept.has(r.source) && kept.has(r.target));
  }

  const edges = new Map<string, GraphEdge>();
  const activity = new Map<string, number>();
  if (filter.focus !== undefined) activity.set(filter.focus, 0);
  for (const r of relations) {
    const { id, source, target } = edgeOf(r);
    let edge = edges.get(id);
    if (!edge) edges.set(id, (edge = { id, source, target, type: r.type, count: 0, goldstein: 0 }));
    edge.count++;
    edge.goldstein += r.goldstein;
    const date = effectiveDate(state, r);
    if (date !== undefined) {
      if (edge.firstDate === undefined || date < edge.firstDate) edge.firstDate = date;
      if (edge.lastDate === undefined || date > edge.lastDate) edge.lastDate = date;
    }
    activity.set(source, (activity.get(source) ?? 0) + 1);
    activity.set(target, (activity.get(target) ?? 0) + 1);
  }

  const nodes: GraphNode[] = [...activity].map(([id, count]) => {
    const actor = graph.getNodeAttributes(id);
    const node: GraphNode = { id, name: actor.name, kind: actor.kind, activity: count };
    if (actor.country !== undefined) node.country = actor.country;
    return node;
  });
  return { nodes, edges: [...edges.values()] };
}
