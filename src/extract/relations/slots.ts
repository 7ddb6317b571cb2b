/**
 * Acting mentions of one sentence laid over its tokens ("slots"), with the syntax-light facts the
 * rules need: is the mention a possessive, a modifier, and does it sit in an object position.
 */
import type { Doc, Mention, Quote, Sentence } from '../doc.ts';
import { findCues, isQuoteMark, type CueMatch } from './cues.ts';
import { isPossessiveMark, tokenize, type Token } from './tokens.ts';
import { AGENT_HEADS, DETERMINERS, OBJECT_REPORTING_VERBS, PREPOSITIONS, REPORTING_VERBS, TITLE_WORDS } from './words.ts';

export interface Slot {
  actor: string;
  mention: Mention;
  first: number;
  last: number;
  /** Followed by "'s". */
  possessive: boolean;
  /** Does not itself name an acting party ("Aldorian troops", "Aldoria's Anna Keller"). */
  modifier: boolean;
  /** A plural reference ("the two presidents", "both sides"): every party it stands for. */
  members?: string[];
}

export interface SentenceContext {
  doc: Doc;
  sentence: Sentence;
  tokens: Token[];
  slots: Slot[];
  /** Slot starting / ending at each token index. */
  startsAt: Map<number, Slot>;
  endsAt: Map<number, Slot>;
  /** The quote holding each token, if any. */
  quoteOf: (Quote | undefined)[];
  /** The cues of the sentence. */
  cues: CueMatch[];
  /** Token indices that end a cue match: verbs whose following mention is an object. */
  verbEnds: Set<number>;
  /** Memo of `isObject` per slot. */
  objectness: Map<Slot, boolean>;
}

/** Verbs (beyond the cues and verbs of saying) after which a mention is an object. */
const TRANSITIVE = new Set(`promised promise promises deter deterred ended end ends invited invite joined join convinced
  prevent prevented protect protected help helped bind leave left stop stopped force forced allow allowed keep kept let
  attacking attack attacked invade invaded invading isolate dragged reach reached including involve involved make made
  trust trusted get got see saw give given need needs needed beat beating challenge challenged`.split(/\s+/));

const NOT_GERUNDS = new Set(['meeting', 'morning', 'evening', 'during', 'according', 'something', 'nothing', 'anything', 'everything', 'thing', 'king', 'spring', 'building', 'briefing', 'funding', 'spending', 'warning', 'ruling', 'saying']);

const AMBIGUOUS_PREPOSITIONS = new Set(['after', 'before', 'since', 'as', 'while', 'with', 'until']);

/** Per-document caches, keyed by the mentions layer so a document with new mentions is read afresh. */
interface DocIndex {
  mentionsBySentence: Map<number, Mention[]>;
  contexts: Map<number, SentenceContext>;
}
const INDEXES = new WeakMap<Mention[], DocIndex>();

function indexOf(doc: Doc): DocIndex {
  let idx = INDEXES.get(doc.mentions);
  if (!idx) {
    const mentionsBySentence = new Map<number, Mention[]>();
    for (const m of doc.mentions) {
      const s = doc.sentences[m.sentence];
      if (!m.actor || !s || m.start < s.start || m.end > s.end) continue;
      const list = mentionsBySentence.get(s.index);
      if (list) list.push(m);
      else mentionsBySentence.set(s.index, [m]);
    }
    idx = { mentionsBySentence, contexts: new Map() };
    INDEXES.set(doc.mentions, idx);
  }
  return idx;
}

/** The sentence's context, built once per document and mentions layer. */
export function buildContext(doc: Doc, sentence: Sentence): SentenceContext {
  const idx = indexOf(doc);
  const cached = idx.contexts.get(sentence.index);
  if (cached && cached.doc === doc) return cached;
  const ctx = makeContext(doc, sentence, idx.mentionsBySentence.get(sentence.index) ?? []);
  idx.contexts.set(sentence.index, ctx);
  return ctx;
}

