/**
 * How reads see a relation: its effective date (own date, else its article's), the shared
 * "effective date, then id, undated last" order, and the join with its article for evidence.
 */
import type { Relation } from '../../model/schema.ts';
import type { RelationWithArticle } from '../graph-store.ts';
import type { GraphState } from './graph-state.ts';

export function effectiveDate(state: GraphState, relation: Relation): string | undefined {
  return relation.date ?? state.articles.get(relation.article)?.date;
}

/** Order by date (undated last), then id; works for relations (via `dateOf`) and meetings. */
export function byDateThenId<T extends { id: string }>(dateOf: (x: T) => string | undefined) {
  return (a: T, b: T): number => {
    const da = dateOf(a);
    const db = dateOf(b);
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** A copy of the relation with its article's title, date, source and url (absent stays absent). */
export function withArticle(state: GraphState, relation: Relation): RelationWithArticle {
  const article = state.articles.get(relation.article);
  const joined: RelationWithArticle = { ...relation };
  if (article?.title !== undefined) joined.articleTitle = article.title;
  if (article?.date !== undefined) joined.articleDate = article.date;
  if (article?.source !== undefined) joined.articleSource = article.source;
  if (article?.url !== undefined) joined.articleUrl = article.url;
  return joined;
}
