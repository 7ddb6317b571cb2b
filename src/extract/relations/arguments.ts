/**
 * Finds the parties of a cue without a parser: the subject (nearest acting mention before the
 * cue that is not an object, through relative clauses and coordination), the objects after it,
 * co-agents ("along with X") and the speaker of reported speech.
 */
import { isObject, nextWord, prevWord, slotEndingAt, type SentenceContext, type Slot } from './slots.ts';
import { partnerOf } from './partners.ts';
import { isPossessiveMark, type Token } from './tokens.ts';
import { DETERMINERS, isSaying, OBJECT_REPORTING_VERBS, POSSESSIVE_PRONOUNS, PREPOSITIONS, PROPOSAL_NOUNS, PRONOUN_SELF, RELATIVES, REPORTING_VERBS, TITLE_WORDS } from './words.ts';

/** A party found for a cue: a mention's slot, or the speaker of the enclosing quote. */
export type Party = { actor: string; slot?: Slot };

const COORD = new Set(['and', ',', 'or', '&']);
/** Verbs of saying that take a clause: a cue after one belongs to that clause. */
const CLAUSE_REPORTING = new Set([...REPORTING_VERBS].filter((v) => !OBJECT_REPORTING_VERBS.has(v) && !/ing$/.test(v)));
export const QUANTIFIERS = new Set(['both', 'all', 'each', 'neither', 'none', 'some', 'one', 'two', 'many', 'most']);
const GROUP_NOUNS = new Set(['leaders', 'leader', 'heads', 'officials', 'representatives', 'delegations', 'delegation', 'members', 'governments', 'government', 'ministers', 'counterparts']);

export const asParty = (s: Slot): Party => ({ actor: s.actor, slot: s });

/** The slot and every slot coordinated with it before it: "the UK, France and X". */
export function coordinateBack(ctx: SentenceContext, s: Slot): Slot[] {
  const out = [s];
  let cur = s;
  for (;;) {
    let p = prevWord(ctx, cur.first);
    while (p >= 0 && (DETERMINERS.has(ctx.tokens[p]!.lower) || TITLE_WORDS.has(ctx.tokens[p]!.lower))) p = prevWord(ctx, p);
    if (p < 0 || !COORD.has(ctx.tokens[p]!.lower)) break;
    const roleAnd = ctx.tokens[p]!.lower === ',' && !slotEndingAt(ctx, prevWord(ctx, p)) ? andBeforeRole(ctx, p) : -1;
    if (roleAnd >= 0) {
      const t = slotEndingAt(ctx, prevWord(ctx, roleAnd));
      if (!t || t.modifier) break;
      out.unshift(t);
      cur = t;
      continue;
    }
    let q = prevWord(ctx, p);
    if (ctx.tokens[q]?.lower === ',') q = prevWord(ctx, q);
    const t = slotEndingAt(ctx, q);
    if (!t || t.modifier) break;
    // "the Chinese leader, Xi Jinping": an apposition names the same party again
    if (ctx.tokens[p]!.lower === ',' && t.actor === cur.actor) {
      cur = t;
      continue;
    }
    // a list ends in "and"/"or": a lone comma before the subject closes a phrase ("on Ukraine, he")
    if (out.length === 1 && ctx.tokens[p]!.lower === ',' && out[0] === s && cur === s) break;
    out.unshift(t);
    cur = t;
  }
  return out;
}

