/**
 * Word tokens of one sentence with absolute offsets into `doc.text`: the unit every relation rule
 * walks. Possessive "'s" is split off its word and hyphens stand alone, so "Russia-US talks" and
 * "Keir's visit" expose their parts.
 */
import type { Span } from '../doc.ts';

export interface Token extends Span {
  text: string;
  /** Lower case with curly apostrophes straightened: the form every lexicon uses. */
  lower: string;
  index: number;
  /** A quotation mark: transparent to cues and argument search. */
  quote: boolean;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '‘', "'", '«', '»']);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu;
/** Words whose "'s" is "is"/"has", not a possessive. */
const NOT_POSSESSIVE = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'let', 'here', 'where']);

export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const push = (t: string, start: number): void => {
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + t.length, index: out.length, quote: QUOTE_MARKS.has(t) });
  };
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) {
    const start = span.start + (m.index ?? 0);
    const word = m[0];
    const n = word.length;
    const possessive = n > 2 && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === "'" || word[n - 2] === '’');
    if (possessive && !NOT_POSSESSIVE.has(word.slice(0, -2).toLowerCase())) {
      push(word.slice(0, -2), start);
      push(word.slice(-2), start + n - 2);
    } else push(word, start);
  }
  return out;
}

export const isPossessiveMark = (t: Token | undefined): boolean => t !== undefined && (t.lower === "'s" || t.lower === "'");
export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
export const isWord = (t: Token | undefined): boolean => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