function makeContext(doc: Doc, sentence: Sentence, mentions: Mention[]): SentenceContext {
  const tokens = tokenize(doc.text, sentence);
  const cues = findCues(tokens);
  const verbEnds = new Set(cues.map((c) => c.last));
  const quotes = doc.quotes.filter((q) => q.start < sentence.end && q.end > sentence.start);
  const quoteOf = tokens.map((t) => (quotes.length ? quotes.find((q) => t.start >= q.start && t.end <= q.end) : undefined));
  const ctx: SentenceContext = { doc, sentence, tokens, slots: [], startsAt: new Map(), endsAt: new Map(), quoteOf, cues, verbEnds, objectness: new Map() };
  const inSentence = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
  const covered = new Set<number>();
  for (const m of inSentence) {
    const idx: number[] = [];
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.start < m.end; i++) idx.push(i);
    if (!idx.length || idx.some((i) => covered.has(i))) continue;
    let first = idx[0]!;
    let last = idx[idx.length - 1]!;
    if (isPossessiveMark(tokens[last]) && last > first) last--;
    idx.forEach((i) => covered.add(i));
    ctx.slots.push({ actor: m.actor!, mention: m, first, last, possessive: isPossessiveMark(tokens[last + 1]), modifier: !!m.modifier });
  }
  ctx.slots.sort((a, b) => a.first - b.first);
  for (const s of ctx.slots) {
    ctx.startsAt.set(s.first, s);
    ctx.endsAt.set(s.last, s);
  }
  markModifiers(ctx);
  return ctx;
}

/** Index of the next token after `i` that is not a quote mark. */
export function nextWord(ctx: SentenceContext, i: number): number {
  let k = i + 1;
  while (k < ctx.tokens.length && isQuoteMark(ctx.tokens[k]!)) k++;
  return k;
}

export function prevWord(ctx: SentenceContext, i: number): number {
  let k = i - 1;
  while (k >= 0 && isQuoteMark(ctx.tokens[k]!)) k--;
  return k;
}

/** "Aldoria's Anna Keller" names Keller; "Aldorian delegations" stand for Aldoria. */
function markModifiers(ctx: SentenceContext): void {
  for (const s of ctx.slots) {
    if (s.possessive) {
      let k = s.last + 2;
      while (k < ctx.tokens.length && (TITLE_WORDS.has(ctx.tokens[k]!.lower) || isQuoteMark(ctx.tokens[k]!)) && k - s.last < 6) k++;
      // "India's prime minister, Narendra Modi": the apposition after the title
      if (ctx.tokens[k]?.lower === ',' && k > s.last + 2) k++;
      const next = ctx.startsAt.get(k);
      if (next && !next.modifier) s.modifier = true;
    }
  }
  for (const s of ctx.slots) {
    if (!s.modifier) continue;
    // "X and Aldorian delegations": the modifier heads an agent noun, possibly through a coordination
    let k = nextWord(ctx, s.last);
    if (AGENT_HEADS.has(ctx.tokens[k]?.lower ?? '')) {
      s.modifier = false;
      // "the Aldorian army and X": a list read backwards reaches the party through its head noun
      if (!ctx.endsAt.has(k)) ctx.endsAt.set(k, s);
    }
  }
  for (const s of ctx.slots) {
    const k = nextWord(ctx, s.last);
    if (ctx.tokens[k]?.lower !== 'and') continue;
    const partner = ctx.startsAt.get(nextWord(ctx, k));
    if (partner && AGENT_HEADS.has(ctx.tokens[nextWord(ctx, partner.last)]?.lower ?? '')) s.modifier = false;
  }
}

/** The slot whose last token is `i` or whose possessive mark is `i`. */
export function slotEndingAt(ctx: SentenceContext, i: number): Slot | undefined {
  return ctx.endsAt.get(i) ?? (isPossessiveMark(ctx.tokens[i]) ? ctx.endsAt.get(i - 1) : undefined);
}

