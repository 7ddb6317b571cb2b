/**
 * Word tokens of one sentence with absolute offsets into `doc.text`: the unit every relation rule
 * walks. Possessive "'s" is split off its word and hyphens stand alone, so "X-Y talks" and
 * "Anna's visit" expose their parts.
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

/** Words whose "'s" is "is"/"has", not a possessive. */
const NOT_POSSESSIVE = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'let', 'here', 'where']);

/** Character classes by code unit, computed once: 1 = letter or digit, 2 = white space, 0 = other. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /[\p{L}\p{N}]/u.test(ch) ? 1 : /\s/u.test(ch) ? 2 : 0;
}
/** Lower-case keys by surface form: news reuses a small vocabulary. */
const LOWER = new Map<string, string>();
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Words (letters and digits, with one inner apostrophe: "haven't", "I've"), each other non-space
 * character alone; a trailing possessive "'s" becomes its own token.
 */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number): void => {
    const t = text.slice(start, end);
    let lower = LOWER.get(t);
    if (lower === undefined) {
      lower = t.toLowerCase().replace(/’/g, "'");
      if (LOWER.size < 100_000) LOWER.set(t, lower);
    }
    out.push({ text: t, lower, start, end, index: out.length, quote: QUOTE_MARKS.has(t) });
  };
  let i = span.start;
  while (i < span.end) {
    const c = text.charCodeAt(i);
    const k = CLASS[c]!;
    if (k === 2) {
      i++;
      continue;
    }
    if (k === 0) {
      push(i, i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < span.end && CLASS[text.charCodeAt(j)] === 1) j++;
    // one inner apostrophe followed by letters: "haven't", "Anna's"
    if (j + 1 < span.end && isApostrophe(text.charCodeAt(j)) && CLASS[text.charCodeAt(j + 1)] === 1) {
      j += 2;
      while (j < span.end && CLASS[text.charCodeAt(j)] === 1) j++;
    }
    const n = j - i;
    const possessive = n > 2 && (text[j - 1] === 's' || text[j - 1] === 'S') && isApostrophe(text.charCodeAt(j - 2));
    if (possessive && !NOT_POSSESSIVE.has(text.slice(i, j - 2).toLowerCase())) {
      push(i, j - 2);
      push(j - 2, j);
    } else push(i, j);
    i = j;
  }
  return out;
}

export const isPossessiveMark = (t: Token | undefined): boolean => t !== undefined && (t.lower === "'s" || t.lower === "'");
export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
export const isWord = (t: Token | undefined): boolean => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
