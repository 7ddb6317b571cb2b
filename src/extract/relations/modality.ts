/**
 * Reads the verb group around a cue: is it negated, inside a hypothetical clause, refused; and
 * for a meeting, did it happen (held), is it announced (planned) or called off (cancelled).
 */
import type { MeetingStatus } from '../../model/schema.ts';
import type { SentenceContext } from './slots.ts';
import { FUTURE_MARKERS, HYPOTHETICAL, isNegator } from './words.ts';

const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '(', ')']);
const CANCEL_WORDS = new Set(['cancelled', 'canceled', 'cancel', 'cancels', 'cancelling', 'postponed', 'postpone', 'scrapped', 'axed', 'shelved', 'called-off', 'abandoned', 'delayed']);
const PAST_VERB = /^(met|held|spoke|sat|had|made|paid|went|flew|saw|\w+ed)$/;
const PAST_MARKERS = new Set(['last', 'yesterday', 'ago', 'earlier', 'previously', 'had', 'has', 'have', 'was', 'were', 'did']);

/** Token indices of the clause around `i`, bounded by punctuation. */
const CLAUSES = new WeakMap<SentenceContext, { start: Int32Array; end: Int32Array }>();

function clauseBounds(ctx: SentenceContext, i: number): [number, number] {
  let c = CLAUSES.get(ctx);
  if (!c) {
    const n = ctx.tokens.length;
    c = { start: new Int32Array(n), end: new Int32Array(n) };
    for (let k = 0; k < n; k++) c.start[k] = k > 0 && !CLAUSE_BREAK.has(ctx.tokens[k - 1]!.lower) ? c.start[k - 1]! : k;
    for (let k = n - 1; k >= 0; k--) c.end[k] = k < n - 1 && !CLAUSE_BREAK.has(ctx.tokens[k + 1]!.lower) ? c.end[k + 1]! : k;
    CLAUSES.set(ctx, c);
  }
  return [c.start[i] ?? i, c.end[i] ?? i];
}

/** A negator in the few words before the cue: "did not criticise", "never backed". */
export function isNegated(ctx: SentenceContext, cueFirst: number, window = 3): boolean {
  const [a] = clauseBounds(ctx, cueFirst);
  for (let k = cueFirst - 1; k >= Math.max(a, cueFirst - window); k--) {
    const w = ctx.tokens[k]!.lower;
    if (isNegator(w)) return true;
    if (ctx.endsAt.has(k)) break;
  }
  return false;
}

