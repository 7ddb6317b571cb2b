/**
 * The targets after a cue: the first party past determiners and a few filler words, with its
 * coordinated partners; through appositions ("his counterpart, X"), proposals ("calls from X"),
 * the agents of rejected things ("sanctions imposed by X") and "between X and Y".
 */
import { coordinateForward } from './coordination.ts';
import { partnerOf } from './partners.ts';
import { nextWord, prevWord, type SentenceContext, type Slot } from './slots.ts';
import { isPossessiveMark } from './tokens.ts';
import { DETERMINERS, EVENT_NOUNS, POSSESSIVE_PRONOUNS, PREPOSITIONS, PROPOSAL_NOUNS, RELATIVES, TITLE_WORDS } from './words.ts';

const GROUP_NOUNS = new Set(['leaders', 'leader', 'heads', 'officials', 'representatives', 'delegations', 'delegation', 'members', 'governments', 'government', 'ministers', 'counterparts']);

export interface ObjectOptions {
  gap: number;
  /** Pass "calls from", "plan by", "proposal of" to the party behind the proposal. */
  throughProposals?: boolean;
  /** "expelled India's high commissioner": the possessive state before an envoy word is the target. */
  envoyOwner?: boolean;
  /** Only slots of these actor kinds are targets. */
  kinds?: string[];
  allowModifier: boolean;
  via?: string[];
}

/** Nouns whose parties a following "between X and Y" names: talks and ties alike. */
const MEETING_NOUNS = new Set(['talks', 'negotiations', 'meeting', 'meetings', 'discussions', 'summit', 'cooperation', 'co-operation', 'ties', 'relations', 'alliance', 'pact', 'partnership', 'deal', 'agreement', 'rapprochement', 'trade']);

/** The parties named by "between X and Y" within a few words after a meeting noun at `noun`. */
function partiesBetween(ctx: SentenceContext, noun: number): Slot[] {
  for (let k = nextWord(ctx, noun), n = 0; k < ctx.tokens.length && n < 6; k = nextWord(ctx, k), n++) {
    const w = ctx.tokens[k]!.lower;
    if (!/^[\p{L}]/u.test(ctx.tokens[k]!.text)) return [];
    if (w === 'between') return partiesAfterBetween(ctx, k);
  }
  return [];
}

const BETWEEN_STOP = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'since', 'after', 'before', 'on', 'in', 'at', 'to', 'that', 'which', 'who', 'over', 'about', 'for', 'ended', 'took', 'began']);

/**
 * The parties of "between X and Y": every party up to the verb, appositions included
 * ("between X and the Aldorian president, Y, has been …").
 */
export function partiesAfterBetween(ctx: SentenceContext, between: number): Slot[] {
  const out: Slot[] = [];
  for (let k = nextWord(ctx, between); k < ctx.tokens.length; k = nextWord(ctx, k)) {
    const t = ctx.tokens[k]!;
    const s = ctx.startsAt.get(k);
    if (s) {
      if (!s.modifier && !POSSESSIVE_PRONOUNS.has(s.mention.text.toLowerCase()) && !out.some((o) => o.actor === s.actor)) out.push(s);
      k = s.possessive ? s.last + 1 : s.last;
      continue;
    }
    if (BETWEEN_STOP.has(t.lower) || t.lower === ';' || t.lower === '.' || t.lower === ':') break;
  }
  return out;
}

const ENVOYS = /^(\S+ )?(ambassador|ambassadors|envoy|envoys|diplomat|diplomats|high commissioner|consul|charge|chargé|embassy|mission)\b/;

/** A few lower-case words from token `k`. */
function textFrom(ctx: SentenceContext, k: number, n: number): string {
  return ctx.tokens.slice(k, k + n).map((t) => t.lower).join(' ');
}

const ROLE_OF_OTHER = new Set(['counterpart', 'host', 'guest', 'interlocutor']);

/** "his counterpart" / "X's host" with no name given: the owner's last meeting partner. */
function counterpart(ctx: SentenceContext, k: number): Slot | undefined {
  let p = prevWord(ctx, k);
  while (p >= 0 && /^\p{Lu}/u.test(ctx.tokens[p]!.text) && !ctx.endsAt.has(p)) p = prevWord(ctx, p); // "his Aldorian counterpart"
  const owner = ctx.endsAt.get(p) ?? (isPossessiveMark(ctx.tokens[p]) ? ctx.endsAt.get(p - 1) : undefined);
  if (!owner) return undefined;
  if (ctx.tokens[nextWord(ctx, k)]?.lower === ',' && ctx.startsAt.has(nextWord(ctx, nextWord(ctx, k)))) return undefined; // named next
  const other = partnerOf(ctx.doc, owner.actor);
  if (!other) return undefined;
  const t = ctx.tokens[k]!;
  return { actor: other, mention: { ...owner.mention, start: t.start, end: t.end, text: t.text, actor: other, kind: 'Person', via: 'role' }, first: k, last: k, possessive: false, modifier: false };
}

/** Nouns for a state's own institutions: "pressed the Sudanese army", "summoned the Aldorian envoy". */
const INSTITUTIONS = new Set(['army', 'military', 'government', 'authorities', 'junta', 'leadership', 'regime', 'administration',
  'delegation', 'delegations', 'officials', 'side', 'ministry', 'embassy', 'ambassador', 'envoy', 'negotiators', 'cabinet']);

