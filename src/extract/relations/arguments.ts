/**
 * Finds who performs a cue without a parser: the subject (the nearest acting mention before the
 * cue that is not an object, through relative clauses and coordination), co-agents ("along with
 * X") and the owner of a cue noun ("X's talks with").
 */
import { COORD, coordinateBack, coordinateForward } from './coordination.ts';
import { isObject, nextWord, prevWord, slotEndingAt, type SentenceContext, type Slot } from './slots.ts';
import { isPossessiveMark, type Token } from './tokens.ts';
import { DETERMINERS, isSaying, OBJECT_REPORTING_VERBS, POSSESSIVE_PRONOUNS, PREPOSITIONS, PRONOUN_SELF, RELATIVES, REPORTING_VERBS, TITLE_WORDS } from './words.ts';

/** A party found for a cue: a mention's slot, or the speaker of the enclosing quote. */
export type Party = { actor: string; slot?: Slot };

/** Verbs of saying that take a clause: a cue after one belongs to that clause. */
const CLAUSE_REPORTING = new Set([...REPORTING_VERBS].filter((v) => !OBJECT_REPORTING_VERBS.has(v) && !/ing$/.test(v)));
export const QUANTIFIERS = new Set(['both', 'all', 'each', 'neither', 'none', 'some', 'one', 'two', 'many', 'most']);

export const asParty = (s: Slot): Party => ({ actor: s.actor, slot: s });

