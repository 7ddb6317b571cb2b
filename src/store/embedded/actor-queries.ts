/**
 * Actor reads for the embedded store: ranked search over names and aliases (case- and
 * accent-insensitive), an actor's details, and the undirected shortest path between two actors.
 */
import { RELATION_TYPES, type Actor, type RelationType } from '../../model/schema.ts';
import type { ActorDetails } from '../graph-store.ts';
import type { GraphState } from './graph-state.ts';
import { byDateThenId, effectiveDate, withArticle } from './relation-view.ts';

/** Lower case without diacritics: "Tomás" → "tomas". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** 0 exact, 1 prefix, 2 substring, undefined no match — the best over name and aliases. */
function matchRank(actor: Actor, q: string): number | undefined {
  let best: number | undefined;
  for (const text of [actor.name, ...actor.aliases]) {
    const folded = foldText(text);
    const rank = folded === q ? 0 : folded.startsWith(q) ? 1 : folded.includes(q) ? 2 : undefined;
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

export function searchActors(state: GraphState, q: string, limit = 10): Actor[] {
  const folded = foldText(q.trim());
  if (folded === '') return [];
  const hits: { actor: Actor; rank: number; activity: number }[] = [];
  state.graph.forEachNode((id, actor) => {
    const rank = matchRank(actor, folded);
    if (rank !== undefined) hits.push({ actor, rank, activity: state.graph.degree(id) });
  });
  hits.sort((a, b) => a.rank - b.rank || b.activity - a.activity || (a.actor.name < b.actor.name ? -1 : a.actor.name > b.actor.name ? 1 : 0));
  return hits.slice(0, limit).map((h) => structuredClone(h.actor));
}

export function actorDetails(state: GraphState, id: string): ActorDetails | null {
  const { graph } = state;
  if (!graph.hasNode(id)) return null;
  const counts = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  const relations = graph.edges(id).map((e) => graph.getEdgeAttributes(e));
  for (const r of relations) counts[r.type]++;
  relations.sort(byDateThenId((r) => effectiveDate(state, r)));
  return {
    actor: structuredClone(graph.getNodeAttributes(id)),
    counts,
    articles: state.mentionedIn.get(id)?.size ?? 0,
    relations: relations.map((r) => withArticle(state, r)),
  };
}

/** Breadth-first over relations of any type and direction, at most `maxDepth` hops. */
export function shortestPath(state: GraphState, from: string, to: string, maxDepth = 6): string[] | null {
  const { graph } = state;
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  for (let hop = 0; hop < maxDepth && !parent.has(to) && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of graph.neighbors(id)) {
        if (!parent.has(n)) {
          parent.set(n, id);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  if (!parent.has(to)) return null;
  const path: string[] = [];
  for (let at: string | null = to; at !== null; at = parent.get(at) ?? null) path.unshift(at);
  return path;
}
