/**
 * Relation and meeting lists for the embedded store, starting from the narrowest index the
 * filter allows (article, actor) rather than scanning every relation.
 */
import type { Meeting, Relation } from '../../model/schema.ts';
import type { MeetingFilter, RelationFilter, RelationWithArticle } from '../graph-store.ts';
import type { GraphState } from './graph-state.ts';
import { byDateThenId, effectiveDate, withArticle } from './relation-view.ts';

/** Relation ids that can match `filter`, from the most selective index available. */
function candidates(state: GraphState, filter: RelationFilter): string[] {
  const { graph } = state;
  if (filter.article !== undefined) return state.relationsByArticle.get(filter.article) ?? [];
  const node = filter.source ?? filter.target ?? filter.actor;
  if (node !== undefined) return graph.hasNode(node) ? graph.edges(node) : [];
  return graph.edges();
}

export function listRelations(state: GraphState, filter: RelationFilter = {}): RelationWithArticle[] {
  const keep = (r: Relation) =>
    (filter.source === undefined || r.source === filter.source) &&
    (filter.target === undefined || r.target === filter.target) &&
    (filter.actor === undefined || r.source === filter.actor || r.target === filter.actor) &&
    (filter.type === undefined || r.type === filter.type) &&
    (filter.article === undefined || r.article === filter.article) &&
    (filter.since === undefined || (effectiveDate(state, r) ?? '') >= filter.since);
  const relations = candidates(state, filter)
    .map((id) => state.graph.getEdgeAttributes(id))
    .filter(keep)
    .sort(byDateThenId((r) => effectiveDate(state, r)));
  return relations.slice(0, filter.limit ?? relations.length).map((r) => withArticle(state, r));
}

export function listMeetings(state: GraphState, filter: MeetingFilter = {}): Meeting[] {
  const keep = (m: Meeting) =>
    (filter.actor === undefined || m.participants.includes(filter.actor)) &&
    (filter.from === undefined || (m.date !== undefined && m.date >= filter.from)) &&
    (filter.to === undefined || (m.date !== undefined && m.date <= filter.to)) &&
    (filter.status === undefined || m.status === filter.status);
  return [...state.meetings.values()]
    .filter(keep)
    .sort(byDateThenId((m) => m.date))
    .map((m) => ({ ...m, participants: [...m.participants] }));
}