/** The cue sits inside an "if …" / "fears that …" clause, so it is not asserted. */
export function isHypothetical(ctx: SentenceContext, cueFirst: number): boolean {
  const [a] = clauseBounds(ctx, cueFirst);
  for (let k = a; k < cueFirst; k++) if (HYPOTHETICAL.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

const MEETING_ANAPHORS = new Set(['trip', 'visit', 'meeting', 'talks', 'summit', 'call', 'tour', 'mission']);

/** "X was due to visit Y; Z said the trip had been called off": a later clause of the sentence cancels "the trip". */
function anaphoricCancel(ctx: SentenceContext, cueLast: number): boolean {
  for (let k = cueLast + 1; k < ctx.tokens.length - 2; k++) {
    if (!['the', 'that', 'this'].includes(ctx.tokens[k]!.lower) || !MEETING_ANAPHORS.has(ctx.tokens[k + 1]!.lower)) continue;
    for (let j = k + 2; j < Math.min(ctx.tokens.length, k + 7); j++) {
      const w = ctx.tokens[j]!.lower;
      if (CANCEL_WORDS.has(w) || (w === 'called' && ctx.tokens[j + 1]?.lower === 'off')) return true;
      if (w === ',' || w === ';' || w === '.') break;
    }
  }
  return false;
}

/** A cancellation word in the clause of the cue: "called off talks with", "the visit was postponed". */
export function hasCancelWord(ctx: SentenceContext, cueFirst: number, cueLast: number): boolean {
  if (passiveCancelAfter(ctx, cueLast)) return true;
  const [a, b] = clauseBounds(ctx, cueFirst);
  for (let k = a; k <= Math.min(b, cueLast + 12); k++) {
    const w = ctx.tokens[k]!.lower;
    if (CANCEL_WORDS.has(w)) return true;
    if ((w === 'called' || w === 'call' || w === 'calling') && ctx.tokens[k + 1]?.lower === 'off') return true;
    if (w === 'pulled' && ctx.tokens[k + 1]?.lower === 'out') return true;
  }
  return false;
}

const PAST_AUXILIARIES = new Set(['did', "didn't", 'does', "doesn't", 'do', "don't", 'has', "hasn't", 'have', "haven't", 'had', "hadn't", 'never']);
/** Verbs that make a meeting only wished for or offered: "offered to host talks". */
const IRREALIS = new Set(['offered', 'offers', 'offer', 'offering', 'proposed', 'proposes', 'propose', 'wants', 'want', 'wanted', 'hopes', 'hope', 'hoped', 'seeks', 'seek', 'sought', 'urged', 'urges', 'pushing', 'pushed', 'demanded', 'demands', 'called', 'calls', 'calling']);

/** A meeting that is only denied in the past ("did not meet"), or only offered or wished for. */
export function isUnrealMeeting(ctx: SentenceContext, cueFirst: number): boolean {
  const [a] = clauseBounds(ctx, cueFirst);
  const before = ctx.tokens.slice(Math.max(a, cueFirst - 5), cueFirst).map((t) => t.lower);
  if (before.some((w, i) => IRREALIS.has(w) && before[i + 1] !== 'off')) return true;
  const neg = before.findIndex((w) => isNegator(w));
  return neg >= 0 && (PAST_AUXILIARIES.has(before[neg]!) || PAST_AUXILIARIES.has(before[neg - 1] ?? ''));
}

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);

const HAPPEN = new Set(['happen', 'happened', 'take', 'took', 'materialise', 'materialize', 'materialised', 'materialized', 'go']);

/** "did not happen", "never took place", "fell through" at token `k`: a meeting that was due and did not occur. */
function didNotHappenAt(ctx: SentenceContext, k: number): boolean {
  const w = ctx.tokens[k]!.lower;
  const next = ctx.tokens[k + 1]?.lower ?? '';
  // "take" and "go" only as "take place" and "go ahead": "did not take part" cancels nothing
  const then = ctx.tokens[k + 2]?.lower ?? '';
  const happens = HAPPEN.has(next) && (next === 'take' || next === 'took' ? then === 'place' : next === 'go' ? then === 'ahead' : true);
  return ((w === 'not' || w === 'never' || w === "didn't") && happens) || (w === 'fell' && next === 'through');
}

/**
 * "A meeting between X and Y … never took place": the meeting was due in the past and lapsed, so
 * it is not the same meeting as one the article announces for the future.
 */
export function lapsedAfter(ctx: SentenceContext, cueLast: number): boolean {
  for (let k = cueLast + 1; k < ctx.tokens.length - 1; k++) {
    const w = ctx.tokens[k]!.lower;
    if (w === ';' || w === '.') return false;
    if (didNotHappenAt(ctx, k)) return true;
  }
  return false;
}

/** "A meeting between X and Y, …, had been pencilled in but was called off": the meeting is the one cancelled. */
function passiveCancelAfter(ctx: SentenceContext, cueLast: number): boolean {
  if (lapsedAfter(ctx, cueLast)) return true;
  for (let k = cueLast + 1; k < ctx.tokens.length - 1; k++) {
    const w = ctx.tokens[k]!.lower;
    if (w === ';' || w === '.') return false;
    if (!PASSIVE_AUX.has(w)) continue;
    const next = ctx.tokens[k + 1]!.lower;
    if (CANCEL_WORDS.has(next) || (next === 'called' && ctx.tokens[k + 2]?.lower === 'off')) return true;
  }
  return false;
}

/** Whether a meeting cue reports a held, planned or cancelled meeting. */
export function meetingStatus(ctx: SentenceContext, cueFirst: number, cueLast: number, refused: boolean, phraseStart?: number): MeetingStatus {
  if (refused || isNegated(ctx, cueFirst) || hasCancelWord(ctx, cueFirst, cueLast)) return 'cancelled';
  const said = statusByTense(ctx, cueFirst, cueLast, phraseStart);
  // only a meeting still to come can be the one "the trip" later in the sentence calls off
  return said === 'planned' && anaphoricCancel(ctx, cueLast) ? 'cancelled' : said;
}

function statusByTense(ctx: SentenceContext, cueFirst: number, cueLast: number, phraseStart?: number): MeetingStatus {
  const [a, b] = clauseBounds(ctx, cueFirst);
  // the nearest tense marker before the cue decides ("has promised he will meet" → planned);
  // before a noun phrase ("ahead of X's trip") only its own few words count
  const from = phraseStart ?? cueFirst;
  for (let k = from - 1; k >= Math.max(a, phraseStart === undefined ? cueFirst - 10 : from - 2); k--) {
    const w = ctx.tokens[k]!.lower;
    // "later met", "later held talks": an adverb of sequence before a past verb is no future
    if (w === 'later' && k === from - 1 && PAST_VERB.test(ctx.tokens[from]!.lower)) return 'held';
    if (FUTURE_MARKERS.has(w) || ((w === 'is' || w === 'are') && ctx.tokens[k + 1]?.lower === 'to')) return 'planned';
    if (PAST_MARKERS.has(w)) return 'held';
  }
  // a verb in the past ("met", "held talks") has its tense: what follows belongs to another verb
  if (PAST_VERB.test(ctx.tokens[cueFirst]!.lower) && phraseStart === undefined) return 'held';
  // a nominal meeting takes its tense from the verb after it: "X's meeting with Y will be …"
  for (let k = cueLast + 1; k <= Math.min(b, cueLast + 8); k++) {
    const w = ctx.tokens[k]!.lower;
    if (['will', 'would', 'upcoming', 'next', 'later', 'tomorrow'].includes(w)) return 'planned';
    if (['last', 'yesterday', 'ago', 'was', 'were', 'had'].includes(w)) return 'held';
  }
  return 'held';
}

/** Whether the clause speaks of the future, for resolving a bare weekday. */
export function isFutureClause(ctx: SentenceContext, cueFirst: number): boolean {
  const [a] = clauseBounds(ctx, cueFirst);
  return ctx.tokens.slice(Math.max(a, cueFirst - 6), cueFirst).some((t) => FUTURE_MARKERS.has(t.lower));
}