/** The institution noun after a demonym slot ("the Aldorian [foreign] ministry"), or -1. */
export function institutionAfter(ctx: SentenceContext, s: Slot): number {
  if (s.possessive || s.mention.kind !== 'Country' || s.mention.via !== 'demonym') return -1;
  let k = nextWord(ctx, s.last);
  if (ctx.tokens[k]?.lower === 'foreign' || ctx.tokens[k]?.lower === 'defence' || ctx.tokens[k]?.lower === 'defense') k = nextWord(ctx, k);
  return INSTITUTIONS.has(ctx.tokens[k]?.lower ?? '') ? k : -1;
}

/** A demonym qualifying a state institution stands for the state ("the Aldorian government"). */
const standsForState = (ctx: SentenceContext, s: Slot): boolean => institutionAfter(ctx, s) >= 0;

/** A party named within the next few words of the noun phrase after `k` ("his Aldorian counterpart, X"). */
function namedAfter(ctx: SentenceContext, k: number): boolean {
  for (let j = nextWord(ctx, k), n = 0; j < ctx.tokens.length && n < 5; j = nextWord(ctx, j), n++) {
    if (ctx.startsAt.has(j)) return true;
    const w = ctx.tokens[j]!.lower;
    if (PREPOSITIONS.has(w) || w === '.' || w === ';' || w === 'and') return false;
  }
  return false;
}

/** The object slots after token `after`: skips determiners and a few filler words, stops at prepositions. */
export function findObjects(ctx: SentenceContext, after: number, opts: ObjectOptions): Slot[] {
  let skipped = 0;
  // only role words so far ("his Saudi counterpart", "India's prime minister"): an apposition may follow
  let roleOnly = true;
  for (let k = nextWord(ctx, after); k < ctx.tokens.length; k = nextWord(ctx, k)) {
    const t = ctx.tokens[k]!;
    const s = ctx.startsAt.get(k);
    if (t.lower === ',' && roleOnly && k > nextWord(ctx, after) && ctx.startsAt.has(nextWord(ctx, k))) continue;
    if (!s && !DETERMINERS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !/^\p{Lu}/u.test(t.text) && t.lower !== "'s") roleOnly = false;
    // "met her Borovian counterpart X": a possessive pronoun is a determiner here
    if (s && POSSESSIVE_PRONOUNS.has(s.mention.text.toLowerCase())) {
      // "condemned its missile launches": a resolved owner is the target when no name follows in the phrase
      if (opts.allowModifier && s.actor && !namedAfter(ctx, s.last)) return [s];
      continue;
    }
    if (s && opts.envoyOwner && s.possessive && ENVOYS.test(textFrom(ctx, s.last + 2, 3))) return [s];
    if (s) {
      if (s.modifier && !(opts.allowModifier && !s.possessive) && !standsForState(ctx, s)) {
        k = s.possessive ? s.last + 1 : s.last;
        skipped++;
        continue;
      }
      if (opts.via && !opts.via.includes(s.mention.via)) return [];
      if (opts.kinds && !opts.kinds.includes(s.mention.kind ?? '')) return [];
      // "the Aldorian army and the Y": the state's phrase runs to its institution noun, and a list may go on
      const institution = institutionAfter(ctx, s);
      return coordinateForward(ctx, institution >= 0 ? { ...s, last: institution } : s, opts.allowModifier);
    }
    if (t.lower === '-') continue;
    // "pushed his counterpart to …": the person the owner was last reported meeting
    if (ROLE_OF_OTHER.has(t.lower)) {
      const other = counterpart(ctx, k);
      if (other) return [other];
    }
    // "condemned what he called India's interference": the speaker's label, not a party
    if (t.lower === 'what' && ['called', 'termed', 'described', 'dubbed', 'branded'].includes(ctx.tokens[nextWord(ctx, nextWord(ctx, k))]?.lower ?? '')) {
      k = nextWord(ctx, nextWord(ctx, k));
      if (ctx.tokens[nextWord(ctx, k)]?.lower === 'as') k = nextWord(ctx, k);
      continue;
    }
    if (t.lower === 'of' && GROUP_NOUNS.has(ctx.tokens[prevWord(ctx, k)]?.lower ?? '')) continue;
    if (opts.throughProposals && ['from', 'by', 'of'].includes(t.lower) && PROPOSAL_NOUNS.has(ctx.tokens[prevWord(ctx, k)]?.lower ?? '')) continue;
    if (opts.throughProposals && t.lower === 'by' && EVENT_NOUNS.has(ctx.tokens[prevWord(ctx, k)]?.lower ?? '')) continue;
    // "denounced the sanctions imposed by X", "a deal imposed by X": the agent of what is rejected
    if (opts.throughProposals && t.lower === 'by' && /ed$/.test(ctx.tokens[prevWord(ctx, k)]?.lower ?? '')) continue;
    // "rejected the outcome of talks (that took place) between X and Y": the parties of those talks
    if (opts.throughProposals && MEETING_NOUNS.has(t.lower)) {
      const parties = partiesBetween(ctx, k);
      if (parties.length) return parties;
    }
    if (!/^[\p{L}\p{N}]/u.test(t.text) || PREPOSITIONS.has(t.lower) || RELATIVES.has(t.lower) || t.lower === 'that' || t.lower === 'and') return [];
    if (!DETERMINERS.has(t.lower) && !TITLE_WORDS.has(t.lower) && ++skipped > opts.gap) return [];
  }
  return [];
}
