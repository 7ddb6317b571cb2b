/**
 * Turns one cue found in a sentence into relation candidates: finds its source and target by the
 * cue's frame, applies negation, refusal, hypotheticals and (for meetings) status, date and place.
 */
import type { RelationType } from '../../model/schema.ts';
import type { RelationCandidate } from '../doc.ts';
import { adjacentSubject, findObjects, findSubject, possessorOf, speakerAt, type Party, type SubjectResult } from './arguments.ts';
import type { CueMatch } from './cues.ts';
import { dateFor } from './dates.ts';
import { placeFor } from './meeting-details.ts';
import { isHypothetical, isNegated, isUnrealMeeting, meetingStatus } from './modality.ts';
import { isObject, nextWord, prevWord, slotEndingAt, type SentenceContext, type Slot } from './slots.ts';
import { BE_FORMS, isNegator, isSaying, PREPOSITIONS, REPORTING_NOUNS } from './words.ts';

const CONFIDENCE_BY_VIA: Record<SubjectResult['via'], number> = {
  subject: 1, possessor: 1, relative: 0.95, speaker: 0.85, fronted: 0.85, none: 0,
};
const INCLUSION = /^(at the heart|at the table|involved|included|consulted|represented|heard|given a seat|part of the talks|part of any|part of the negotiations|in the room)/;
const POSITIVE_EPITHET = /\b(friend|ally|partner|hero|great|good|nice|wonderful|brave|fantastic|terrific|tremendous|genius|champion|model|inspiration)\b/;
const AID_WORDS = /^(aid|weapons|arms|support|assistance|funding|equipment|ammunition|money|help|troops|guarantees|intelligence)$/;
const PARTICIPLE = /(ed|en|wn|ght|met|held|told|said|put|sent|hit)$/;

interface Parties {
  sources: Party[];
  targets: Party[];
  rule: string;
  confidence: number;
  type: RelationType;
  pairs?: boolean;
}

const slotParties = (slots: Slot[]): Party[] => slots.map((s) => ({ actor: s.actor, slot: s }));

/** Where a cue inside a quote may look for its subject: the quote, unless it continues the sentence. */
function quoteScope(ctx: SentenceContext, at: number): number {
  const q = ctx.quoteOf[at];
  // a partial quote in lower case ("the US government „supports Ukraine's …") continues the clause
  if (!q || /^\p{Ll}/u.test(q.text)) return 0;
  let k = at;
  while (k > 0 && ctx.quoteOf[k - 1] === q) k--;
  return k;
}

const PP_OPENERS = new Set(['during', 'in', 'after', 'before', 'following', 'at', 'ahead', 'since', 'speaking', 'on']);

/** "During the call with X, Sir Keir said …": an adverbial phrase before the comma; its actor is the subject after. */
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

/** "EU support for Ukraine", "American aid to X": a name right before a cue noun owns it. */
function compoundOwner(ctx: SentenceContext, m: CueMatch): Slot | undefined {
  const s = slotEndingAt(ctx, prevWord(ctx, m.first));
  if (!s || ctx.tokens[s.last + 1]?.lower === "'s" || !NOMINAL_HEADS.has(m.head.lower)) return undefined;
  return s;
}

const NOMINAL_HEADS = new Set(['support', 'backing', 'solidarity', 'commitment', 'aid', 'talks', 'negotiations', 'meeting', 'meetings', 'visit', 'visits', 'trip', 'call', 'calls', 'sanctions', 'criticism', 'condemnation', 'demands', 'demand', 'pressure', 'summit', 'conversation', 'discussions']);

/** The subject of a verb-like cue, with the quote speaker and a fronted-phrase fallback. */
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

