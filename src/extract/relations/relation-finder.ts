/**
 * The relation finder component: finds cues sentence by sentence, turns each into candidates
 * with its source and target, then applies article-level rules (no self-relations; a meeting
 * reported as called off overrides the same meeting announced as planned).
 */
import type { Actor } from '../../model/schema.ts';
import { heldOn } from '../actors/resolve-context.ts';
import { roleOf } from '../actors/roles.ts';
import type { Component, Doc, RelationCandidate, Sentence } from '../doc.ts';
import { applyCue } from './apply-cue.ts';
import { sourceOf } from './cue-source.ts';
import { addPluralSlots, noteGroups, resetGroups } from './pairs.ts';
import { notePartners, resetPartners } from './partners.ts';
import type { CueMatch } from './cues.ts';
import { dateFor } from './dates.ts';
import { meetingStatus } from './modality.ts';
import { buildContext, nextWord, prevWord, type SentenceContext } from './slots.ts';

const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'summit', 'negotiations', 'discussions', 'call']);
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '–', '—']);

/** Pairs each refusal ("refused to", "will not") with the cue it scopes over, a few words on. */
function refusalScopes(ctx: SentenceContext, cues: CueMatch[]): Map<CueMatch, CueMatch> {
  const scoped = new Map<CueMatch, CueMatch>();
  for (const r of cues) {
    if (!r.def.refusal) continue;
    const inner = cues.find((c) => c.first > r.last && c.first - r.last <= 4 && !c.def.refusal);
    if (!inner) continue;
    const between = ctx.tokens.slice(r.last + 1, inner.first);
    if (between.some((t) => CLAUSE_BREAK.has(t.lower))) continue;
    scoped.set(inner, r);
  }
  return scoped;
}

/** "X-Y talks": two parties joined by a hyphen before a meeting noun. */
function hyphenMeetings(ctx: SentenceContext): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const a of ctx.slots) {
    if (ctx.tokens[a.last + 1]?.text !== '-') continue;
    const b = ctx.startsAt.get(a.last + 2);
    if (!b) continue;
    let k = nextWord(ctx, b.last);
    if (!MEETING_NOUNS.has(ctx.tokens[k]?.lower ?? '')) k = nextWord(ctx, k);
    const noun = ctx.tokens[k];
    if (!noun || !MEETING_NOUNS.has(noun.lower) || a.actor === b.actor) continue;
    const status = meetingStatus(ctx, a.first, k, false, a.first);
    const date = dateFor(ctx, k, k, status === 'planned');
    out.push({
      type: 'MET', source: a.actor, target: b.actor, sentence: ctx.sentence.index, status, ...(date && { date }),
      cueSpan: { start: ctx.tokens[a.first]!.start, end: noun.end }, cue: ctx.doc.text.slice(ctx.tokens[a.first]!.start, noun.end),
      cameo: '040', goldstein: 1.0, confidence: 0.8, rule: 'compound:x-y-talks', meetingKind: noun.lower === 'call' ? 'call' : 'talks',
    });
  }
  return out;
}

/** "urged X to meet Y", "called on X to press Y": what is urged has not happened. */
function isUrgedAction(ctx: SentenceContext, cues: CueMatch[], c: CueMatch): boolean {
  if (ctx.tokens[prevWord(ctx, c.first)]?.lower !== 'to') return false;
  // an urged party sits between the two: "urged X to meet", not "wants to meet"
  return cues.some((u) => u.def.type === 'URGED' && u.def.frame === 'verb' && u.last < c.first && c.first - u.last <= 10 &&
    ctx.slots.some((s) => s.first > u.last && s.last < c.first) &&
    !ctx.tokens.slice(u.last + 1, c.first).some((t) => t.lower === ';' || t.lower === '.'));
}

/** The cue's candidates, or those of the first other reading of the same words that finds any. */
function applyReadings(ctx: SentenceContext, c: CueMatch, refusal: CueMatch | undefined): RelationCandidate[] {
  const found = applyCue(ctx, c, refusal);
  if (found.length || !c.alternatives) return found;
  for (const def of c.alternatives) {
    const other = applyCue(ctx, { ...c, def }, refusal);
    if (other.length) return other;
  }
  return found;
}

export function findInSentence(doc: Doc, sentence: Sentence): RelationCandidate[] {
  const ctx = buildContext(doc, sentence);
  addPluralSlots(ctx);
  const cues = ctx.cues;
  const scopes = refusalScopes(ctx, cues);
  const asserted = cues.filter((c) => !isUrgedAction(ctx, cues, c));
  const found = new Map(asserted.map((c) => [c, applyReadings(ctx, c, scopes.get(c))] as const));
  const redirected = opposedSupport(ctx, found);
  return [...[...found.values()].flat(), ...redirected, ...hyphenMeetings(ctx)];
}

