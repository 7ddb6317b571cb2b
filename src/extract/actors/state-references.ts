/**
 * References to a state without its name: "the administration", "the foreign ministry", "the
 * government" (of the state in focus) and "it"/"its" (for a state or organisation just named).
 */
import type { Mention } from '../doc.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { ResolveContext } from './resolve-context.ts';
import { tokenize, type Token } from './tokens.ts';

/** Heads of an institution that stands for its state. */
const INSTITUTIONS = new Set(['administration', 'government', 'ministry', 'cabinet', 'office']);
/** Words allowed between "the" and the head: "the foreign ministry", "the presidential office". */
const INSTITUTION_QUALIFIERS = new Set(['foreign', 'external', 'affairs', 'interior', 'defence', 'defense', 'presidential', 'federal', 'national', 'central']);
/** After a subject "it": copulas and modals of an expletive "it is clear", "it would cost". */
const EXPLETIVE_NEXT = new Set('is was be been being seems seemed appears appeared remains remained would will may might could should must can cannot takes took became becomes happened happens means meant matters mattered'.split(' '));
/** Words after which an "it" opens a clause. */
const CLAUSE_OPENER = new Set([',', ';', ':', '—', '–', 'and', 'but', 'because', 'as', 'while', 'when', 'after', 'since', 'what', 'which', 'that', 'though', 'although', 'if']);
const LOWER_WORD = /^\p{Ll}+$/u;
/** Text after a state's mention that makes it the owner of an institution: "India's external affairs ministry". */
const OWNS_INSTITUTION = /^(?:['’]s)?(?:\s+\p{Ll}+){0,2}\s+(administration|government|ministry|cabinet|office)\b/u;

/** A sentence opening with its scene: "In Washington, …". */
const FRONTED_PLACE = /^In ((?:the )?\p{Lu}[\p{L}' ]{1,30}),/u;

export interface StateReference {
  end: number;
  /** Decided at once ("In Taipei, the presidential office"), else left to the resolver. */
  actor: string | null;
}

/** Reads "the [qualifiers] administration|government|ministry|…" or a subject "it"/possessive "its" at `i`. */
export function readStateReference(tokens: Token[], i: number, gaz: Gazetteer): StateReference | null {
  const t = tokens[i]!;
  if (t.lower === 'it' || t.lower === 'its') {
    const next = tokens[i + 1];
    if (!next || !LOWER_WORD.test(next.text)) return null;
    // only a clause-opening subject "it": "It said", "…, it thanked", "what it called" — not "backed it"
    if (t.lower === 'it' && (EXPLETIVE_NEXT.has(next.lower) || (i > 0 && !CLAUSE_OPENER.has(tokens[i - 1]!.lower)))) return null;
    return { end: i + 1, actor: null };
  }
  if (t.lower !== 'the') return null;
  let k = i + 1;
  while (k < i + 4 && INSTITUTION_QUALIFIERS.has(tokens[k]?.lower ?? '')) k++;
  const head = tokens[k];
  if (!head || !INSTITUTIONS.has(head.lower) || !LOWER_WORD.test(head.text)) return null;
  if (head.lower === 'office' && tokens[k - 1]?.lower !== 'presidential') return null;
  // "the government of India" names its state; "the government of failing" does not
  if (tokens[k + 1]?.lower === 'of' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) return null;
  // "In Taipei, the presidential office": the state of the fronted place
  let actor: string | null = null;
  if (tokens[0]?.lower === 'in') {
    const place = gaz.matcher.longest(tokens, 1);
    const e = place?.values.find((v) => v.kind === 'Country');
    if (place && e && tokens[1 + place.length]?.text === ',' && 1 + place.length < i) actor = e.id;
  }
  return { end: k + 1, actor };
}

/** The state an unresolved reference stands for, or undefined (the resolver then drops the mention). */
export function resolveStateReference(m: Mention, ctx: ResolveContext): string | undefined {
  const isState = (x: Mention) => !!x.actor && !x.modifier && (x.kind === 'Country' || x.kind === 'Organization' || x.kind === 'Group');
  const word = m.text.toLowerCase();
  if (word === 'it' || word === 'its') {
    // the first state of the sentence, else of the sentence before: the subject the text carries on
    for (const s of [m.sentence, m.sentence - 1]) {
      const first = ctx.resolved.find((x) => x.sentence === s && x.start < m.start && isState(x));
      if (first) return first.actor!;
    }
    return undefined;
  }
  const head = word.split(/\s+/).pop()!;
  // the state whose institution of that kind was last named: "India's external affairs ministry … The ministry"
  for (let k = ctx.resolved.length - 1; k >= 0; k--) {
    const x = ctx.resolved[k]!;
    if (x.sentence < m.sentence - 3) break;
    if (!isState(x) || x.kind !== 'Country') continue;
    const owned = OWNS_INSTITUTION.exec(ctx.doc.text.slice(x.end, x.end + 60))?.[1];
    if (owned === head || x.text.toLowerCase().endsWith(head)) return x.actor!;
  }
  // "In Washington, President X spoke. The administration …": the state the previous sentence is set in
  const prev = ctx.doc.sentences[m.sentence - 1];
  const scene = prev ? FRONTED_PLACE.exec(ctx.doc.text.slice(prev.start, prev.start + 40))?.[1] : undefined;
  if (scene) {
    const tokens = tokenize(scene);
    const place = ctx.gaz.matcher.longest(tokens, 0);
    const e = place?.length === tokens.length ? place.values.find((v) => v.kind === 'Country') : undefined;
    if (e) return e.id;
  }
  // the government or administration of the article's home state
  if (head === 'government' || head === 'administration') return ctx.home()[0];
  return undefined;
}
