/** Plain-text articles: an optional leading ` date YYYY-MM-DD` header, then the page text. */
import type { ArticleMeta } from '../extract/doc.ts';
import { cleanText } from './boilerplate.ts';
import { normaliseDate } from './dates.ts';

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

/** The cleaned text and what the header says about the article. */
export function parseTxt(raw: string): { text: string; meta: ArticleMeta } {
  const header = DATE_HEADER.exec(raw);
  const date = normaliseDate(header?.[1]);
  const text = cleanText(header ? raw.slice(header[0].length) : raw);
  return { text, meta: date ? { date, dateSource: 'header' } : {} };
}