/**
 * "vetoed a package of EU support for X", "blocked aid to X": a rejection with no party of
 * its own opposes whoever the support it rejects is for.
 */
function opposedSupport(ctx: SentenceContext, found: Map<CueMatch, RelationCandidate[]>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const [c, results] of found) {
    // a cue bound to a complement ("told X to leave") is no rejection without it ("told lawmakers that …")
    if (c.def.type !== 'OPPOSED' || c.def.frame !== 'verb' || c.def.refusal || c.def.complement) continue;
    const support = [...found].find(([s, r]) => s.def.type === 'SUPPORTED' && s.first > c.last && s.first - c.last <= 10 && r.length &&
      !ctx.tokens.slice(c.last + 1, s.first).some((t) => CLAUSE_BREAK.has(t.lower)));
    if (!support) continue;
    // "blocked EU support for X": the party hit is the one supported, not the supporter named as owner
    const owners = new Set(support[1].map((r) => r.source));
    if (results.length && !results.every((r) => owners.has(r.target))) continue;
    found.set(c, []);
    const sources = sourceOf(ctx, c).parties;
    const targets = [...new Set(support[1].map((r) => r.target))];
    const cueSpan = { start: ctx.tokens[c.first]!.start, end: ctx.tokens[c.last]!.end };
    for (const s of sources) for (const target of targets) {
      out.push({ type: 'OPPOSED', source: s.actor, target, sentence: ctx.sentence.index, cueSpan, cue: ctx.doc.text.slice(cueSpan.start, cueSpan.end),
        cameo: c.def.cameo, goldstein: c.def.goldstein, confidence: Math.round(c.def.confidence * 0.8 * 100) / 100, rule: `against-support:${c.def.id}` });
    }
  }
  return out;
}

/** An opposition office ("Leader of the Opposition", "Shadow Foreign Secretary") held on the article's date. */
function inOpposition(actor: Actor, date: string | undefined): boolean {
  const opposition = (role: string): boolean => /^(?:shadow-|opposition-leader$)/.test(roleOf(role)?.key ?? '');
  return actor.offices.some((o) => opposition(o.role) && heldOn(o, date)) || (!!actor.role && opposition(actor.role));
}

/** Ids standing for the same party: a person and the state they act for (not its opposition, which speaks against it). */
function sameSide(doc: Doc, a: string, b: string): boolean {
  if (a === b) return true;
  const x = doc.actors.get(a);
  const y = doc.actors.get(b);
  const speaksFor = (p: Actor | undefined, state: string): boolean => p?.kind === 'Person' && p.country === state && !inOpposition(p, doc.meta.date);
  return speaksFor(x, b) || speaksFor(y, a);
}

/** Drops self-relations and planned meetings that the article says were called off (not ones that lapsed before). */
export function articleRules(doc: Doc, candidates: RelationCandidate[]): RelationCandidate[] {
  const kept = candidates.filter((c) => !sameSide(doc, c.source, c.target));
  const cancelled = kept.filter((c) => c.type === 'MET' && c.status === 'cancelled');
  // a meeting that "never took place" was due in the past: a meeting still to come is another one
  const callsOff = cancelled.filter((c) => !c.lapsed);
  const overlaps = (a: RelationCandidate, b: RelationCandidate): boolean =>
    (sameSide(doc, a.source, b.source) && sameSide(doc, a.target, b.target)) || (sameSide(doc, a.source, b.target) && sameSide(doc, a.target, b.source));
  // "will not meet X during her trip to X's capital": the visit is only the setting of the called-off meeting
  const settingOf = (c: RelationCandidate): boolean => c.type === 'MET' && c.meetingKind === 'visit' && c.status !== 'cancelled' &&
    cancelled.some((x) => x.sentence === c.sentence && overlaps(x, c) && !(x.source === c.source && x.target === c.target));
  return kept.filter((c) => !(c.type === 'MET' && c.status === 'planned' && callsOff.some((x) => overlaps(x, c))) && !settingOf(c));
}

export function createRelationFinder(): Component {
  return {
    name: 'relation-finder',
    requires: ['sentences', 'quotes', 'mentions'],
    assigns: ['relations'],
    run(doc: Doc): Doc {
      resetPartners(doc);
      resetGroups(doc);
      const found: RelationCandidate[] = [];
      for (const s of doc.sentences) {
        const here = findInSentence(doc, s);
        notePartners(doc, here);
        noteGroups(buildContext(doc, s), here);
        found.push(...here);
      }
      doc.relations = articleRules(doc, found);
      return doc;
    },
  };
}
