/**
 * The GraphFilter semantics as a predicate over single relations (types, dates, kinds, country)
 * plus the focus neighbourhood: an undirected breadth-first search over the relations that pass.
 */
import type { Actor, Relation } from '../../model/schema.ts';
import type { GraphFilter } from '../graph-store.ts';
import type { GraphState } from './graph-state.ts';
import { effectiveDate } from './relation-view.ts';

/** Does `actor` belong to `country`: the country itself or someone acting for it. */
function ofCountry(actor: Actor, country: string): boolean {
  return (actor.kind === 'Country' && actor.id === country) || actor.country === country;
}

/** A predicate keeping the relations that pass every filter except focus/depth. */
export function relationPredicate(state: GraphState, filter: GraphFilter): (r: Relation) => boolean {
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : undefined;
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : undefined;
  const actor = (id: string) => state.graph.getNodeAttributes(id);
  return (r) => {
    if (types && !types.has(r.type)) return false;
    const date = effectiveDate(state, r);
    if (date === undefined) {
      if (filter.datedOnly) return false;
    } else if ((filter.from !== undefined && date < filter.from) || (filter.to !== undefined && date > filter.to)) {
      return false;
    }
    if (kinds && !(kinds.has(actor(r.source).kind) && kinds.has(actor(r.target).kind))) return false;
    if (filter.country !== undefined && !ofCountry(actor(r.source), filter.country) && !ofCountry(actor(r.target), filter.country)) {
      return false;
    }
    return true;
  };
}

/** Actors within `depth` undirected hops of `focus` over `relations` (focus included). */
export function neighbourhood(relations: Relation[], focus: string, depth: number): Set<string> {
  const adjacent = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = adjacent.get(a);
    if (!set) adjacent.set(a, (set = new Set()));
    set.add(b);
  };
  for (const r of relations) {
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const kept = new Set([focus]);
  let frontier = [focus];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adjacent.get(id) ?? []) {
        if (!kept.has(n)) {
          kept.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return kept;
}
