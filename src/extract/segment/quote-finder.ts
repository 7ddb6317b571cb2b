/**
 * Finds quoted spans: straight and curly double quotes (and the „…“ style), single curly quotes,
 * and quotes that run over several paragraphs, where each paragraph reopens with a quote mark
 * and only the last one closes it.
 */
import type { Component, Doc, Quote, Sentence, Span } from '../doc.ts';
import { paragraphSpans } from './sentence-splitter.ts';

const OPENERS = '“„';
const CLOSER = '”';
const STRAIGHT = '"';

/**
 * Raw quoted spans (inner text, without the marks) inside one paragraph, and where a double
 * quote still open at the paragraph's end began. Single curly quotes (‘…’, the British style)
 * count only outside double quotes, open before a word and close before a non-letter, so the
 * apostrophes of "Ukraine’s" or "don’t" are never taken for quote marks.
 */
function quotesInParagraph(text: string, para: Span): { spans: Span[]; openAt: number | null } {
  const spans: Span[] = [];
  let openAt: number | null = null;
  let singleAt: number | null = null;
  for (let i = para.start; i < para.end; i++) {
    // most characters are none of the marks: skip them before any string work
    const code = text.charCodeAt(i);
    if (code !== 34 && (code < 0x2018 || code > 0x201e)) continue;
    const c = text[i]!;
    if (openAt === null && (OPENERS.includes(c) || c === STRAIGHT)) {
      openAt = i + 1;
      singleAt = null;
    } else if (openAt !== null && (c === CLOSER || c === STRAIGHT || c === '“')) {
      spans.push({ start: openAt, end: i });
      openAt = null;
    } else if (openAt === null && c === '‘' && /^\s?$/.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
      singleAt = i + 1;
    } else if (singleAt !== null && c === '’' && !/\p{L}/u.test(text[i + 1] ?? '')) {
      spans.push({ start: singleAt, end: i });
      singleAt = null;
    }
  }
  return { spans, openAt };
}

/** Indices of the sentences overlapping `span`; `sentences` are in text order, so they form one run. */
function sentencesOf(span: Span, sentences: Sentence[]): number[] {
  // binary search for the first sentence ending after the span starts
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end > span.start) hi = mid;
    else lo = mid + 1;
  }
  const out: number[] = [];
  for (let k = lo; k < sentences.length && sentences[k]!.start < span.end; k++) if (sentences[k]!.end > span.start) out.push(sentences[k]!.index);
  return out;
}

/** The quoted spans of `text`; multi-paragraph quotes become one quote whose text joins the parts. */
export function findQuotes(text: string, sentences: Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  const paragraphs = paragraphSpans(text);
  // parts of a quote still open at the end of the previous paragraph
  let pending: Span[] = [];
  const flush = (parts: Span[]): void => {
    const pieces = parts.map((p) => text.slice(p.start, p.end).trim()).filter(Boolean);
    if (!pieces.length) return;
    const span = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
    quotes.push({ ...span, text: pieces.join(' '), sentences: sentencesOf(span, sentences) });
  };
  for (const para of paragraphs) {
    const { spans, openAt } = quotesInParagraph(text, para);
    const continues = pending.length > 0 && OPENERS.concat(STRAIGHT).includes(text[para.start]!);
    if (pending.length && !continues) {
      flush(pending);
      pending = [];
    }
    spans.forEach((s, n) => {
      if (n === 0 && pending.length) {
        flush([...pending, s]);
        pending = [];
      } else flush([s]);
    });
    if (openAt !== null) pending.push({ start: openAt, end: para.end });
    else if (pending.length && !spans.length) {
      flush(pending);
      pending = [];
    }
  }
  if (pending.length) flush(pending);
  return quotes;
}

/** Fills `doc.quotes` from the text and its sentences. */
export function createQuoteFinder(): Component {
  return {
    name: 'quote-finder',
    requires: ['sentences'],
    assigns: ['quotes'],
    run(doc: Doc): Doc {
      doc.quotes = findQuotes(doc.text, doc.sentences);
      return doc;
    },
  };
}
