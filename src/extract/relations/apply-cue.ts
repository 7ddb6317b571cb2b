/**
 * Turns one cue found in a sentence into relation candidates: finds its source and target by the
 * cue's frame, applies negation, refusal, hypotheticals and (for meetings) status, date and place.
 */
import type { RelationCandidate } from '../doc.ts';
import type { CueMatch } from './cues.ts';
import { dateFor } from './dates.ts';
import { betweenFrame, byToFrame, deonticFrame, expandPlurals, inSpeech, predicateFrame, verbFrame, type Parties } from './frames.ts';
import { placeFor } from './meeting-details.ts';
import { reactionFrame } from './reaction-frame.ts';
import { hasCancelWord, isHypothetical, isNegated, isUnrealMeeting, lapsedAfter, meetingStatus } from './modality.ts';
import { prevWord, type SentenceContext } from './slots.ts';

const NEGOTIATION = /negotiat|talks|discussions/;

/** Candidates for one cue; `refusal` is a "refused to" / "will not" cue scoping over it. */
export function applyCue(ctx: SentenceContext, m: CueMatch, refusal?: CueMatch): RelationCandidate[] {
  const def = m.def;
  if (def.refusal) return [];
  if (isHypothetical(ctx, m.first)) return [];
  if (def.type !== 'MET' && !refusal && isNegated(ctx, m.first) && def.frame !== 'predicate') return [];
  if (def.speechOnly && !inSpeech(ctx, m.first)) return [];
  // "no meetings with X", "no talks about X": a denial, not a cancelled meeting
  if (['no', 'without'].includes(ctx.tokens[prevWord(ctx, m.first)]?.lower ?? '')) return [];
  const frames = { verb: verbFrame, between: betweenFrame, predicate: predicateFrame, deontic: deonticFrame, 'by-to': byToFrame, reaction: reactionFrame };
  const frame = frames[def.frame];
  const framed = frame(ctx, m);
  if (!framed) return [];
  // a plural reference ("the two presidents") stands for each of its members
  const found = { ...framed, sources: expandPlurals(framed.sources), targets: expandPlurals(framed.targets) };
  let { type } = found;
  let { cameo, goldstein } = def;
  let rule = found.rule;
  // a frame may switch the type ("pressure on X" alone opposes; "calls for X to be at the table" supports)
  if (type !== def.type && type === 'OPPOSED') [cameo, goldstein] = ['170', -7.0];
  if (type !== def.type && type === 'SUPPORTED') [cameo, goldstein] = ['051', 3.4];
  if (refusal && type !== 'MET') {
    if (type !== 'SUPPORTED') return [];
    // "refuses to provide guarantees to X": withholding support opposes
    [type, cameo, goldstein, rule] = ['OPPOSED', '120', -4.0, `refusal:${def.id}`];
  }
  // "would not negotiate with X": refusing talks is a stance against X, not a called-off meeting
  const cueText = ctx.doc.text.slice(ctx.tokens[m.first]!.start, ctx.tokens[m.last]!.end).toLowerCase();
  if (type === 'MET' && (refusal || isNegated(ctx, m.first)) && NEGOTIATION.test(cueText) && !hasCancelWord(ctx, m.first, m.last)) {
    [type, cameo, goldstein, rule] = ['OPPOSED', '125', -5.0, `refusal:${def.id}`];
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
    .filter(([s, t]) => s !== t && !(def.foreignOnly && compatriots(ctx, s, t)))
    .map(([source, target]) => ({ type, source, target, ...base, ...meeting }));
}

/** Two parties of one state: a person and their state, or two people acting for the same state. */
function compatriots(ctx: SentenceContext, a: string, b: string): boolean {
  const stateOf = (id: string): string | undefined => {
    const actor = ctx.doc.actors.get(id);
    return actor?.kind === 'Country' ? id : actor?.country;
  };
  const x = stateOf(a);
  return !!x && x === stateOf(b);
}

function meetingFacts(ctx: SentenceContext, m: CueMatch, refused: boolean, found: Parties): Partial<RelationCandidate> {
  // a nominal meeting ("X's talks with Y") is dated by the words around its noun phrase only
  const owner = found.rule.startsWith('nominal:') ? found.sources[0]?.slot : undefined;
  const phraseStart = owner ? owner.first : m.def.frame === 'between' ? m.first : undefined;
  const said = meetingStatus(ctx, m.first, m.last, refused, phraseStart);
  const status = said === 'held' && m.def.status ? m.def.status : said;
  const lastParty = Math.max(m.last, ...found.targets.map((t) => t.slot?.last ?? 0), ...(found.pairs ? found.sources.map((s) => s.slot?.last ?? 0) : []));
  const date = dateFor(ctx, m.first, m.last, status === 'planned');
  const place = placeFor(ctx, lastParty);
  const lapsed = status === 'cancelled' && lapsedAfter(ctx, m.last);
  return { status, ...(date && { date }), ...(place && { place }), meetingKind: m.def.kind ?? 'meeting', ...(lapsed && { lapsed }) };
}
