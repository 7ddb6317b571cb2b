/**
 * Who performs a verb-like cue: the possessor of a cue noun ("X's talks with"), a name compounded
 * with it ("EU support"), the clause subject, the actor after a fronted adverbial phrase ("In a
 * call with Y, X said"), or the speaker of the quote the cue sits in.
 */
import { findSubject, possessorOf, type SubjectResult } from './arguments.ts';
import { coordinateBack } from './coordination.ts';
import type { CueMatch } from './cues.ts';
import { isObject, nextWord, prevWord, slotEndingAt, type SentenceContext, type Slot } from './slots.ts';
import { DETERMINERS, isSaying, PREPOSITIONS } from './words.ts';

/** Where a cue inside a quote may look for its subject: the quote, unless it continues the sentence. */
export function quoteScope(ctx: SentenceContext, at: number): number {
  const q = ctx.quoteOf[at];
  // a partial quote in lower case ("the X government „backs Y's …") continues the clause
  if (!q || /^\p{Ll}/u.test(q.text)) return 0;
  let k = at;
  while (k > 0 && ctx.quoteOf[k - 1] === q) k--;
  return k;
}

const PP_OPENERS = new Set(['during', 'in', 'after', 'before', 'following', 'at', 'ahead', 'since', 'speaking', 'on']);

/** "During the call with X, Y said …": an adverbial phrase before the comma; its actor is the subject after. */
function frontedSubject(ctx: SentenceContext, m: CueMatch): Slot | undefined {
  let k = prevWord(ctx, m.first);
  while (k >= 0 && /^\p{Ll}/u.test(ctx.tokens[k]!.text) && !PP_OPENERS.has(ctx.tokens[k]!.lower) && m.first - k < 4) k = prevWord(ctx, k);
  if (k < 0 || !PP_OPENERS.has(ctx.tokens[k]!.lower)) return undefined;
  if (k > 0 && ![',', 'that', 'but', 'and'].includes(ctx.tokens[prevWord(ctx, k)]?.lower ?? '') && ctx.tokens[prevWord(ctx, k)]?.lower !== 'of') return undefined;
  const comma = ctx.tokens.findIndex((t, i) => i > m.last && t.lower === ',');
  if (comma < 0) return undefined;
  const s = ctx.startsAt.get(nextWord(ctx, comma));
  return s && !s.modifier && s.mention.kind !== null && !isObject(ctx, s) ? s : undefined;
}

/** Words that are not adjectives of a cue noun: "will visit", "to meet", "also backed". */
const FUNCTION_WORDS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'to', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'did', 'does', 'do', 'not', 'never', 'and', 'or', 'but', 'also', 'then', 'later', 'still', 'now', 'that', 'who', 'which', 'he', 'she', 'they', 'it', 'we']);