/** "X and the summit's host, Y": the "and" before a short role phrase ending at the comma `comma`. */
function andBeforeRole(ctx: SentenceContext, comma: number): number {
  for (let k = prevWord(ctx, comma), n = 0; k >= 0 && n < 5; k = prevWord(ctx, k), n++) {
    const w = ctx.tokens[k]!;
    if (w.lower === 'and') return k;
    if (!/^[\p{L}']/u.test(w.text) || ctx.endsAt.has(k) || PREPOSITIONS.has(w.lower)) return -1;
  }
  return -1;
}

/** The slot and the slots coordinated after it: "accused France and Britain". */
export function coordinateForward(ctx: SentenceContext, s: Slot, allowModifier = false): Slot[] {
  const out = [s];
  let k = nextWord(ctx, isPossessiveMark(ctx.tokens[s.last + 1]) ? s.last + 1 : s.last);
  for (;;) {
    if (!COORD.has(ctx.tokens[k]?.lower ?? '')) break;
    let j = nextWord(ctx, k);
    if (ctx.tokens[j]?.lower === 'and' || ctx.tokens[j]?.lower === 'or') j = nextWord(ctx, j);
    let skipped = 0;
    while (j < ctx.tokens.length && skipped < 3 && (DETERMINERS.has(ctx.tokens[j]!.lower) || TITLE_WORDS.has(ctx.tokens[j]!.lower))) {
      j = nextWord(ctx, j);
      skipped++;
    }
    let t = ctx.startsAt.get(j);
    // a comma only continues a list that goes on ("Italy, Germany, Poland and ..."), not "with X, Sir Keir said"
    if (t && ctx.tokens[k]!.lower === ',' && ctx.tokens[nextWord(ctx, k)]?.lower !== 'and') {
      const after = ctx.tokens[nextWord(ctx, t.possessive ? t.last + 1 : t.last)]?.lower ?? '';
      if (![',', 'and', 'or'].includes(after)) break;
    }
    // "Finland's President Alexander Stubb": the possessor names the next one
    while (t && t.modifier && t.possessive) {
      let n = nextWord(ctx, t.last + 1);
      while (n < ctx.tokens.length && TITLE_WORDS.has(ctx.tokens[n]!.lower)) n = nextWord(ctx, n);
      t = ctx.startsAt.get(n);
    }
    if (!t || (t.modifier && !allowModifier)) break;
    out.push(t);
    k = nextWord(ctx, t.possessive ? t.last + 1 : t.last);
  }
  return out;
}

/** The antecedent of a relative pronoun at `rel` ("X, who ...", "X, both of whom ..."). */
export function antecedent(ctx: SentenceContext, rel: number): Slot[] | null {
  let p = prevWord(ctx, rel);
  if (ctx.tokens[p]?.lower === 'of' && QUANTIFIERS.has(ctx.tokens[prevWord(ctx, p)]?.lower ?? '')) p = prevWord(ctx, prevWord(ctx, p));
  if (ctx.tokens[p]?.lower === ',') p = prevWord(ctx, p);
  const s = slotEndingAt(ctx, p);
  if (s && !s.modifier) {
    // "Mr Trump's remarks about Ukraine, which ...": the relative qualifies the head noun, not its PP object
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

/** The relative pronoun opening a ", who … ," clause that holds `s` and closes before `cue`. */
function enclosingRelative(ctx: SentenceContext, s: Slot, cue: number): number | undefined {
  const close = nextWord(ctx, s.possessive ? s.last + 1 : s.last);
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

/** The subject of a cue starting at token `from`, looking back no further than `scopeStart`. */
export function findSubject(ctx: SentenceContext, from: number, scopeStart: number): SubjectResult {
  for (let j = prevWord(ctx, from); j >= scopeStart; j = prevWord(ctx, j)) {
    const t = ctx.tokens[j]!;
    if (t.lower === ';' || t.lower === ':') break;
    if (RELATIVES.has(t.lower)) {
      const a = antecedent(ctx, j);
      return a ? { parties: a.map(asParty), via: 'relative' } : { parties: [], via: 'none' };
    }
    if (PRONOUN_SELF.has(t.lower) && ctx.quoteOf[j]) return { parties: [], via: 'speaker' };
    // "Britain said troops would travel": the cue sits in what was said, whose subject names no actor
    if (CLAUSE_REPORTING.has(t.lower) && isSaying(t) && !ctx.quoteOf[j] && opensForeignClause(ctx, j)) return { parties: [], via: 'none' };
    const s = slotEndingAt(ctx, j);
    if (!s) continue;
    j = s.first;
    if (s.modifier || isObject(ctx, s)) continue;
    // "X, who accompanied Mr Putin, held talks": a party inside a closed relative clause is not the subject
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

/** The possessor right before a nominal cue: "X's talks with", "X's ironclad support for". */
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
 * ("between Mr Xi and the Philippine president, Ferdinand Marcos Jr, has been …").
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

/** "his counterpart" / "Biden's host" with no name given: the owner's last meeting partner. */
function counterpart(ctx: SentenceContext, k: number): Slot | undefined {
  let p = prevWord(ctx, k);
  while (p >= 0 && /^\p{Lu}/u.test(ctx.tokens[p]!.text) && !ctx.endsAt.has(p)) p = prevWord(ctx, p); // "his Chinese counterpart"
  const owner = ctx.endsAt.get(p) ?? (isPossessiveMark(ctx.tokens[p]) ? ctx.endsAt.get(p - 1) : undefined);
  if (!owner) return undefined;
  if (ctx.tokens[nextWord(ctx, k)]?.lower === ',' && ctx.startsAt.has(nextWord(ctx, nextWord(ctx, k)))) return undefined; // named next
  const other = partnerOf(ctx.doc, owner.actor);
  if (!other) return undefined;
  const t = ctx.tokens[k]!;
  return { actor: other, mention: { ...owner.mention, start: t.start, end: t.end, text: t.text, actor: other, kind: 'Person', via: 'role' }, first: k, last: k, possessive: false, modifier: false };
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
    if (s && POSSESSIVE_PRONOUNS.has(s.mention.text.toLowerCase())) continue;
    if (s && opts.envoyOwner && s.possessive && ENVOYS.test(textFrom(ctx, s.last + 2, 3))) return [s];
    if (s) {
      if (s.modifier && !(opts.allowModifier && !s.possessive)) {
        k = s.possessive ? s.last + 1 : s.last;
        skipped++;
        continue;
      }
      if (opts.via && !opts.via.includes(s.mention.via)) return [];
      if (opts.kinds && !opts.kinds.includes(s.mention.kind ?? '')) return [];
      return coordinateForward(ctx, s, opts.allowModifier);
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
