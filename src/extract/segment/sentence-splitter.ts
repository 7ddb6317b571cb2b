/**
 * Rule-based sentence splitter: every line of the text is at least one paragraph, and inside a
 * line a break falls after . ? ! or an ellipsis (and any closing quotes) unless the word before
 * is a title, an initial or an acronym that continues the sentence.
 */
import type { Component, Doc, Sentence, Span } from '../doc.ts';
import { ABBREVIATIONS, NUMBERED_ABBREVIATIONS, SENTENCE_OPENERS } from './abbreviations.ts';

const CLOSERS = '”’"\')]»';
/** Characters that may open a sentence after the break. */
const STARTER = /[\p{Lu}\p{N}“‘"'(\[«„•*–—-]/u;
/** . ? ! … — tested by code unit: the splitter looks at every character of the article. */
const isTerminal = (c: number): boolean => c === 46 || c === 63 || c === 33 || c === 0x2026;

/** Non-empty lines of `text`, trimmed, as spans; each one is a paragraph. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

/** The word (letters and inner dots) that ends just before `pos`, e.g. "Mr" or "U.S". */
function wordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, pos);
}

function nextWord(text: string, pos: number): string {
  return /^[\p{L}]+/u.exec(text.slice(pos, pos + 40))?.[0] ?? '';
}

/** Whether the full stop at `dot` ends a sentence whose next part starts at `next`. */
function isBreakAfterDot(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (NUMBERED_ABBREVIATIONS.has(word.toLowerCase()) && /\d/.test(text[next] ?? '')) return false;
  // an initial ("J") or an acronym with inner dots ("U.S"): break only before a sentence opener
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    return SENTENCE_OPENERS.has(nextWord(text, next).toLowerCase());
  }
  return true;
}

/** Break offsets inside the span [start, end): each is where a new sentence begins. */
function breaksIn(text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  for (let i = start; i < end; i++) {
    if (!isTerminal(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end && (isTerminal(text.charCodeAt(j)) || CLOSERS.includes(text[j]!))) j++;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) break;
    // no space: only `end.“Next` (an opening quote glued to the full stop) starts a sentence
    const glued = k === j && /[“„]/.test(text[k]!) && /\p{Lu}/u.test(text[k + 1] ?? '');
    if ((k > j || glued) && STARTER.test(text[k]!)) {
      // a lone full stop may belong to "Mr." or "U.S."; "?", "!" and ellipses always end one
      const run = text.slice(i, j).replace(/[^.?!…]/g, '');
      if (run !== '.' || isBreakAfterDot(text, i, k)) breaks.push(k);
    }
    i = k - 1;
  }
  return breaks;
}

/** Splits `text` into sentences with offsets and paragraph indices. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphSpans(text).forEach((para, paragraph) => {
    const cuts = [para.start, ...breaksIn(text, para.start, para.end), para.end];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const raw = text.slice(cuts[c], cuts[c + 1]);
      const start = cuts[c]! + (raw.length - raw.trimStart().length);
      const end = cuts[c]! + raw.trimEnd().length;
      if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph });
    }
  });
  return sentences;
}

/** The pipeline's first component: fills `doc.sentences`. */
export function createSentenceSplitter(): Component {
  return {
    name: 'sentence-splitter',
    requires: ['text'],
    assigns: ['sentences'],
    run(doc: Doc): Doc {
      doc.sentences = splitSentences(doc.text);
      return doc;
    },
  };
}