/** "EU support for X", "American aid to X": a name right before a cue noun owns it. */
function compoundOwner(ctx: SentenceContext, m: CueMatch): Slot | undefined {
  let k = prevWord(ctx, m.first);
  const adjective = (w: string | undefined): boolean => !!w && /^\p{Ll}+$/u.test(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !FUNCTION_WORDS.has(w);
  for (let n = 0; n < 2 && adjective(ctx.tokens[k]?.text) && !ctx.verbEnds.has(k); n++) k = prevWord(ctx, k);
  const s = slotEndingAt(ctx, k);
  if (!s || ctx.tokens[s.last + 1]?.lower === "'s") return undefined;
  return s;
}

/** Heads of the lexicon's noun cues: only these take an owner ("X's", "EU support"). */
export const NOMINAL_HEADS = new Set(`support backing solidarity commitment sympathy aid talks negotiations meeting meetings visit
  visits trip trips call calls sanctions embargo embargoes tariffs boycott criticism condemnation denunciation demands demand
  pressure summit summits conversation conversations discussions appeal appeals push plea pleas wish verbal attack attacks
  broadside broadsides tirade tirades protest protests complaint complaints phone telephone video state sit-down warning`.split(/\s+/));

/** Words after which an -ing cue still takes the clause subject ("and branding", "after meeting"). */
const ING_OPENERS = new Set([',', 'and', 'or', 'but', 'by', 'after', 'before', 'while', 'when', 'since', 'following', 'despite', 'without', 'upon', 'of', 'also', 'been', 'being', 'be', 'is', 'are', 'was', 'were', "'re", "'s", 'am', 'not', 'still', 'now', 'already', 'then', 'in', 'for', 'from', 'on', 'about', 'with', '–', '—', 'just', 'even', 'only', 'again', 'each', 'both', 'all', 'together', 'keep', 'keeps', 'kept', 'began', 'started', 'stop', 'stopped']);

const TIME_WORDS = new Set(['week', 'weeks', 'year', 'years', 'month', 'months', 'day', 'days', 'today', 'yesterday', 'tomorrow', 'morning', 'evening', 'night', 'earlier', 'later', 'ago', 'again', 'recently']);

/** "a statement by members of the WTO condemning X": the participle describes a noun, not the subject. */
function isReducedRelative(ctx: SentenceContext, m: CueMatch): boolean {
  if (!/ing$/.test(m.head.lower)) return false;
  const p = prevWord(ctx, m.first);
  if (p < 0) return false;
  const s = slotEndingAt(ctx, p);
  if (s) return s.modifier || isObject(ctx, s);
  const w = ctx.tokens[p]!;
  if (w.text === ')') return true;
  // "on Saturday demanding", "last week accusing": a time adverbial, not a noun being described
  if (/^\p{Lu}/u.test(w.text) || TIME_WORDS.has(w.lower)) return false;
  return !(ING_OPENERS.has(w.lower) || /ly$/.test(w.lower));
}

/** "that X had met … and agreed …": an auxiliary carries both verbs inside the clause. */
const AUXILIARY = new Set(['had', 'has', 'have', 'would', 'will', 'could', 'should', 'might', 'may', 'must', "'d", "'ve"]);

/** Nouns whose infinitive ("decision to …", "plan to …") has the noun's owner as its subject. */
const INFINITIVE_NOUNS = new Set(['decision', 'plan', 'plans', 'move', 'bid', 'offer', 'invitation', 'proposal', 'attempt', 'attempts', 'effort', 'efforts', 'readiness', 'willingness', 'refusal', 'right', 'chance', 'opportunity', 'promise', 'pledge', 'threat', 'call', 'calls', 'push', 'ability', 'failure', 'determination']);

/** The noun phrase of a cue starting at `first` is the object of a preposition ("over new tariffs on"). */
function afterPreposition(ctx: SentenceContext, first: number): boolean {
  let k = prevWord(ctx, first);
  // "vowed to support X": a bare singular right after "to" is an infinitive, not a noun ("to sanctions on")
  if (ctx.tokens[k]?.lower === 'to' && !/s$/.test(ctx.tokens[first]!.lower)) return false;
  for (let n = 0; k >= 0 && n < 3 && (DETERMINERS.has(ctx.tokens[k]!.lower) || /^\p{Ll}+$/u.test(ctx.tokens[k]!.text)) && !PREPOSITIONS.has(ctx.tokens[k]!.lower) && !ctx.verbEnds.has(k); n++) k = prevWord(ctx, k);
  return PREPOSITIONS.has(ctx.tokens[k]?.lower ?? '') && ctx.tokens[k]!.lower !== 'of';
}

/** The slot opens a clause of saying: "… told his host that X …", "… said X …". */
function inComplementClause(ctx: SentenceContext, s: Slot): boolean {
  const p = ctx.tokens[prevWord(ctx, s.first)];
  return !!p && (p.lower === 'that' || isSaying(p));
}

/** The subject of the sentence's main clause: its first subject-position party outside quotes. */
function mainSubject(ctx: SentenceContext, from: number): Slot | undefined {
  return ctx.slots.find((s) => s.first >= from && !s.modifier && !ctx.quoteOf[s.first] && !isObject(ctx, s) && !inComplementClause(ctx, s));
}

const STATEMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'letter', 'resolution', 'readout', 'spokesman', 'spokeswoman', 'spokesperson', 'delegation', 'envoy']);

/** "A statement from X and Y urged …": the parties named right after a statement noun before the cue. */
function statementAuthors(ctx: SentenceContext, m: CueMatch): Slot[] {
  const last = slotEndingAt(ctx, prevWord(ctx, m.first));
  if (!last) return [];
  const all = coordinateBack(ctx, last);
  let p = prevWord(ctx, all[0]!.first);
  while (p >= 0 && DETERMINERS.has(ctx.tokens[p]!.lower)) p = prevWord(ctx, p);
  if (!['from', 'by', 'of'].includes(ctx.tokens[p]?.lower ?? '') || !STATEMENT_NOUNS.has(ctx.tokens[prevWord(ctx, p)]?.lower ?? '')) return [];
  return all.filter((s) => !s.modifier);
}

/** Verbs whose "of …-ing" states an allegation: "accused X of siding with Y" asserts no siding. */
const ALLEGING = new Set(['accuse', 'accused', 'accuses', 'accusing', 'suspect', 'suspected', 'suspects', 'suspecting', 'charged', 'convicted']);

/**
 * "accused X of siding with Y", "accused X of undermining Y by opening talks with Z": a cue in
 * what one party alleges of another is not asserted.
 */
