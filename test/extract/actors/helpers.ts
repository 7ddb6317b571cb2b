/** Builds extraction documents by hand for the actor components' tests, and runs the two components. */
import { createDoc, type Doc, type Mention } from '../../../src/extract/doc.ts';
import { createEntityRuler, createResolver } from '../../../src/extract/actors/index.ts';
import { createQuoteFinder, createSentenceSplitter } from '../../../src/extract/segment/index.ts';

/** A document whose sentences end at ". ", "? " or "! " — enough for hand-written examples. */
export function handDoc(text: string, date?: string): Doc {
  const doc = createDoc(text, date ? { date } : {});
  const re = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
  let index = 0;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = (m.index ?? 0) + lead;
    doc.sentences.push({ index: index++, start, end: start + body.length, text: body, paragraph: 0 });
  }
  for (const q of text.matchAll(/“[^”]*”/g)) {
    const start = q.index ?? 0;
    doc.quotes.push({ start, end: start + q[0].length, text: q[0], sentences: [] });
  }
  return doc;
}

const ruler = createEntityRuler();
const resolver = createResolver();

export const rule = (text: string, date?: string): Doc => ruler.run(handDoc(text, date));
export const resolve = (text: string, date?: string): Doc => resolver.run(ruler.run(handDoc(text, date)));

const splitter = createSentenceSplitter();
const quoteFinder = createQuoteFinder();
/** A whole article through the real segmenter, then the two actor components. */
export const resolveArticle = (text: string, date?: string): Doc =>
  [splitter, quoteFinder, ruler, resolver].reduce((d, c) => c.run(d), createDoc(text, date ? { date } : {}));

/** The mention whose text is `surface` (the n-th one when it occurs several times). */
export function mention(doc: Doc, surface: string, n = 0): Mention | undefined {
  return doc.mentions.filter((m) => m.text === surface)[n];
}

/** Actor ids of the acting (non-modifier) mentions, in order. */
export const acting = (doc: Doc): (string | null)[] => doc.mentions.filter((m) => !m.modifier).map((m) => m.actor);
