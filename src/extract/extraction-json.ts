/**
 * The extraction JSON of /work/shared/eval/FORMAT.md, built from many articles' facts: actors
 * merged across articles, everything in a stable order so the same input gives the same bytes.
 */
import type { Actor, ArticleFacts, Meeting, Relation } from '../model/schema.ts';

export interface ExtractionJson {
  articles: { id: string; file?: string; date?: string; title?: string }[];
  actors: { id: string; kind: Actor['kind']; name: string; country?: string; aliases: string[] }[];
  mentions: { actor: string; article: string; count: number }[];
  relations: Relation[];
  meetings: Meeting[];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Merges the facts of each article (in the given order) into one extraction document. */
export function toExtractionJson(all: ArticleFacts[]): ExtractionJson {
  const out: ExtractionJson = { articles: [], actors: [], mentions: [], relations: [], meetings: [] };
  const actors = new Map<string, ExtractionJson['actors'][number]>();
  const seenArticles = new Set<string>();
  for (const facts of all) {
    const { id, file, date, title } = facts.article;
    // the same text read twice (two files) is one article: the first file keeps it
    if (seenArticles.has(id)) continue;
    seenArticles.add(id);
    out.articles.push({ id, ...(file && { file }), ...(date && { date }), ...(title && { title }) });
    for (const a of facts.actors) {
      const kept = actors.get(a.id);
      const aliases = [...new Set([...(kept?.aliases ?? []), ...a.aliases])].sort(byString);
      actors.set(a.id, { id: a.id, kind: a.kind, name: a.name, ...(a.country && { country: a.country }), ...kept, aliases });
    }
    out.mentions.push(...facts.mentions.map((m) => ({ actor: m.actor, article: m.article, count: m.count })));
    out.relations.push(...facts.relations);
    out.meetings.push(...facts.meetings);
  }
  out.actors = [...actors.values()].sort((a, b) => byString(a.id, b.id));
  return out;
}