/** The antecedent of a relative pronoun at `rel` ("X, who ...", "X, both of whom ..."). */
export function antecedent(ctx: SentenceContext, rel: number): Slot[] | null {
  let p = prevWord(ctx, rel);
  if (ctx.tokens[p]?.lower === 'of' && QUANTIFIERS.has(ctx.tokens[prevWord(ctx, p)]?.lower ?? '')) p = prevWord(ctx, prevWord(ctx, p));
  if (ctx.tokens[p]?.lower === ',') p = prevWord(ctx, p);
  const s = slotEndingAt(ctx, p);
  if (s && !s.modifier) {
    // "X's remarks about Y, which ...": the relative qualifies the head noun, not its PP object
    const before = ctx.tokens[prevWord(ctx, s.first)];
    if (before && PREPOSITIONS.has(before.lower) && ctx.tokens[rel]?.lower === 'which') {
      const head = prevWord(ctx, s.first) - 1;
      const owner = isPossessiveMark(ctx.tokens[head - 1]) ? ctx.endsAt.get(head - 2) : undefined;
      return owner ? [owner] : null;
    }
    return coordinateBack(ctx, s);
  }
  // "the talks, which ...": a noun antecedent names no party
  return null;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const RELATIVE_AUXILIARIES = new Set(['had', 'has', 'have', 'would', 'will', 'did', 'does', 'do', "'d", "'ve", 'also', 'once', 'later', 'then', 'repeatedly', 'publicly', 'previously', 'recently', 'openly', 'often', 'long']);

/** The head and the subject of an object relative clause around a cue: "X, whom he accused of …". */
export interface ObjectRelative {
  /** The antecedent: what the cue acts on. */
  targets: Slot[];
  /** The subject inside the clause, when it is a named (or resolved) party. */
  subject?: Slot;
  /** Token of a subject pronoun the resolver left open, for a fallback reading. */
  pronoun?: number;
}

/**
 * "Y, whom X accused of …", "Y, who X had branded a traitor": the cue's object is the head of the
 * relative clause, and its subject is the party right after the relative pronoun. "who" opens an
 * object relative only with a subject of its own before the verb ("Y, who met X" is a subject relative).
 */
export function objectRelative(ctx: SentenceContext, cue: number): ObjectRelative | null {
  let k = prevWord(ctx, cue);
  while (k >= 0 && (RELATIVE_AUXILIARIES.has(ctx.tokens[k]!.lower) || /^\p{Ll}+ly$/u.test(ctx.tokens[k]!.text))) k = prevWord(ctx, k);
  const subject = slotEndingAt(ctx, k);
  const pronounAt = !subject && SUBJECT_PRONOUNS.has(ctx.tokens[k]?.lower ?? '') ? k : -1;
  if (!subject && pronounAt < 0) return null;
  const rel = prevWord(ctx, subject ? subject.first : pronounAt);
  const w = ctx.tokens[rel]?.lower ?? '';
  // not "that": after a verb it opens a clause of saying ("told Y that it condemned …")
  if (w !== 'whom' && w !== 'who') return null;
  if (subject && (subject.modifier || subject.possessive)) return null;
  const targets = antecedent(ctx, rel);
  if (!targets?.length || (subject && targets.some((t) => t.actor === subject.actor))) return null;
  return { targets, ...(subject && { subject }), ...(pronounAt >= 0 && { pronoun: pronounAt }) };
}

/**
 * The relative pronoun opening a ", who … ," clause that holds `s` and closes before `cue`; the
 * clause may go on a few words past the party ("X, who heads Y's ruling council, accused …").
 */
function enclosingRelative(ctx: SentenceContext, s: Slot, cue: number): number | undefined {
  let close = nextWord(ctx, s.possessive ? s.last + 1 : s.last);
  for (let n = 0; n < 4 && close < cue && /^\p{Ll}+$/u.test(ctx.tokens[close]!.text) && !ctx.startsAt.has(close); n++) close = nextWord(ctx, close);
  if (ctx.tokens[close]?.lower !== ',' || close >= cue) return undefined;
  for (let k = prevWord(ctx, s.first); k >= 0; k = prevWord(ctx, k)) {
    const w = ctx.tokens[k]!.lower;
    if (RELATIVES.has(w)) return ctx.tokens[prevWord(ctx, k)]?.lower === ',' || QUANTIFIERS.has(ctx.tokens[prevWord(ctx, prevWord(ctx, k))]?.lower ?? '') ? k : undefined;
    if (w === ',' || w === ';') return undefined;
  }
  return undefined;
}

export interface SubjectResult {
  parties: Party[];
  /** How the subject was found, for the rule name and confidence. */
  via: 'subject' | 'relative' | 'possessor' | 'speaker' | 'fronted' | 'none';
}

const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * Does the verb of saying at `v` open a clause whose own subject is a noun that names no actor
 * ("said troops would …")? Not when it is followed by a conjunction or preposition ("says but
 * refuses", "wrote to"), nor when its clause starts with a pronoun that may be the sayer.
 */
function opensForeignClause(ctx: SentenceContext, v: number): boolean {
  let k = nextWord(ctx, v);
  if (ctx.tokens[k]?.lower === 'that') k = nextWord(ctx, k);
  const w = ctx.tokens[k];
  if (!w || !/^[\p{L}]/u.test(w.text)) return false;
  if (PREPOSITIONS.has(w.lower) || COORD.has(w.lower) || w.lower === 'but') return false;
  return !CLAUSE_SUBJECT_PRONOUNS.has(w.lower) && !ctx.startsAt.has(k);
}

const NOT_IN_NOUN_PHRASE = new Set(['would', 'will', 'could', 'should', 'must', 'may', 'might', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'to', 'not', 'that']);

/** Only determiners and adjectives lie between a verb at `v` and a cue noun at `cue`: "announced new sanctions". */
function isObjectPhrase(ctx: SentenceContext, v: number, cue: number): boolean {
  let n = 0;
  for (let k = nextWord(ctx, v); k < cue; k = nextWord(ctx, k), n++) {
    const w = ctx.tokens[k]!;
    if (n >= 3 || !/^[\p{Ll}-]+$/u.test(w.text) || NOT_IN_NOUN_PHRASE.has(w.lower) || PREPOSITIONS.has(w.lower)) return false;
  }
  return true;
}

/** Adverbs that may sit between "and" and a coordinated verb: "and later called on". */
const VP_ADVERBS = new Set(['also', 'then', 'later', 'again', 'further', 'separately', 'subsequently', 'jointly']);

/**
 * "X announced new sanctions on Y and called on Z": the verb of saying took a noun phrase as its
 * object, and the cue at `cue` is a verb phrase coordinated after it ("and …"), so both share the
 * clause subject. A clause ("said troops would …", "said that …") has an auxiliary or a past verb
 * of its own before the "and", and keeps the cue to itself.
 */
function coordinatedAfterObject(ctx: SentenceContext, v: number, cue: number): boolean {
  let and = prevWord(ctx, cue);
  while (and > v && VP_ADVERBS.has(ctx.tokens[and]!.lower)) and = prevWord(ctx, and);
  if (ctx.tokens[and]?.lower !== 'and' || and - v > 14) return false;
  let words = 0;
  for (let k = nextWord(ctx, v); k < and; k = nextWord(ctx, k)) {
    const w = ctx.tokens[k]!;
    if (NOT_IN_NOUN_PHRASE.has(w.lower) || w.lower === ';' || w.lower === ':' || RELATIVES.has(w.lower)) return false;
    // a past verb of its own ("said the talks failed and …"), unless it qualifies a noun ("the agreed text")
    if (/^\p{Ll}{3,}ed$/u.test(w.text) && !DETERMINERS.has(ctx.tokens[prevWord(ctx, k)]?.lower ?? '')) return false;
    if (/^[\p{L}\p{N}]/u.test(w.text)) words++;
  }
  return words > 0;
}

/** The subject of a cue starting at token `from`, looking back no further than `scopeStart`. */
export function findSubject(ctx: SentenceContext, from: number, scopeStart: number, nominal = false): SubjectResult {
  for (let j = prevWord(ctx, from); j >= scopeStart; j = prevWord(ctx, j)) {
    const t = ctx.tokens[j]!;
    if (t.lower === ';' || t.lower === ':') break;
    if (RELATIVES.has(t.lower)) {
      const a = antecedent(ctx, j);
      return a ? { parties: a.map(asParty), via: 'relative' } : { parties: [], via: 'none' };
    }
    if (PRONOUN_SELF.has(t.lower) && ctx.quoteOf[j]) return { parties: [], via: 'speaker' };
    // "X said troops would travel": the cue sits in what was said, whose subject names no actor
    // ("X announced new sanctions on Y" is no clause: the cue noun is the verb's object)
    // ("warning that stopping aid would encourage Y to …": a participle of saying opens one with "that")
    const reports = (CLAUSE_REPORTING.has(t.lower) && isSaying(t)) || (REPORTING_VERBS.has(t.lower) && /ing$/.test(t.lower) && ctx.tokens[nextWord(ctx, j)]?.lower === 'that');
    if (reports && !ctx.quoteOf[j] && opensForeignClause(ctx, j) && !(nominal && isObjectPhrase(ctx, j, from)) && !coordinatedAfterObject(ctx, j, from)) {
      return { parties: [], via: 'none' };
    }
    const s = slotEndingAt(ctx, j);
    if (!s) continue;
    j = s.first;
    if (s.modifier || isObject(ctx, s)) continue;
    // "X, who accompanied Y, held talks": a party inside a closed relative clause is not the subject
    const rel = enclosingRelative(ctx, s, from);
    if (rel !== undefined) {
      const a = antecedent(ctx, rel);
      return a ? { parties: a.map(asParty), via: 'relative' } : { parties: [], via: 'none' };
    }
    return { parties: withCoAgents(ctx, coordinateBack(ctx, s), from).map(asParty), via: 'subject' };
  }
  return { parties: [], via: 'none' };
}

const CO_AGENT = /^(along with|together with|alongside|joined with|joined by|worked with|working with|jointly with)$/;

/** Adds parties named as acting together with the subject, between it and the cue. */
function withCoAgents(ctx: SentenceContext, subjects: Slot[], cue: number): Slot[] {
  const out = [...subjects];
  const last = subjects[subjects.length - 1]!;
  for (let k = last.last + 1; k < cue; k++) {
    const two = `${ctx.tokens[k]?.lower} ${ctx.tokens[k + 1]?.lower}`;
    const one = ctx.tokens[k]?.lower ?? '';
    const start = CO_AGENT.test(two) ? k + 2 : one === 'alongside' ? k + 1 : -1;
    if (start < 0) continue;
    let j = start;
    while (j < cue && (DETERMINERS.has(ctx.tokens[j]!.lower) || TITLE_WORDS.has(ctx.tokens[j]!.lower))) j++;
    const s = ctx.startsAt.get(j);
    if (s && !s.modifier) out.push(...coordinateForward(ctx, s));
  }
  return out;
}

/** The possessor right before a nominal cue: "X's talks with", "X's firm support for". */
export function possessorOf(ctx: SentenceContext, cueFirst: number): Slot | undefined {
  let k = prevWord(ctx, cueFirst);
  let skipped = 0;
  const isFiller = (t: Token): boolean => /^[\p{Ll}-]/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !COORD.has(t.lower) && t.lower !== 'but';
  while (k >= 0 && skipped < 3 && !isPossessiveMark(ctx.tokens[k]) && !ctx.endsAt.has(k) && isFiller(ctx.tokens[k]!)) {
    k = prevWord(ctx, k);
    skipped++;
  }
  const pronoun = ctx.endsAt.get(k);
  if (pronoun && POSSESSIVE_PRONOUNS.has(pronoun.mention.text.toLowerCase())) return pronoun;
  if (!isPossessiveMark(ctx.tokens[k])) return undefined;
  const s = ctx.endsAt.get(k - 1);
  return s && !s.modifier ? s : undefined;
}
