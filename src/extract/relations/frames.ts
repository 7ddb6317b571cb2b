/**
 * The frames of the cue lexicon: where a cue's source and target sit. verb (subject → object,
 * passive, complements such as "urged X to"), predicate (what a speaker says of a subject:
 * "X is to blame"), deontic ("X must …" said by a speaker) and between ("talks between X and Y").
 */
import type { RelationType } from '../../model/schema.ts';
import { findSubject, objectRelative, type Party, type SubjectResult } from './arguments.ts';
import { findObjects, institutionAfter, partiesAfterBetween } from './objects.ts';
import { companionsAfter } from './coordination.ts';
import { adjacentSubject, speakerAt } from './speech-subjects.ts';
import { quoteScope, sourceOf } from './cue-source.ts';
import { personReferent } from './pronouns.ts';
import type { CueMatch } from './cues.ts';
import { nextWord, prevWord, type SentenceContext, type Slot } from './slots.ts';
import { BE_FORMS, DETERMINERS, isNegator, isSaying, PREPOSITIONS, REPORTING_NOUNS } from './words.ts';

const CONFIDENCE_BY_VIA: Record<SubjectResult['via'], number> = {
  subject: 1, possessor: 1, relative: 0.95, speaker: 0.85, fronted: 0.85, none: 0,
};
const INCLUSION = /^(at the heart|at the table|involved|included|consulted|represented|heard|given a seat|part of the talks|part of any|part of the negotiations|in the room)/;
const POSITIVE_EPITHET = /\b(friend|ally|partner|hero|great|good|nice|wonderful|brave|fantastic|terrific|tremendous|genius|champion|model|inspiration)\b/;
const AID_WORDS = /^(aid|weapons|arms|support|assistance|funding|equipment|ammunition|money|help|troops|guarantees|intelligence|loan|loans|credit|credits)$/;
const OBLIGATION = /\b(must|should|needs? to|has to|have to|had to|ought to|would have to)\b/;
const BARRIER = new Set([',', ';', ':', '.', '–', '—', 'and', 'but']);
const PARTICIPLE = /(ed|en|wn|ght|met|held|told|said|put|sent|hit)$/;

export interface Parties {
  sources: Party[];
  targets: Party[];
  rule: string;
  confidence: number;
  type: RelationType;
  pairs?: boolean;
}

const slotParties = (slots: Slot[]): Party[] => slots.map((s) => ({ actor: s.actor, slot: s }));

/** Each member of a plural reference as a party of its own ("the two presidents" → both). */
export const expandPlurals = (parties: Party[]): Party[] =>
  parties.flatMap((p) => (p.slot?.members ? p.slot.members.map((actor) => ({ actor, slot: p.slot })) : [p]));

const INTENT_VERBS = new Set(['agreed', 'agree', 'agrees', 'plan', 'plans', 'planned', 'planning', 'due', 'set', 'expected', 'going', 'hope', 'hopes', 'want', 'wants', 'intend', 'intends', 'scheduled', 'decided', 'likely', 'ready', 'able', 'continue', 'continued']);

/** "X and Y are visiting Z to discuss …": an infinitive of purpose, not a meeting of X and Y. */
function isPurposeClause(ctx: SentenceContext, m: CueMatch): boolean {
  const p = prevWord(ctx, m.first);
  if (ctx.tokens[p]?.lower !== 'to') return false;
  return !INTENT_VERBS.has(ctx.tokens[prevWord(ctx, p)]?.lower ?? '');
}

/** An envoy stands for the state that sent them: "expelled India's high commissioner, X" → India. */
function envoyState(ctx: SentenceContext, s: Slot): Slot {
  const actor = ctx.doc.actors.get(s.actor);
  return actor?.kind === 'Person' && actor.country ? { ...s, actor: actor.country } : s;
}

/** A subject pronoun the resolver left open ("whom he accused"), read as the person a reader would take. */
function referentSlot(ctx: SentenceContext, k: number, exclude: ReadonlySet<string>): Slot | undefined {
  const t = ctx.tokens[k]!;
  if (t.lower !== 'he' && t.lower !== 'she') return undefined;
  const mention = ctx.doc.mentions.find((x) => x.start === t.start && x.end === t.end);
  const actor = mention ? personReferent(ctx, k, exclude) : undefined;
  return actor && mention ? { actor, mention, first: k, last: k, possessive: false, modifier: false } : undefined;
}

