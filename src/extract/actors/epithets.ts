/**
 * Epithets: a definite description of a person by what they are rather than by an office ("the
 * veteran leftist", "the 77-year-old", "the embattled leader"). News uses them to refer back to
 * the person the story is about; in subject position such a description means the subject of the
 * sentences just before it, or the name it stands beside in apposition.
 */
import type { Doc, Mention } from '../doc.ts';
import type { ArticlePeople, ArticlePerson } from './article-people.ts';
import { isSubject } from './pronouns.ts';
import type { Token } from './tokens.ts';

/** Nouns that describe a person without naming an office. */
const HEADS = new Set(`leftist rightist populist nationalist socialist communist centrist conservative liberal veteran strongman
  autocrat firebrand hardliner moderate reformer reformist incumbent newcomer octogenarian septuagenarian sexagenarian
  nonagenarian guerrilla dissident leader statesman stateswoman politician`.split(/\s+/));
/** Heads that describe only with a qualifier before them: "the veteran leader", not "the leader" (of what?). */
const NEED_QUALIFIER = new Set(['leader', 'conservative', 'liberal', 'moderate']);
/** Qualifiers of an epithet: "the veteran leftist", "the former guerrilla", "the 77-year-old". */
const QUALIFIERS = new Set(`veteran former ex embattled beleaguered combative outspoken ageing aging elderly young seasoned
  wily charismatic divisive controversial hardline left-wing right-wing leftwing rightwing populist nationalist socialist
  conservative liberal firebrand maverick`.split(/\s+/));
/** What may follow an epithet in subject position: a verb, an auxiliary or an adverb before one. */
const AFTER_SUBJECT = /^(?:is|was|has|had|will|would|can|could|should|must|may|might|did|does|also|then|later|still|now|again|already|said|says|told|added|\p{Ll}+ed|\p{Ll}+s)$/u;
const NOT_VERBS = new Set(['its', 'his', 'hers', 'this', 'as', 'us']);

/** "77-year-old" at token `i`: the index after it, or -1. */
function age(tokens: Token[], i: number): number {
  if (!/^\d{2,3}$/.test(tokens[i]?.text ?? '')) return -1;
  const words = ['-', 'year', '-', 'old'];
  for (let k = 0; k < 4; k++) if (tokens[i + 1 + k]?.lower !== words[k]) return -1;
  return i + 5;
}

/**
 * An epithet in subject position starting at `i` ("The veteran leftist is due to …") or in
 * apposition (", the veteran leftist,"): the index after it, or -1. It needs "the", a person noun
 * (or an age) as its head, and a verb after it or commas around it.
 */
export function readEpithet(tokens: Token[], i: number): number {
  if (tokens[i]?.lower !== 'the') return -1;
  let k = i + 1;
  let qualified = false;
  for (let n = 0; n < 3; n++) {
    const a = age(tokens, k);
    if (a >= 0) {
      k = a;
      qualified = true;
      continue;
    }
    const w = tokens[k];
    // a hyphenated qualifier ("left-wing") comes as three tokens
    if (w && tokens[k + 1]?.text === '-' && QUALIFIERS.has(`${w.lower}-${tokens[k + 2]?.lower ?? ''}`)) {
      k += 3;
      qualified = true;
      continue;
    }
    // a word that may be either ("the veteran populist") is the head when nothing describing follows
    const next = tokens[k + 1]?.lower ?? '';
    if (!w || !QUALIFIERS.has(w.lower) || !(HEADS.has(next) || QUALIFIERS.has(next) || age(tokens, k + 1) >= 0)) break;
    k++;
    qualified = true;
  }
  const head = tokens[k];
  let end: number;
  if (head && HEADS.has(head.lower) && /^\p{Ll}/u.test(head.text) && (qualified || !NEED_QUALIFIER.has(head.lower))) end = k + 1;
  else if (qualified && age(tokens, k - 5) === k) end = k; // "the 77-year-old" alone
  else return -1;
  const next = tokens[end];
  // "Lula, the veteran leftist, said": an apposition between commas
  if (next?.text === ',' && tokens[i - 1]?.text === ',') return end;
  if (!next || !AFTER_SUBJECT.test(next.text) || NOT_VERBS.has(next.lower)) return -1;
  return end;
}

/**
 * The person an epithet refers to: the person it stands beside in apposition, else the subject of
 * the nearest earlier sentence (within two) that names someone outside quotation marks. Otherwise
 * none: not a person named earlier in the same sentence (the description means someone else),
 * nor inside a quotation.
 */
export function resolveEpithet(m: Mention, earlier: Mention[], people: ArticlePeople, doc: Doc): ArticlePerson | undefined {
  if (doc.quotes.some((q) => q.start <= m.start && m.end <= q.end)) return undefined;
  const outsideQuotes = (x: Mention): boolean => !doc.quotes.some((q) => q.start <= x.start && x.end <= q.end);
  const isPerson = (x: Mention): boolean => x.kind === 'Person' && !!x.actor && !x.modifier && outsideQuotes(x);
  const last = earlier[earlier.length - 1];
  // "Lula, the veteran leftist, said": an apposition names the same person
  if (last && last.sentence === m.sentence && isPerson(last) && /^\s*,\s*$/.test(doc.text.slice(last.end, m.start))) return people.get(last.actor!);
  if (earlier.some((x) => x.sentence === m.sentence && isPerson(x))) return undefined;
  for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - 2); s--) {
    const inSentence = earlier.filter((x) => x.sentence === s && isPerson(x));
    if (!inSentence.length) continue;
    const subject = inSentence.find((x) => isSubject(doc, x));
    return subject ? people.get(subject.actor!) : undefined;
  }
  return undefined;
}
