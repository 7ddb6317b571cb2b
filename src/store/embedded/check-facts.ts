/**
 * Everything that could make a write fail, checked before anything is journalled or applied:
 * the zod schema, facts that belong to another article, actors nobody defines, and relation or
 * meeting ids already used by another article. After this, applying the facts cannot fail.
 */
import { ArticleFacts } from '../../model/schema.ts';
import { UserError } from '../../errors.ts';
import type { GraphState } from './graph-state.ts';

/** Parse and check `input` against the current state; return the parsed facts or throw UserError. */
export function checkFacts(input: unknown, state: GraphState): ArticleFacts {
  const parsed = ArticleFacts.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const id = (input as { article?: { id?: unknown } } | undefined)?.article?.id;
    throw new UserError(`article ${String(id ?? '?')}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const facts = parsed.data;
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
  const seen = new Set<string>();
  for (const r of facts.relations) {
    if (r.article !== id) fail(`relation ${r.id} belongs to article ${r.article}`);
    if (seen.has(r.id)) fail(`relation ${r.id} appears twice`);
    seen.add(r.id);
    const other = owner(r.id);
    if (other !== undefined && other !== id && !replaced.has(other)) fail(`relation id ${r.id} is already used by article ${other}`);
    checkActor(r.source, `relation ${r.id}`);
    checkActor(r.target, `relation ${r.id}`);
  }
  const meetingIds = new Set<string>();
  for (const m of facts.mentions) {
    if (m.article !== id) fail(`a mention of ${m.actor} belongs to article ${m.article}`);
    checkActor(m.actor, 'a mention');
  }
  for (const m of facts.meetings) {
    if (m.article !== id) fail(`meeting ${m.id} belongs to article ${m.article}`);
    if (meetingIds.has(m.id)) fail(`meeting ${m.id} appears twice`);
    meetingIds.add(m.id);
    const other = state.meetings.get(m.id)?.article;
    if (other !== undefined && other !== id && !replaced.has(other)) fail(`meeting id ${m.id} is already used by article ${other}`);
    for (const p of m.participants) checkActor(p, `meeting ${m.id}`);
  }
  return facts;
}