/** "accused him of …" with "him" left open: the person a reader would take, as a slot. */
function objectPronoun(ctx: SentenceContext, m: CueMatch, sources: Party[]): Slot | undefined {
  const k = nextWord(ctx, m.last);
  const t = ctx.tokens[k];
  // "accused him", or the subject of a demanded clause: "demanded that he order …"
  const afterThat = ctx.tokens[m.last]?.lower === 'that' && (t?.lower === 'he' || t?.lower === 'she');
  if (!t || !(t.lower === 'him' || t.lower === 'her' || afterThat) || ctx.startsAt.has(k)) return undefined;
  const mention = ctx.doc.mentions.find((x) => x.start === t.start && x.end === t.end);
  if (!mention) return undefined;
  const actor = personReferent(ctx, m.first, new Set(sources.map((p) => p.actor)), true);
  return actor ? { actor, mention, first: k, last: k, possessive: false, modifier: false } : undefined;
}

const NEGATIVE_EPITHET = /\b(dictator|tyrant|aggressor|threat|criminal|liar|terrorist|enemy|murderer|thug|danger|disgrace|failure|puppet|war criminal|autocrat|bully|adversary|destabilising|destabilizing|illegitimate|irrelevant|theatre|theater|propaganda|hypocrite|hypocritical|unreliable|challenge|menace|pariah|rogue|warmonger|coercive|aggressive|hostile)\b/;
const NOT_SUBJUNCTIVE = /^(had|has|have|was|were|is|are|would|will|could|can|should|might|may|must|did|does|'s|\w+ed|\w+s)$/;

/** "… to leave (the country)": within the object's appositions ("X, Y, and five other diplomats to leave"). */
function leavesAfter(ctx: SentenceContext, from: number): boolean {
  for (let k = nextWord(ctx, from), n = 0; k < ctx.tokens.length && n < 12; k = nextWord(ctx, k), n++) {
    const w = ctx.tokens[k]!.lower;
    if (w === 'to') return ['leave', 'depart', 'quit', 'go'].includes(ctx.tokens[nextWord(ctx, k)]?.lower ?? '');
    if (w === ';' || w === '.') return false;
  }
  return false;
}

/** Does what follows the targets satisfy the cue's complement ("urged X to …")? */
function complementHolds(ctx: SentenceContext, m: CueMatch, targets: Party[]): boolean {
  const c = m.def.complement;
  if (!c) return true;
  const last = targets[targets.length - 1]?.slot;
  if (!last) return false;
  const institution = institutionAfter(ctx, last);
  let k = nextWord(ctx, institution >= 0 ? institution : ctx.tokens[last.last + 1]?.lower === "'s" ? last.last + 1 : last.last);
  if (/ly$/.test(ctx.tokens[k]?.lower ?? '')) k = nextWord(ctx, k);
  const w = ctx.tokens[k]?.lower ?? '';
  const w2 = ctx.tokens[nextWord(ctx, k)]?.lower ?? '';
  if (c === 'to') return w === 'to' || (w === 'not' && w2 === 'to');
  if (c === 'to-or-that') return w === 'to' || w === 'that' || (w === 'not' && w2 === 'to');
  if (c === 'leave') return leavesAfter(ctx, last.last);
  // a place follows ("to the palace", "at Chequers"), not an infinitive ("to lift the embargo")
  if (c === 'to-or-for') return w === 'to' || w === 'for' || (w === 'not' && w2 === 'to');
  if (c === 'to-or-at') return ['to', 'at', 'in', 'into'].includes(w) && (DETERMINERS.has(w2) || /^\p{Lu}/u.test(ctx.tokens[nextWord(ctx, k)]?.text ?? ''));
  if (c === 'as-negative') return w === 'as' && NEGATIVE_EPITHET.test(textAfter(ctx, k, 4));
  // "proposed that X step aside": a bare verb after the subject, not a report ("that X had …")
  if (c === 'subjunctive') return /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? '') && !NOT_SUBJUNCTIVE.test(w);
  if (c === 'to-or-on') return ['to', 'on', 'over', 'about'].includes(w) || (w === 'not' && w2 === 'to');
  // "warned X that it must not …": a warning with an obligation is urging too
  if (c === 'to-or-against') return w === 'to' || w === 'against' || (w === 'not' && w2 === 'to') || (w === 'that' && OBLIGATION.test(textAfter(ctx, k, 5)));
  if (c === 'of') return w === 'of';
  if (c === 'name') return w === 'a' || w === 'an' || w === 'as' || /^["“„]/.test(ctx.tokens[last.last + 1]?.text ?? '');
  // double object: "gave X (its full) support", an aid noun within a few words and no clause break
  if (c === 'aid-after') {
    for (let j = k; j < Math.min(ctx.tokens.length, k + 4); j++) {
      if (AID_WORDS.test(ctx.tokens[j]!.lower)) return true;
      if (/^[,;.:]$/.test(ctx.tokens[j]!.text)) return false;
    }
    return false;
  }
  if (c === 'with-aid') {
    if (w !== 'with') return false;
    for (let j = k + 1; j < Math.min(ctx.tokens.length, k + 5); j++) if (AID_WORDS.test(ctx.tokens[j]!.lower)) return true;
  }
  return false;
}

function isPassive(ctx: SentenceContext, m: CueMatch): boolean {
  if (!PARTICIPLE.test(m.head.lower)) return false;
  let k = prevWord(ctx, m.first);
  while (k >= 0 && /ly$/.test(ctx.tokens[k]!.lower)) k = prevWord(ctx, k);
  return BE_FORMS.has(ctx.tokens[k]?.lower ?? '') && ctx.tokens[k]?.lower !== "'s";
}

/** Is the cue in reported speech: inside a quote or after a verb or noun of saying? */
export function inSpeech(ctx: SentenceContext, at: number): boolean {
  if (ctx.quoteOf[at]) return true;
  for (let k = at - 1; k >= 0; k--) if (isSaying(ctx.tokens[k]) || REPORTING_NOUNS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

export function verbFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  const def = m.def;
  // after a cue ending in a preposition ("talks with") the object comes at once
  const endsInPreposition = PREPOSITIONS.has(ctx.tokens[m.last]!.lower);
  const objOpts = { gap: def.gap ?? (endsInPreposition ? 1 : 3), allowModifier: !!def.modifierTarget, via: def.targetVia, throughProposals: !!def.throughProposals, envoyOwner: !!def.envoyOwner, kinds: def.targetKinds };
  if (isPassive(ctx, m)) {
    const target = findSubject(ctx, m.first, quoteScope(ctx, m.first));
    let k = nextWord(ctx, m.last);
    if (/ly$/.test(ctx.tokens[k]?.lower ?? '')) k = nextWord(ctx, k);
    // "was met at the airport by X": a short place phrase may come before the agent
    if (['at', 'in', 'on'].includes(ctx.tokens[k]?.lower ?? '')) {
      for (let n = 0; n < 4 && ctx.tokens[k] && ctx.tokens[k]!.lower !== 'by' && !BARRIER.has(ctx.tokens[k]!.lower); n++) k = nextWord(ctx, k);
    }
    if (ctx.tokens[k]?.lower !== 'by') return null;
    const agents = findObjects(ctx, k, { gap: 2, allowModifier: false });
    if (!agents.length || !target.parties.length) return null;
    return { sources: slotParties(agents), targets: target.parties, rule: `passive:${def.id}`, confidence: def.confidence * 0.95, type: def.type };
  }
  const src = sourceOf(ctx, m);
  const objects = findObjects(ctx, m.last, objOpts).map((s) => (def.envoyOwner ? envoyState(ctx, s) : s));
  // "hosted X at the palace, together with Y": Y is at the same meeting
  if (def.type === 'MET' && objects.length) objects.push(...companionsAfter(ctx, objects[objects.length - 1]!.last));
  if (!objects.length) {
    const pronoun = objectPronoun(ctx, m, src.parties);
    if (pronoun) objects.push(pronoun);
  }
  // "Y, whom X accused of …": the head of an object relative clause is what the cue acts on
  const relative = !objects.length && !def.complement ? objectRelative(ctx, m.first) : null;
  if (relative) {
    const heads = new Set(relative.targets.map((t) => t.actor));
    const subject = relative.subject ?? (relative.pronoun !== undefined ? referentSlot(ctx, relative.pronoun, heads) : undefined);
    if (!subject) return null;
    return { sources: [{ actor: subject.actor, slot: subject }], targets: slotParties(relative.targets), rule: `relative-object:${def.id}`, confidence: def.confidence * 0.9, type: def.type };
  }
  const targets = slotParties(objects);
  const rule = `${src.via === 'possessor' ? 'nominal' : src.via === 'speaker' ? 'quote' : src.via === 'fronted' ? 'fronted' : 'svo'}:${def.id}`;
  const confidence = def.confidence * CONFIDENCE_BY_VIA[src.via];
  if (!targets.length) {
    if (def.symmetric && src.parties.length >= 2 && !isPurposeClause(ctx, m)) return { sources: src.parties, targets: [], rule: `symmetric:${def.id}`, confidence, type: def.type, pairs: true };
    return null;
  }
  if (!complementHolds(ctx, m, targets)) {
    if (!def.withoutComplement) return null;
    return { sources: src.parties, targets, rule, confidence: confidence * 0.9, type: def.withoutComplement };
  }
  // "called X a great friend": an epithet of praise is support, not criticism
  if (def.complement === 'name' && POSITIVE_EPITHET.test(textAfter(ctx, targets[targets.length - 1]!.slot!.last, 4))) {
    return { sources: src.parties, targets, rule, confidence, type: 'SUPPORTED' };
  }
  // "calls for X to be at the table" advocates for X rather than urging it
  if (def.type === 'URGED' && def.complement) {
    const after = textAfter(ctx, targets[targets.length - 1]!.slot!.last, 8).replace(/^(to|not to) be /, '');
    if (INCLUSION.test(after)) return { sources: src.parties, targets, rule, confidence, type: 'SUPPORTED' };
  }
  return { sources: src.parties, targets, rule, confidence, type: def.type };
}

/** The next few words after token `i`, lower case, quote marks dropped. */
function textAfter(ctx: SentenceContext, i: number, n: number): string {
  const out: string[] = [];
  for (let k = nextWord(ctx, i); k < ctx.tokens.length && out.length < n; k = nextWord(ctx, k)) out.push(ctx.tokens[k]!.lower);
  return out.join(' ');
}

const SAID_OF = new Set(['said', 'says', 'saying', 'remarked', 'wrote', 'added', 'told']);
const OPEN_PRONOUNS = new Set(['he', 'she', "he's", "she's"]);

/** '"He is a liar," X said of Y': the party a quote is said of, for a subject pronoun left open. */
function saidOf(ctx: SentenceContext, m: CueMatch): SubjectResult {
  const p = ctx.tokens[prevWord(ctx, m.first)];
  if (!ctx.quoteOf[m.first] || !p || !(OPEN_PRONOUNS.has(p.lower) || (BE_FORMS.has(p.lower) && OPEN_PRONOUNS.has(ctx.tokens[prevWord(ctx, prevWord(ctx, m.first))]?.lower ?? '')))) {
    return { parties: [], via: 'none' };
  }
  for (let k = 0; k < ctx.tokens.length - 2; k++) {
    if (!SAID_OF.has(ctx.tokens[k]!.lower) || ctx.quoteOf[k] || ctx.tokens[k + 1]!.lower !== 'of') continue;
    const s = ctx.startsAt.get(nextWord(ctx, k + 1));
    return s && !s.modifier ? { parties: [{ actor: s.actor, slot: s }], via: 'subject' } : { parties: [], via: 'none' };
  }
  return { parties: [], via: 'none' };
}

export function predicateFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  let subject = adjacentSubject(ctx, m.first, true);
  if (!subject.parties.length || !subject.parties.every((p) => p.actor)) subject = saidOf(ctx, m);
  if (!subject.parties.length) return null;
  // "X is not a dictator": a denial (cues that carry their own negation start at the negator)
  const subjectEnd = subject.parties[subject.parties.length - 1]!.slot?.last ?? m.first;
  for (let k = subjectEnd + 1; k < m.first; k++) if (isNegator(ctx.tokens[k]!.lower)) return null;
  const speaker = speakerAt(ctx, subject.parties[0]!.slot?.first ?? m.first);
  if (!speaker.parties.length) return null;
  return { sources: speaker.parties, targets: subject.parties, rule: `predicate:${m.def.id}`, confidence: m.def.confidence, type: m.def.type };
}

export function deonticFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  const subject = adjacentSubject(ctx, m.first);
  if (!subject.parties.length || !inSpeech(ctx, m.first)) return null;
  const speaker = speakerAt(ctx, subject.parties[0]!.slot?.first ?? m.first);
  if (!speaker.parties.length) return null;
  const after = textAfter(ctx, m.last, 8);
  if (after.startsWith('not') || after.startsWith("n't")) return null;
  let type: RelationType = 'URGED';
  if (after.startsWith('be ')) {
    const rest = after.slice(3);
    if (INCLUSION.test(rest)) type = 'SUPPORTED';
    else if (!rest.startsWith('part of')) return null;
  }
  return { sources: speaker.parties, targets: subject.parties, rule: `deontic:${m.def.id}`, confidence: m.def.confidence, type };
}

export function byToFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  const agents = findObjects(ctx, m.last, { gap: 1, allowModifier: false });
  const last = agents[agents.length - 1];
  if (!last) return null;
  const to = nextWord(ctx, last.last);
  if (ctx.tokens[to]?.lower !== 'to') return null;
  const targets = findObjects(ctx, to, { gap: 1, allowModifier: false });
  if (!targets.length) return null;
  return { sources: slotParties(agents), targets: slotParties(targets), rule: `by-to:${m.def.id}`, confidence: m.def.confidence, type: m.def.type };
}

export function betweenFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  const parties = expandPlurals(slotParties(partiesAfterBetween(ctx, m.last)));
  if (new Set(parties.map((p) => p.actor)).size < 2) return null;
  return { sources: parties, targets: [], rule: `between:${m.def.id}`, confidence: m.def.confidence, type: m.def.type, pairs: true };
}
