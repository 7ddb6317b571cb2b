/**
 * The quote attributor component: gives each quote its speaker from the words around it —
 * `"…," he told reporters`, `"…," said Mr X`, `X said: "…"`, `According to X, "…"` — and lets an
 * unattributed quote that opens a paragraph continue the previous paragraph's speaker.
 */
import type { Component, Doc, Quote, Sentence } from '../doc.ts';
import { findSubject } from './arguments.ts';
import { personReferent } from './pronouns.ts';
import { buildContext, nextWord, prevWord, type SentenceContext } from './slots.ts';
import { isSaying, REPORTING_NOUNS } from './words.ts';

const PRONOUNS = new Set(['he', 'she', 'they']);
/** Finite verbs of saying that may follow a quote: `"…," she told X`, `"…," said Mr X`. */
const AFTER_VERBS = new Set('said says told tells added adds wrote writes insisted claimed suggested warned argued stressed explained declared announced noted replied asked admitted continued'.split(' '));
/** How many words after a closing quote mark may hold its attribution. */
const AFTER_WINDOW = 7;

/** The sentence holding `offset` (or ending right at it). */
function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  return doc.sentences.find((s) => offset >= s.start && offset <= s.end);
}

/** Who an unresolved "he said" stands for (see `personReferent`), else the last person named. */
function pronounSpeaker(ctx: SentenceContext, at: number): string | undefined {
  return personReferent(ctx, at) ?? lastPersonBefore(ctx.doc, ctx.tokens[at]?.start ?? ctx.sentence.start);
}

/** The most recent resolved person mentioned before `offset` outside quotes: a fallback for "he said". */
function lastPersonBefore(doc: Doc, offset: number): string | undefined {
  const inQuote = (at: number): boolean => doc.quotes.some((q) => at >= q.start && at < q.end);
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.actor && m.kind === 'Person' && m.end <= offset && m.via !== 'pronoun' && !inQuote(m.start)) return m.actor;
  }
  return undefined;
}

/** `"…," he said` / `"…," said Mr X` / `"…", the PM told reporters`. */
function speakerAfter(ctx: SentenceContext, q: Quote): string | undefined {
  const start = ctx.tokens.findIndex((t) => t.start >= q.end);
  if (start < 0) return undefined;
  const end = Math.min(ctx.tokens.length, start + AFTER_WINDOW + 1);
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.quoteOf[k] && ctx.quoteOf[k] !== q) return undefined;
    if (!AFTER_VERBS.has(t.lower)) continue;
    // subject before the verb, inside the window ("he told", "Mr X said")
    for (let j = prevWord(ctx, k); j >= start; j = prevWord(ctx, j)) {
      const s = ctx.endsAt.get(j);
      if (s && !s.modifier) return s?.actor;
      if (PRONOUNS.has(ctx.tokens[j]!.lower)) return pronounSpeaker(ctx, j);
    }
    // inverted: "said Mr X", "said a government spokesperson" (right after the quote)
    if (k - start > 2) return undefined;
    for (let j = nextWord(ctx, k); j < Math.min(ctx.tokens.length, k + 6); j = nextWord(ctx, j)) {
      const s = ctx.startsAt.get(j);
      if (s) return s?.actor;
    }
    return undefined;
  }
  return undefined;
}

/** `X said: "…"`, `he told the radio: "…"`, `In a letter, she said: "…"`, `According to X, "…"`. */
function speakerBefore(ctx: SentenceContext, q: Quote): string | undefined {
  let open = ctx.tokens.findIndex((t) => t.end > q.start);
  if (open < 0) open = ctx.tokens.length;
  for (let k = prevWord(ctx, open); k >= 0; k = prevWord(ctx, k)) {
    if (ctx.quoteOf[k]) return undefined;
    const t = ctx.tokens[k]!;
    if (t.lower === 'according' && ctx.tokens[k + 1]?.lower === 'to') {
      const s = ctx.startsAt.get(nextWord(ctx, k + 1)) ?? ctx.slots.find((x) => x.first > k + 1 && x.first < k + 6);
      return s?.actor;
    }
    if (isSaying(t) || REPORTING_NOUNS.has(t.lower) || t.lower === 'calling' || t.lower === 'branded') {
      const subj = findSubject(ctx, k, 0);
      const p = subj.parties[0];
      if (p) return p.actor;
      const j = prevWord(ctx, k);
      if (PRONOUNS.has(ctx.tokens[j]?.lower ?? '')) return pronounSpeaker(ctx, j);
    }
  }
  return undefined;
}

/** The subject of the clause that embeds a short quote: `X reiterated Y's "…"`. */
function embeddingSubject(ctx: SentenceContext, q: Quote): string | undefined {
  const open = ctx.tokens.findIndex((t) => t.end > q.start);
  if (open <= 0) return undefined;
  // `He said Mr X has "…"`: the one saying, not the subject of what is said
  for (let r = prevWord(ctx, open); r >= 0; r = prevWord(ctx, r)) {
    if (!isSaying(ctx.tokens[r]) || ctx.quoteOf[r]) continue;
    const said = findSubject(ctx, r, 0).parties[0]?.actor;
    if (said) return said;
    break;
  }
  const subj = findSubject(ctx, open, 0);
  return subj.parties[0]?.actor;
}

export function attributeQuotes(doc: Doc): void {
  let previous: Quote | undefined;
  for (const q of doc.quotes) {
    const startSentence = sentenceAt(doc, q.start);
    const endSentence = sentenceAt(doc, Math.max(q.start, q.end - 1));
    const opensParagraph = startSentence ? q.start - startSentence.start <= 2 : false;
    const before = startSentence ? buildContext(doc, startSentence) : undefined;
    let speaker = before && introducedBy(before, q) ? speakerBefore(before, q) : undefined;
    if (!speaker && endSentence) speaker = speakerAfter(buildContext(doc, endSentence), q);
    // the attribution may open the next sentence of the same paragraph: `…end.” he said.`
    if (!speaker && endSentence) {
      const next = doc.sentences[endSentence.index + 1];
      if (next && next.paragraph === endSentence.paragraph && next.start - q.end <= 3) speaker = speakerAfter(buildContext(doc, next), q);
    }
    if (!speaker && before) speaker = speakerBefore(before, q);
    if (!speaker && previous?.speaker && opensParagraph) {
      const prevSentence = sentenceAt(doc, previous.start);
      if (prevSentence && startSentence && startSentence.paragraph - prevSentence.paragraph <= 1) speaker = previous.speaker;
    }
    if (!speaker && before && !opensParagraph) speaker = embeddingSubject(before, q);
    if (speaker) q.speaker = speaker;
    previous = q;
  }
}

/** The quote follows a colon or comma after the words that introduce it: `X said: "…"`. */
function introducedBy(ctx: SentenceContext, q: Quote): boolean {
  const open = ctx.tokens.findIndex((t) => t.end > q.start);
  const p = ctx.tokens[prevWord(ctx, open < 0 ? ctx.tokens.length : open)];
  return p?.text === ':' || p?.text === ',';
}

export function createQuoteAttributor(): Component {
  return {
    name: 'quote-attributor',
    requires: ['sentences', 'quotes', 'mentions'],
    assigns: ['quotes'],
    run(doc: Doc): Doc {
      attributeQuotes(doc);
      return doc;
    },
  };
}
