/**
 * Plural references to parties named together earlier: "the two presidents", "both sides", "the
 * two delegations", "the warring parties". A reader takes them for the pair (or group) the article
 * named together most recently — coordinated ("X and Y"), or the two sides of a relation. Resolved
 * conservatively: only when one such group is the latest in the nearest sentences, with members of
 * the kind the noun asks for and none of them named in the sentence before the reference (that
 * party would be spoken of by name). "Both sides" far from any pair means the two sides the
 * article is about, when one group clearly dominates it.
 */
import type { ActorKind } from '../../model/schema.ts';
import type { Doc, Mention, RelationCandidate } from '../doc.ts';
import { roleOf } from '../actors/roles.ts';
import { coordinateForward } from './coordination.ts';
import { buildContext, isObject, nextWord, prevWord, type SentenceContext, type Slot } from './slots.ts';
import { isPossessiveMark } from './tokens.ts';

/** A group of parties named together, and where (sentence, character offset) the last was named. */
interface NamedGroup {
  members: string[];
  sentence: number;
  at: number;
}

const GROUPS = new WeakMap<Doc, NamedGroup[]>();

const MILITARY = new Set(['general', 'army-chief', 'commander', 'commander-in-chief', 'military-officer', 'chief-of-defence-staff', 'chief-of-general-staff', 'joint-chiefs-chairman']);
const HEADS = new Set(['president', 'prime-minister', 'chancellor', 'supreme-leader', 'king', 'queen', 'emir', 'sultan', 'emperor', 'crown-prince', 'first-minister', 'secretary-general', 'general-secretary', 'org-head', 'chairman', 'pope']);
const DIPLOMATS = new Set(['foreign-minister', 'deputy-foreign-minister', 'ambassador', 'envoy', 'diplomat', 'high-representative', 'high-commissioner']);
/**
 * Nouns for people, with the offices that make a person fit ("the two presidents": presidents).
 * Null: any person ("the two men"). An office noun needs the office on record or in a title.
 */
const PERSON_NOUNS = new Map<string, ((key: string) => boolean) | null>([
  ['presidents', (k) => k === 'president' || k === 'president-elect'],
  ['leaders', (k) => HEADS.has(k) || k.endsWith('leader') || MILITARY.has(k)],
  ['generals', (k) => MILITARY.has(k)],
  ['commanders', (k) => MILITARY.has(k)],
  ['ministers', (k) => /(?:^|-)(?:minister|secretary)$/.test(k)],
  ['premiers', (k) => k === 'prime-minister'],
  ['chancellors', (k) => k === 'chancellor'],
  ['diplomats', (k) => DIPLOMATS.has(k)],
  ['envoys', (k) => DIPLOMATS.has(k)],
  ['men', null], ['women', null], ['heads', null], ['statesmen', null], ['politicians', null],
]);
/** Titles written before a name that show a military office: "Gen Burhan". */
const MILITARY_TITLE = /\b(?:Gen|General|Lt|Lieutenant|Marshal|Field Marshal|Admiral|Col|Colonel)\.?\s+$/;
/** Nouns for states: a group of countries fits, or persons through the states they act for. */
const STATE_NOUNS = new Set(['countries', 'nations', 'states', 'governments', 'capitals', 'neighbours', 'neighbors', 'powers', 'administrations']);
/** Nouns for parties of any kind: "both sides", "the two delegations". */
const PARTY_NOUNS = new Set(['sides', 'parties', 'delegations', 'camps', 'factions', 'rivals', 'adversaries', 'foes', 'belligerents', 'forces', 'armies', 'militaries']);
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4 };
/** Adjectives of a plural reference: "the two warring sides", "the rival generals". */
const ADJECTIVES = new Set(['warring', 'rival', 'opposing', 'feuding', 'competing', 'sparring', 'neighbouring', 'neighboring']);
/** How many sentences back a plural reference may reach. */
const LOOKBACK = 3;

interface PluralPhrase {
  first: number;
  last: number;
  count: number | undefined;
  noun: string;
}