function sourceOf(ctx: SentenceContext, m: CueMatch): SubjectResult {
  const owner = possessorOf(ctx, m.first) ?? compoundOwner(ctx, m);
  if (owner) return { parties: [{ actor: owner.actor, slot: owner }], via: 'possessor' };
  if (isReducedRelative(ctx, m)) return { parties: [], via: 'none' };
  const inQuote = ctx.quoteOf[m.first];
  const fronted = frontedSubject(ctx, m);
  if (fronted && !inQuote) return { parties: [{ actor: fronted.actor, slot: fronted }], via: 'fronted' };
  const scope = quoteScope(ctx, m.first);
  const subj = findSubject(ctx, m.first, scope);
  if (subj.parties.length) return subj;
  if (inQuote && scope > 0) return inQuote.speaker ? { parties: [{ actor: inQuote.speaker }], via: 'speaker' } : subj;
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

const INTENT_VERBS = new Set(['agreed', 'agree', 'agrees', 'plan', 'plans', 'planned', 'planning', 'due', 'set', 'expected', 'going', 'hope', 'hopes', 'want', 'wants', 'intend', 'intends', 'scheduled', 'decided', 'likely', 'ready', 'able', 'continue', 'continued']);

/** "X and Y are visiting Z to discuss …": an infinitive of purpose, not a meeting of X and Y. */
function isPurposeClause(ctx: SentenceContext, m: CueMatch): boolean {
  const p = prevWord(ctx, m.first);
  if (ctx.tokens[p]?.lower !== 'to') return false;
  return !INTENT_VERBS.has(ctx.tokens[prevWord(ctx, p)]?.lower ?? '');
}

/** Does what follows the targets satisfy the cue's complement ("urged X to …")? */
function complementHolds(ctx: SentenceContext, m: CueMatch, targets: Party[]): boolean {
  const c = m.def.complement;
  if (!c) return true;
  const last = targets[targets.length - 1]?.slot;
  if (!last) return false;
  let k = nextWord(ctx, ctx.tokens[last.last + 1]?.lower === "'s" ? last.last + 1 : last.last);
  if (/ly$/.test(ctx.tokens[k]?.lower ?? '')) k = nextWord(ctx, k);
  const w = ctx.tokens[k]?.lower ?? '';
  const w2 = ctx.tokens[nextWord(ctx, k)]?.lower ?? '';
  if (c === 'to') return w === 'to' || (w === 'not' && w2 === 'to');
  if (c === 'to-or-that') return w === 'to' || w === 'that' || (w === 'not' && w2 === 'to');
  if (c === 'of') return w === 'of';
  if (c === 'name') return w === 'a' || w === 'an' || w === 'as' || /^["“„]/.test(ctx.tokens[last.last + 1]?.text ?? '');
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
function inSpeech(ctx: SentenceContext, at: number): boolean {
  if (ctx.quoteOf[at]) return true;
  for (let k = at - 1; k >= 0; k--) if (isSaying(ctx.tokens[k]) || REPORTING_NOUNS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

function verbFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  const def = m.def;
  // after a cue ending in a preposition ("talks with") the object comes at once
  const endsInPreposition = PREPOSITIONS.has(ctx.tokens[m.last]!.lower);
  const objOpts = { gap: def.gap ?? (endsInPreposition ? 1 : 3), allowModifier: !!def.modifierTarget, via: def.targetVia, throughProposals: !!def.throughProposals };
  if (isPassive(ctx, m)) {
    const target = findSubject(ctx, m.first, quoteScope(ctx, m.first));
    let k = nextWord(ctx, m.last);
    if (/ly$/.test(ctx.tokens[k]?.lower ?? '')) k = nextWord(ctx, k);
    if (ctx.tokens[k]?.lower !== 'by') return null;
    const agents = findObjects(ctx, k, { gap: 2, allowModifier: false });
    if (!agents.length || !target.parties.length) return null;
    return { sources: slotParties(agents), targets: target.parties, rule: `passive:${def.id}`, confidence: def.confidence * 0.95, type: def.type };
  }
  const src = sourceOf(ctx, m);
  const objects = findObjects(ctx, m.last, objOpts);
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
  // "calls for Ukraine to be at the heart of the talks" advocates for Ukraine rather than urging it
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

function predicateFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  const subject = adjacentSubject(ctx, m.first, true);
  if (!subject.parties.length) return null;
  // "X is not a dictator": a denial (cues that carry their own negation start at the negator)
  const subjectEnd = subject.parties[subject.parties.length - 1]!.slot?.last ?? m.first;
  for (let k = subjectEnd + 1; k < m.first; k++) if (isNegator(ctx.tokens[k]!.lower)) return null;
  const speaker = speakerAt(ctx, subject.parties[0]!.slot?.first ?? m.first);
  if (!speaker.parties.length) return null;
  return { sources: speaker.parties, targets: subject.parties, rule: `predicate:${m.def.id}`, confidence: m.def.confidence, type: m.def.type };
}

function deonticFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
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

function betweenFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  const parties = findObjects(ctx, m.last, { gap: 1, allowModifier: false });
  if (parties.length < 2) return null;
  return { sources: slotParties(parties), targets: [], rule: `between:${m.def.id}`, confidence: m.def.confidence, type: m.def.type, pairs: true };
}

/** Candidates for one cue; `refusal` is a "refused to" / "will not" cue scoping over it. */
export function applyCue(ctx: SentenceContext, m: CueMatch, refusal?: CueMatch): RelationCandidate[] {
  const def = m.def;
  if (def.refusal) return [];
  if (isHypothetical(ctx, m.first)) return [];
  if (def.type !== 'MET' && !refusal && isNegated(ctx, m.first) && def.frame !== 'predicate') return [];
  if (def.speechOnly && !inSpeech(ctx, m.first)) return [];
  // "no meetings with Russia", "no talks about Ukraine": a denial, not a cancelled meeting
  if (['no', 'without'].includes(ctx.tokens[prevWord(ctx, m.first)]?.lower ?? '')) return [];
  const frame = def.frame === 'verb' ? verbFrame : def.frame === 'between' ? betweenFrame : def.frame === 'predicate' ? predicateFrame : deonticFrame;
  const found = frame(ctx, m);
  if (!found) return [];
  let { type } = found;
  let { cameo, goldstein } = def;
  let rule = found.rule;
  // a frame may switch the type ("pressure on X" alone opposes; "calls for X to be at the table" supports)
  if (type !== def.type && type === 'OPPOSED') [cameo, goldstein] = ['170', -7.0];
  if (type !== def.type && type === 'SUPPORTED') [cameo, goldstein] = ['051', 3.4];
  if (refusal && type !== 'MET') {
    if (type !== 'SUPPORTED') return [];
    // "refuses to provide guarantees to Kyiv": withholding support opposes
    [type, cameo, goldstein, rule] = ['OPPOSED', '120', -4.0, `refusal:${def.id}`];
  }
  const pairs: [string, string][] = [];
  if (found.pairs) {
    const ids = [...new Set(found.sources.map((p) => p.actor))];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  } else {
    for (const s of found.sources) for (const t of found.targets) pairs.push([s.actor, t.actor]);
  }
  const first = refusal ?? m;
  const cueSpan = { start: ctx.tokens[first.first]!.start, end: ctx.tokens[m.last]!.end };
  const quote = ctx.quoteOf[m.first] ?? ctx.doc.quotes.find((q) => q.start >= ctx.sentence.start && q.end <= ctx.sentence.end);
  const base = {
    sentence: ctx.sentence.index,
    cueSpan,
    cue: ctx.doc.text.slice(cueSpan.start, cueSpan.end),
    cameo,
    goldstein,
    confidence: Math.round(found.confidence * 100) / 100,
    rule,
    ...(quote && { quote: quote.text }),
  };
  if (type === 'MET' && !refusal && isUnrealMeeting(ctx, m.first)) return [];
  const meeting = type === 'MET' ? meetingFacts(ctx, m, !!refusal, found) : {};
  return pairs
    .filter(([s, t]) => s !== t)
    .map(([source, target]) => ({ type, source, target, ...base, ...meeting }));
}

function meetingFacts(ctx: SentenceContext, m: CueMatch, refused: boolean, found: Parties): Partial<RelationCandidate> {
  const said = meetingStatus(ctx, m.first, m.last, refused);
  const status = said === 'held' && m.def.status ? m.def.status : said;
  const lastParty = Math.max(m.last, ...found.targets.map((t) => t.slot?.last ?? 0), ...(found.pairs ? found.sources.map((s) => s.slot?.last ?? 0) : []));
  const date = dateFor(ctx, m.first, m.last, status === 'planned');
  const place = placeFor(ctx, lastParty);
  return { status, ...(date && { date }), ...(place && { place }), meetingKind: m.def.kind ?? 'meeting' };
}
