/**
 * Compiles the cue lexicon's patterns into token matchers and finds every cue in a sentence,
 * keeping the longest match where cues overlap ("held talks with" over "talks with").
 */
import { CUES, type CueDef } from './cue-lexicon.ts';
import { inflections } from './inflect.ts';
import type { Token } from './tokens.ts';
import { BARRIER_PUNCT, PREPOSITIONS } from './words.ts';

type Element =
  | { kind: 'word'; alts: ReadonlySet<string>; optional: boolean }
  | { kind: 'gap'; max: number; prepositions: boolean };

interface CompiledCue {
  def: CueDef;
  elements: Element[];
}

/** A cue found in a sentence: token indices [first, last] into the sentence's tokens. */
export interface CueMatch {
  def: CueDef;
  first: number;
  last: number;
  /** The first token of the match: the verb or noun that carries the cue. */
  head: Token;
  /** Other cues matching exactly the same words, in lexicon order: tried when this one finds no parties. */
  alternatives?: CueDef[];
}

export const isQuoteMark = (t: Token): boolean => t.quote;

function compileElement(raw: string): Element {
  if (raw === '*') return { kind: 'gap', max: 3, prepositions: false };
  if (raw === '**') return { kind: 'gap', max: 5, prepositions: true };
  const optional = raw.startsWith('?');
  const body = optional ? raw.slice(1) : raw;
  const alts = new Set<string>();
  for (const alt of body.split('|')) {
    const lemma = /^\{(.+)\}$/.exec(alt);
    if (lemma) inflections(lemma[1]!).forEach((f) => alts.add(f));
    else alts.add(alt.replace(/’/g, "'"));
  }
  return { kind: 'word', alts, optional };
}

/** A leading optional word becomes two patterns (with and without it), so every pattern has a first word. */
function expandLeading(elements: Element[]): Element[][] {
  const first = elements[0];
  if (!first || first.kind !== 'word' || !first.optional) return [elements];
  return [[{ ...first, optional: false }, ...elements.slice(1)], ...expandLeading(elements.slice(1))];
}

const COMPILED: CompiledCue[] = CUES.flatMap((def) =>
  def.patterns.flatMap((p) => expandLeading(p.split(' ').filter(Boolean).map(compileElement)).map((elements) => ({ def, elements }))),
);

/** Patterns by their first word (each has one after `expandLeading`). */
const BY_FIRST_WORD = new Map<string, CompiledCue[]>();
for (const c of COMPILED) {
  const first = c.elements[0];
  if (!first || first.kind !== 'word') throw new Error(`cue lexicon: a pattern of "${c.def.id}" must start with a word`);
  for (const w of first.alts) BY_FIRST_WORD.set(w, [...(BY_FIRST_WORD.get(w) ?? []), c]);
}
const NONE: CompiledCue[] = [];

/** Matches `elements` from word position `at` of `words`; returns the last word position matched. */
function matchFrom(elements: Element[], e: number, words: Token[], at: number): number | null {
  if (e === elements.length) return at - 1;
  const el = elements[e]!;
  if (el.kind === 'gap') {
    // the longest reading wins: "held a bilateral meeting with" reaches "with", not "bilateral"
    let best: number | null = null;
    for (let skip = 0; skip <= el.max; skip++) {
      if (skip > 0) {
        const w = words[at + skip - 1];
        if (!w || BARRIER_PUNCT.has(w.lower) || (!el.prepositions && PREPOSITIONS.has(w.lower))) break;
      }
      const end = matchFrom(elements, e + 1, words, at + skip);
      if (end !== null && (best === null || end > best)) best = end;
    }
    return best;
  }
  const w = words[at];
  if (w && el.alts.has(w.lower)) {
    const end = matchFrom(elements, e + 1, words, at + 1);
    if (end !== null) return end;
  }
  return el.optional ? matchFrom(elements, e + 1, words, at) : null;
}

/** Every cue in the sentence; overlapping matches keep the longest (then the earliest-listed). */
export function findCues(tokens: Token[]): CueMatch[] {
  // quote marks are transparent to cues: `saying X "started" the war`
  const words = tokens.some(isQuoteMark) ? tokens.filter((t) => !isQuoteMark(t)) : tokens;
  const found: { c: CompiledCue; from: number; to: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const c of BY_FIRST_WORD.get(words[i]!.lower) ?? NONE) {
      const end = matchFrom(c.elements, 0, words, i);
      if (end !== null && end >= i) found.push({ c, from: i, to: end });
    }
  }
  found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Uint8Array(words.length);
  const out: CueMatch[] = [];
  for (const f of found) {
    let free = true;
    for (let k = f.from; k <= f.to; k++) if (taken[k]) free = false;
    if (!free) {
      // the same words read by another cue ("told X to leave" / "told X to act"): kept as a second reading
      const same = out.find((o) => o.head === words[f.from] && o.last === words[f.to]!.index);
      if (same && same.def !== f.c.def && !same.alternatives?.includes(f.c.def)) (same.alternatives ??= []).push(f.c.def);
      continue;
    }
    taken.fill(1, f.from, f.to + 1);
    out.push({ def: f.c.def, first: words[f.from]!.index, last: words[f.to]!.index, head: words[f.from]! });
  }
  return out.sort((a, b) => a.first - b.first);
}
