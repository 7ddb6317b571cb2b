/**
 * Coordinated parties: "X, Y and other allies", "accused X and Y", across
 * appositions of the same party ("X and the Aldorian leader, Y") and short role
 * phrases ("X and the summit's host, President Y").
 */
import { nextWord, prevWord, slotEndingAt, type SentenceContext, type Slot } from './slots.ts';
import { isPossessiveMark } from './tokens.ts';
import { DETERMINERS, PREPOSITIONS, TITLE_WORDS } from './words.ts';

export const COORD = new Set(['and', ',', 'or', '&']);

/** The slot and every slot coordinated with it before it: "X, Y and Z". */
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
    // "the Aldorian leader, Y": an apposition names the same party again
    if (ctx.tokens[p]!.lower === ',' && t.actor === cur.actor) {
      cur = t;
      continue;
    }
    // a list ends in "and"/"or": a lone comma before the subject closes a phrase ("on X, he")
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

/** The slot and the slots coordinated after it: "accused X and Y". */
export function coordinateForward(ctx: SentenceContext, s: Slot, allowModifier = false): Slot[] {
  const out = [s];
  let k = nextWord(ctx, isPossessiveMark(ctx.tokens[s.last + 1]) ? s.last + 1 : s.last);
  for (;;) {
    if (!COORD.has(ctx.tokens[k]?.lower ?? '')) break;
    let j = nextWord(ctx, k);
    if (ctx.tokens[j]?.lower === 'and' || ctx.tokens[j]?.lower === 'or') j = nextWord(ctx, j);
    // a mention may itself begin with its article ("the European Union"): try each start in turn
    let t = ctx.startsAt.get(j);
    let determiner = false;
    for (let skipped = 0; !t && j < ctx.tokens.length && skipped < 3 && (DETERMINERS.has(ctx.tokens[j]!.lower) || TITLE_WORDS.has(ctx.tokens[j]!.lower)); skipped++) {
      determiner ||= DETERMINERS.has(ctx.tokens[j]!.lower);
      j = nextWord(ctx, j);
      t = ctx.startsAt.get(j);
    }
    // "X and the paramilitary Y": a word or two describing the next party, after its article
    // (not "praised X and warned Y", where the word is a verb)
    if (!t && determiner && ctx.tokens[k]!.lower === 'and') {
      let a = j;
      for (let n = 0; n < 2 && !t && /^\p{Ll}+$/u.test(ctx.tokens[a]?.text ?? '') && !DETERMINERS.has(ctx.tokens[a]!.lower) && !PREPOSITIONS.has(ctx.tokens[a]!.lower); n++) {
        a = nextWord(ctx, a);
        t = ctx.startsAt.get(a);
      }
    }
    // a comma only continues a list that goes on ("X, Y, Z and ..."), not "with X, Y said"
    if (t && ctx.tokens[k]!.lower === ',' && ctx.tokens[nextWord(ctx, k)]?.lower !== 'and') {
      const after = ctx.tokens[nextWord(ctx, t.possessive ? t.last + 1 : t.last)]?.lower ?? '';
      if (![',', 'and', 'or'].includes(after)) break;
    }
    t = pastPossessor(ctx, t);
    if (!t || (t.modifier && !allowModifier)) break;
    out.push(t);
    k = nextWord(ctx, t.possessive ? t.last + 1 : t.last);
  }
  return out;
}

/** "Finland's President Alexander Stubb": a possessor names the party after its title words. */
function pastPossessor(ctx: SentenceContext, t: Slot | undefined): Slot | undefined {
  while (t && t.modifier && t.possessive) {
    let n = nextWord(ctx, t.last + 1);
    while (n < ctx.tokens.length && TITLE_WORDS.has(ctx.tokens[n]!.lower)) n = nextWord(ctx, n);
    t = ctx.startsAt.get(n);
  }
  return t;
}

/** Where a phrase joining companions starts at `k` ("together with", "along with", "alongside"), the token it ends on. */
function companionPhraseEnd(ctx: SentenceContext, k: number): number {
  const w = ctx.tokens[k]!.lower;
  const next = nextWord(ctx, k);
  if ((w === 'together' || w === 'along') && ctx.tokens[next]?.lower === 'with') return next;
  return w === 'alongside' ? k : -1;
}

/**
 * "hosted X at the palace on Monday, together with Y and Z": parties joined to the objects a few
 * words after them, in the same clause, take part in the same meeting.
 */
export function companionsAfter(ctx: SentenceContext, from: number): Slot[] {
  for (let k = nextWord(ctx, from), n = 0; k < ctx.tokens.length && n < 14; k = nextWord(ctx, k), n++) {
    if (ctx.startsAt.has(k) || [';', ':', '.', 'who', 'which', 'that', 'but'].includes(ctx.tokens[k]!.lower)) return [];
    const end = companionPhraseEnd(ctx, k);
    if (end < 0) continue;
    let j = nextWord(ctx, end);
    for (let skipped = 0; !ctx.startsAt.has(j) && j < ctx.tokens.length && skipped < 3 && (DETERMINERS.has(ctx.tokens[j]!.lower) || TITLE_WORDS.has(ctx.tokens[j]!.lower)); skipped++) j = nextWord(ctx, j);
    const first = pastPossessor(ctx, ctx.startsAt.get(j));
    return first && !first.modifier ? coordinateForward(ctx, first) : [];
  }
  return [];
}
