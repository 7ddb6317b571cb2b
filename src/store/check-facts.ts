/**
 * What both stores check of an article's facts before writing them: the zod schema, facts that
 * belong to another article, ids repeated inside the article. What needs the stored graph
 * (unknown actors, ids used by another article) each store checks in its own way.
 */
import { ArticleFacts } from '../model/schema.ts';
import { UserError } from '../errors.ts';

/** Parse `input` or throw a one-line UserError naming the article and the first problem. */
export function checkFactsShape(input: unknown): ArticleFacts {
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
  const once = (seen: Set<string>, key: string, what: string) => {
    if (seen.has(key)) fail(`${what} appears twice`);
    seen.add(key);
  };
  const relations = new Set<string>();
  for (const r of facts.relations) {
    if (r.article !== id) fail(`relation ${r.id} belongs to article ${r.article}`);
    once(relations, r.id, `relation ${r.id}`);
  }
  for (const m of facts.mentions) if (m.article !== id) fail(`a mention of ${m.actor} belongs to article ${m.article}`);
  const meetings = new Set<string>();
  for (const m of facts.meetings) {
    if (m.article !== id) fail(`meeting ${m.id} belongs to article ${m.article}`);
    once(meetings, m.id, `meeting ${m.id}`);
  }
  return facts;
}