/** "the two presidents", "both sides", "both warring parties", "the warring parties" starting at `i`. */
function readPlural(ctx: SentenceContext, i: number): PluralPhrase | null {
  const w = ctx.tokens[i]!.lower;
  let k = i;
  let count: number | undefined;
  if (w === 'both') {
    count = 2;
    k = nextWord(ctx, k);
    if (ctx.tokens[k]?.lower === 'the') k = nextWord(ctx, k);
  } else if (w === 'the') {
    k = nextWord(ctx, k);
    count = COUNTS[ctx.tokens[k]?.lower ?? ''];
    if (count) k = nextWord(ctx, k);
  } else return null;
  let adjectives = 0;
  while (ADJECTIVES.has(ctx.tokens[k]?.lower ?? '')) {
    adjectives++;
    k = nextWord(ctx, k);
  }
  // "the parties" alone may mean any parties: a count or a telling adjective makes it a reference
  if (!count && !adjectives) return null;
  const noun = ctx.tokens[k];
  if (!noun || !/^\p{Ll}/u.test(noun.text)) return null;
  if (!PERSON_NOUNS.has(noun.lower) && !STATE_NOUNS.has(noun.lower) && !PARTY_NOUNS.has(noun.lower)) return null;
  // "both sides' positions" is still the pair; "the two presidents of X" names its own
  if (ctx.tokens[nextWord(ctx, k)]?.lower === 'of') return null;
  return { first: i, last: k, count, noun: noun.lower };
}

/** The members of a group as the noun asks: persons for "presidents", states for "countries". */
function fit(doc: Doc, g: NamedGroup, noun: string): string[] | null {
  const kind = (id: string): ActorKind | undefined => doc.actors.get(id)?.kind;
  if (PERSON_NOUNS.has(noun)) {
    const office = PERSON_NOUNS.get(noun);
    return g.members.every((m) => kind(m) === 'Person' && (!office || holds(doc, m, office, noun))) ? g.members : null;
  }
  if (STATE_NOUNS.has(noun)) {
    const states = g.members.map((m) => (kind(m) === 'Country' ? m : kind(m) === 'Person' ? doc.actors.get(m)?.country : undefined));
    return states.every((s) => s) && new Set(states).size === states.length ? (states as string[]) : null;
  }
  return g.members;
}

/** Whether a person holds (or held) an office the noun names: on record, or by a title in the text. */
function holds(doc: Doc, id: string, office: (key: string) => boolean, noun: string): boolean {
  const a = doc.actors.get(id);
  const roles = [...(a?.offices ?? []).map((o) => o.role), ...(a?.role ? [a.role] : [])];
  if (roles.some((r) => office(roleOf(r)?.key ?? ''))) return true;
  // "Gen Burhan": a military rank written before a mention of them
  return (noun === 'generals' || noun === 'commanders' || noun === 'leaders') &&
    doc.mentions.some((m) => m.actor === id && MILITARY_TITLE.test(doc.text.slice(Math.max(0, m.start - 16), m.start)));
}

/** The one latest group fitting `p`, from the nearest earlier sentences that name one. */
function referent(ctx: SentenceContext, p: PluralPhrase): string[] | null {
  const groups = GROUPS.get(ctx.doc) ?? [];
  const here = ctx.sentence.index;
  // parties already named in the sentence before the reference are not what it stands for
  const named = new Set(ctx.slots.filter((s) => s.last < p.first).flatMap((s) => s.members ?? [s.actor]));
  // a description by office ("the two generals") is specific enough to reach further back
  const lookback = PERSON_NOUNS.get(p.noun) ? LOOKBACK * 2 : LOOKBACK;
  for (let s = here - 1; s >= Math.max(0, here - lookback); s--) {
    const fits = groups
      .filter((g) => g.sentence === s && (!p.count || g.members.length === p.count))
      .map((g) => ({ g, members: fit(ctx.doc, g, p.noun) }))
      .filter((x): x is { g: NamedGroup; members: string[] } => !!x.members && !x.members.some((m) => named.has(m)));
    if (!fits.length) continue;
    const latest = Math.max(...fits.map((x) => x.g.at));
    const keys = new Set(fits.filter((x) => x.g.at === latest).map((x) => [...x.members].sort().join('|')));
    if (keys.size !== 1) return null;
    return fits.find((x) => x.g.at === latest)!.members;
  }
  return PARTY_NOUNS.has(p.noun) ? dominant(ctx, groups, p, named) : null;
}

/** How many sentences must name a group before "both sides" can mean it from afar. */
const DOMINANT = 3;

/**
 * "both parties" far from any pair, in an article about two sides: the group the article has named
 * together in the most sentences (at least three), when no other comes close.
 */
