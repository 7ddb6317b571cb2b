/**
 * Everything that could make a write fail, checked before anything is journalled or applied:
 * the shared checks (schema, ownership, repeated ids), then actors nobody defines and relation
 * or meeting ids already used by another article. After this, applying the facts cannot fail.
 */
import type { ArticleFacts } from '../../model/schema.ts';
import { checkFactsShape } from '../check-facts.ts';
import { UserError } from '../../errors.ts';
import type { GraphState } from './graph-state.ts';

/** Parse and check `input` against the current state; return the parsed facts or throw UserError. */
export function checkFacts(input: unknown, state: GraphState): ArticleFacts {
  const facts = checkFactsShape(input);
  const id = facts.article.id;
  const fail = (problem: string): never => {
    throw new UserError(`article ${id}: ${problem}`);
  };
  // Ids owned by the articles this one replaces are free again.
  const replaced = new Set(state.replacedBy(facts.article));
  const owner = (relation: string) => state.graph.hasEdge(relation) ? state.graph.getEdgeAttribute(relation, 'article') : undefined;

  const known = new Set(facts.actors.map((a) => a.id));
  const checkActor = (actor: string, where: string) => {
    if (!known.has(actor) && !state.graph.hasNode(actor)) fail(`${where} refers to unknown actor ${actor}`);
  };
  for (const r of facts.relations) {
    const other = owner(r.id);
    if (other !== undefined && other !== id && !replaced.has(other)) fail(`relation id ${r.id} is already used by article ${other}`);
    checkActor(r.source, `relation ${r.id}`);
    checkActor(r.target, `relation ${r.id}`);
  }
  for (const m of facts.mentions) checkActor(m.actor, 'a mention');
  for (const m of facts.meetings) {
    const other = state.meetings.get(m.id)?.article;
    if (other !== undefined && other !== id && !replaced.has(other)) fail(`meeting id ${m.id} is already used by article ${other}`);
    for (const p of m.participants) checkActor(p, `meeting ${m.id}`);
  }
  return facts;
}