function isAllegation(ctx: SentenceContext, m: CueMatch): boolean {
  const before = ctx.tokens[prevWord(ctx, m.first)]?.lower;
  if (!/ing$/.test(m.head.lower) || (before !== 'of' && before !== 'by')) return false;
  let of = before === 'of';
  for (let k = prevWord(ctx, prevWord(ctx, m.first)), n = 0; k >= 0 && n < 16; k = prevWord(ctx, k), n++) {
    const w = ctx.tokens[k]!.lower;
    if (ALLEGING.has(w)) return of;
    if (w === 'of') of = true;
    if (w === ';' || w === '.' || w === ':') return false;
  }
  return false;
}

/** The subject of a verb-like cue, with the quote speaker and a fronted-phrase fallback. */
export function sourceOf(ctx: SentenceContext, m: CueMatch): SubjectResult {
  if (isAllegation(ctx, m)) return { parties: [], via: 'none' };
  // only a noun has an owner: "X's talks with", not "praised X's victory and urged"
  const owner = NOMINAL_HEADS.has(m.head.lower) ? (possessorOf(ctx, m.first) ?? compoundOwner(ctx, m)) : undefined;
  // "X and Y's meeting": a joint event has coordinated owners
  const owners = owner && m.def.symmetric ? coordinateBack(ctx, owner) : owner ? [owner] : [];
  if (owners.length) return { parties: owners.map((s) => ({ actor: s.actor, slot: s })), via: 'possessor' };
  if (isReducedRelative(ctx, m)) return { parties: [], via: 'none' };
  // "… over tariffs on X steel", "amid sanctions on X": a stance noun inside a phrase names no actor
  if (m.def.type !== 'MET' && NOMINAL_HEADS.has(m.head.lower) && afterPreposition(ctx, m.first)) return { parties: [], via: 'none' };
  // "criticised the decision to host him": an infinitive after a noun belongs to that noun's owner
  const to = prevWord(ctx, m.first);
  const noun = prevWord(ctx, to);
  if (ctx.tokens[to]?.lower === 'to' && INFINITIVE_NOUNS.has(ctx.tokens[noun]?.lower ?? '')) {
    const nounOwner = possessorOf(ctx, noun);
    if (nounOwner) return { parties: [{ actor: nounOwner.actor, slot: nounOwner }], via: 'possessor' };
    // the noun is what another cue acts on ("criticised the decision to …"): its maker is unnamed
    let d = prevWord(ctx, noun);
    while (d >= 0 && DETERMINERS.has(ctx.tokens[d]!.lower)) d = prevWord(ctx, d);
    if (ctx.verbEnds.has(d)) return { parties: [], via: 'none' };
  }
  const inQuote = ctx.quoteOf[m.first];
  const authors = inQuote ? [] : statementAuthors(ctx, m);
  if (authors.length) return { parties: authors.map((s) => ({ actor: s.actor, slot: s })), via: 'subject' };
  const fronted = frontedSubject(ctx, m);
  if (fronted && !inQuote) return { parties: [{ actor: fronted.actor, slot: fronted }], via: 'fronted' };
  const scope = quoteScope(ctx, m.first);
  const subj = findSubject(ctx, m.first, scope, m.def.type !== 'MET' && NOMINAL_HEADS.has(m.head.lower));
  // "X told Y that Z … and pressed W to …": a verb after "and" shares the main clause subject,
  // not the subject of the clause of saying in between
  const coordinated = ctx.tokens[prevWord(ctx, m.first)]?.lower === 'and';
  const found = subj.parties[0]?.slot;
  if (coordinated && found && inComplementClause(ctx, found) && !AUXILIARY.has(ctx.tokens[nextWord(ctx, found.last)]?.lower ?? '')) {
    const main = mainSubject(ctx, scope);
    if (main) return { parties: [{ actor: main.actor, slot: main }], via: 'subject' };
  }
  if (subj.parties.length) return subj;
  // "X said the council had failed, and criticised Y": after ", and" a verb goes back to the main clause
  if (coordinated && ctx.tokens[prevWord(ctx, prevWord(ctx, m.first))]?.lower === ',' && !inQuote) {
    const main = mainSubject(ctx, scope);
    if (main && main.last < m.first) return { parties: [{ actor: main.actor, slot: main }], via: 'subject' };
  }
  if (inQuote && !/^\p{Ll}/u.test(inQuote.text)) return inQuote.speaker ? { parties: [{ actor: inQuote.speaker }], via: 'speaker' } : subj;
  // "In a call with X on Saturday, the Prime Minister said ...": the main clause subject after the comma
  const firstComma = ctx.tokens.findIndex((t) => t.lower === ',');
  if (firstComma > m.last && subj.via === 'none') {
    for (const s of ctx.slots) {
      if (s.first <= firstComma || s.modifier) continue;
      const p = ctx.tokens[prevWord(ctx, s.first)]?.lower ?? '';
      if (['with', 'to', 'of', 'for', 'on', 'by', 'from', 'in', 'at', 'about'].includes(p)) continue;
      return { parties: [{ actor: s.actor, slot: s }], via: 'fronted' };
    }
  }
  return subj;
}