const isVerbish = (ctx: SentenceContext, i: number): boolean => {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (ctx.verbEnds.has(i) || OBJECT_REPORTING_VERBS.has(t.lower) || TRANSITIVE.has(t.lower)) return true;
  // "has irritated X", "who accompanied Mr Y": a past verb, unless an adjective ("the newly elected X")
  if (/^\p{Ll}{3,}ed$/u.test(t.text) && !REPORTING_VERBS.has(t.lower)) {
    const before = ctx.tokens[prevWord(ctx, i)];
    if (before && !DETERMINERS.has(before.lower) && !/ly$/.test(before.lower) && before.text !== '-') return true;
  }
  // a gerund or participle before a mention takes it as its object: "safeguarding X's sovereignty"
  return /^\p{Ll}{3,}ing$/u.test(t.text) && !NOT_GERUNDS.has(t.lower) && !(REPORTING_VERBS.has(t.lower) && !OBJECT_REPORTING_VERBS.has(t.lower));
};

/** True when the slot sits after a preposition or a verb: it is then not a clause subject. */
export function isObject(ctx: SentenceContext, s: Slot, depth = 0): boolean {
  if (depth > 6) return false;
  const known = ctx.objectness.get(s);
  if (known !== undefined) return known;
  const result = objectPosition(ctx, s, depth);
  ctx.objectness.set(s, result);
  return result;
}

const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

function objectPosition(ctx: SentenceContext, s: Slot, depth: number): boolean {
  if (NOMINATIVE.has(s.mention.text.toLowerCase())) return false;
  let k = prevWord(ctx, s.first);
  while (k >= 0) {
    const t = ctx.tokens[k]!;
    const mod = slotEndingAt(ctx, k);
    if (mod && mod.modifier && mod !== s) {
      k = prevWord(ctx, mod.first);
      continue;
    }
    // "that" here opens a clause ("adding that X would …"), it qualifies no noun
    if ((DETERMINERS.has(t.lower) && t.lower !== 'that') || TITLE_WORDS.has(t.lower)) {
      k = prevWord(ctx, k);
      continue;
    }
    break;
  }
  const p = ctx.tokens[k];
  if (!p) return false;
  if (p.lower === "'s" || p.lower === "'") {
    const owner = ctx.endsAt.get(k - 1);
    return owner ? isObject(ctx, owner, depth + 1) : false;
  }
  // "ministers from X and Y will travel": the group noun stands for the states named
  const head = ctx.tokens[prevWord(ctx, k)]?.lower ?? '';
  if ((p.lower === 'from' || p.lower === 'of') && AGENT_HEADS.has(head) && head.endsWith('s')) return false;
  if (PREPOSITIONS.has(p.lower)) {
    if (AMBIGUOUS_PREPOSITIONS.has(p.lower) && !s.possessive) {
      // "after Mr X branded ...", "with the X president opening talks": a subject after all
      const n = ctx.tokens[nextWord(ctx, s.last)];
      if (n && /^\p{Ll}/u.test(n.text) && !PREPOSITIONS.has(n.lower) && !DETERMINERS.has(n.lower) && n.lower !== 'and') return false;
    }
    return true;
  }
  if (isVerbish(ctx, k)) return true;
  // "the World Trade Organisation (WTO)": an apposition shares its head's position
  if (p.text === '(') {
    const head = slotEndingAt(ctx, prevWord(ctx, k));
    return head ? isObject(ctx, head, depth + 1) : false;
  }
  // coordination shares the position: "accused X and Y", "X, Y, Z"
  const listGoesOn = [',', 'and', 'or'].includes(ctx.tokens[nextWord(ctx, s.last)]?.lower ?? '');
  if (p.lower === 'and' || p.lower === 'or' || (p.lower === ',' && listGoesOn)) {
    const before = slotEndingAt(ctx, prevWord(ctx, k));
    if (before) return isObject(ctx, before, depth + 1);
  }
  // "to deter X": an infinitive's object
  if (/^\p{Ll}+$/u.test(p.text) && ctx.tokens[prevWord(ctx, k)]?.lower === 'to') return true;
  return false;
}
