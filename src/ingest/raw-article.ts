/** The unit ingest hands to extraction: a cleaned article body, its metadata and its content id. */
import { createHash } from 'node:crypto';
import type { ArticleMeta } from '../extract/doc.ts';

export interface RawArticle {
  /** sha256 of the cleaned text, first 16 hex chars: the same text always gets the same id. */
  id: string;
  /** Cleaned body (boilerplate removed, paragraphs separated by blank lines). */
  text: string;
  meta: ArticleMeta;
}

/** First 16 hex chars of the sha256 of the parts joined by "|"; the one id helper of the project. */
export function contentId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 16);
}

export function createRawArticle(text: string, meta: ArticleMeta): RawArticle {
  return { id: contentId(text), text, meta };
}