function dominant(ctx: SentenceContext, groups: NamedGroup[], p: PluralPhrase, named: Set<string>): string[] | null {
  const sentences = new Map<string, { members: string[]; in: Set<number> }>();
  for (const g of groups) {
    if (g.sentence >= ctx.sentence.index || (p.count && g.members.length !== p.count) || g.members.some((m) => named.has(m))) continue;
    const key = [...g.members].sort().join('|');
    const entry = sentences.get(key) ?? { members: g.members, in: new Set<number>() };
    entry.in.add(g.sentence);
    sentences.set(key, entry);
  }
  const ranked = [...sentences.values()].sort((a, b) => b.in.size - a.in.size);
  const [first, second] = ranked;
  if (!first || first.in.size < DOMINANT || (second && second.in.size >= first.in.size - 1)) return null;
  return first.members;
}

/** A plural head that makes one named party a group: "the G7 leaders", "EU officials". */
const PLURAL_HEAD = /\b(?:leaders|officials|ministers|allies|members|governments|countries|states|diplomats|negotiators|delegations|mediators)$/i;

/**
 * "X and Y met on Monday. They agreed …": a sentence opening with "They" continues the plural
 * subject of the sentence before it in the same paragraph — two or more parties coordinated, a
 * plural reference, or a party named by a plural head ("the G7 leaders").
 */
function previousSubjects(ctx: SentenceContext): string[] | null {
  const prev = ctx.doc.sentences[ctx.sentence.index - 1];
  if (!prev || prev.paragraph !== ctx.sentence.paragraph) return null;
  const c = buildContext(ctx.doc, prev);
  const subject = c.slots.find((s) => !s.modifier && !c.quoteOf[s.first] && !isObject(c, s));
  if (!subject) return null;
  const members = [...new Set(coordinateForward(c, subject).flatMap((x) => x.members ?? [x.actor]))];
  if (members.length >= 2) return members;
  return PLURAL_HEAD.test(subject.mention.text) ? members : null;
}

/**
 * Adds a slot for each plural reference of the sentence that resolves, standing for all its
 * members (`Slot.members`). Runs once per sentence, in article order, before its cues are read.
 */
export function addPluralSlots(ctx: SentenceContext): void {
  let added = false;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.quoteOf[i]) continue;
    const they = i === nextWord(ctx, -1) && ctx.tokens[i]!.text === 'They' ? previousSubjects(ctx) : null;
    const p = they ? { first: i, last: i, count: undefined, noun: 'they' } : readPlural(ctx, i);
    if (!p || ctx.slots.some((s) => s.first <= p.last && s.last >= p.first)) continue;
    const members = they ?? referent(ctx, p);
    if (!members) continue;
    const t0 = ctx.tokens[p.first]!;
    const t1 = ctx.tokens[p.last]!;
    const kinds = new Set(members.map((m) => ctx.doc.actors.get(m)?.kind ?? null));
    const mention: Mention = {
      start: t0.start, end: t1.end, text: ctx.doc.text.slice(t0.start, t1.end), sentence: ctx.sentence.index,
      actor: members[0]!, kind: kinds.size === 1 ? [...kinds][0]! : null, via: 'role',
    };
    const slot: Slot = { actor: members[0]!, mention, first: p.first, last: p.last, possessive: isPossessiveMark(ctx.tokens[p.last + 1]), modifier: false, members };
    ctx.slots.push(slot);
    ctx.startsAt.set(p.first, slot);
    ctx.endsAt.set(p.last, slot);
    added = true;
    i = p.last;
  }
  if (!added) return;
  ctx.slots.sort((a, b) => a.first - b.first);
  // objectness was read without these slots
  ctx.objectness.clear();
}

/** Records the groups a sentence names: coordinated parties and the two sides of each relation. */
export function noteGroups(ctx: SentenceContext, found: RelationCandidate[]): void {
  let groups = GROUPS.get(ctx.doc);
  if (!groups) GROUPS.set(ctx.doc, (groups = []));
  const sentence = ctx.sentence.index;
  for (const s of ctx.slots) {
    if (s.modifier || ctx.quoteOf[s.first]) continue;
    // the start of a list only: "X and Y", "X, Y and Z"
    const before = ctx.tokens[prevWord(ctx, s.first)]?.lower;
    if (before === 'and' || before === ',' || before === 'or') continue;
    const list = coordinateForward(ctx, s);
    const members = [...new Set(list.flatMap((x) => x.members ?? [x.actor]))];
    if (members.length >= 2) groups.push({ members, sentence, at: ctx.tokens[list[list.length - 1]!.first]!.start });
  }
  for (const r of found) {
    if (r.source !== r.target) groups.push({ members: [r.source, r.target], sentence, at: r.cueSpan.end });
  }
}

/** Forgets the article's groups (a new run over the same document starts afresh). */
export function resetGroups(doc: Doc): void {
  GROUPS.delete(doc);
}
