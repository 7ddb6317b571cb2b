/**
 * Parties of what is said rather than done: the subject a predicate is said of ("X's forces
 * were to blame", "X, whose team …, was right to") and the speaker who says it (a quote's
 * speaker, or the subject of a verb or noun of saying).
 */
import { antecedent, asParty, findSubject, possessorOf, QUANTIFIERS, type SubjectResult } from './arguments.ts';
import { coordinateBack } from './coordination.ts';
import { nextWord, prevWord, slotEndingAt, type SentenceContext } from './slots.ts';
import { isPossessiveMark } from './tokens.ts';
import { isSaying, RELATIVES, REPORTING_NOUNS } from './words.ts';

const ADVERBS = new Set(['also', 'now', 'really', 'still', 'simply', 'only', 'ultimately', 'both', 'all', 'clearly', 'too', 'truly', 'certainly']);
/** Modals, auxiliaries and passive participles between a subject and what is said of it. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'be', 'been', 'being', 'is', 'are', 'was', 'were', "'s", 'seen', 'viewed', 'regarded', 'considered', 'treated', 'branded', 'described']);

/** The slot just before `at` that a predicate is said of ("X's forces were to blame"). */
export function adjacentSubject(ctx: SentenceContext, at: number, skipAuxiliaries = false): SubjectResult {
  let k = prevWord(ctx, at);
  const skip = (w: string): boolean => ADVERBS.has(w) || (skipAuxiliaries && AUXILIARIES.has(w));
  while (k >= 0 && skip(ctx.tokens[k]!.lower)) k = prevWord(ctx, k);
  // "X, who/whose ..., was right to": jump over the relative clause to its antecedent
  if (ctx.tokens[k]?.lower === ',') {
    let c = prevWord(ctx, k);
    while (c >= 0 && ctx.tokens[c]!.lower !== ',') c = prevWord(ctx, c);
    const opener = nextWord(ctx, c);
    const w = ctx.tokens[opener]?.lower ?? '';
    if (c >= 0 && (RELATIVES.has(w) || QUANTIFIERS.has(w))) {
      let rel = opener;
      while (rel < k && !RELATIVES.has(ctx.tokens[rel]!.lower)) rel++;
      const a = antecedent(ctx, rel);
      return a ? { parties: a.map(asParty), via: 'relative' } : { parties: [], via: 'none' };
    }
    return { parties: [], via: 'none' };
  }
  let s = slotEndingAt(ctx, k);
  // "X's forces were to blame": possessor and one noun
  const lower = (i: number): boolean => /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[i]?.text ?? '') && !AUXILIARIES.has(ctx.tokens[i]!.lower);
  if (!s && lower(k) && isPossessiveMark(ctx.tokens[k - 1])) s = ctx.endsAt.get(k - 2);
  // "X's missile tests posed …": possessor and a two-word noun
  if (!s && lower(k) && lower(k - 1) && isPossessiveMark(ctx.tokens[k - 2])) s = ctx.endsAt.get(k - 3);
  if (!s || (s.modifier && !s.possessive)) return { parties: [], via: 'none' };
  return { parties: coordinateBack(ctx, s).map(asParty), via: 'subject' };
}

/** The speaker of reported speech at token `at`: the quote's speaker or the subject of a verb of saying. */
export function speakerAt(ctx: SentenceContext, at: number): SubjectResult {
  const q = ctx.quoteOf[at];
  if (q) {
    // "..., they agreed that X must ...": inside the quote someone else may be the one saying
    for (let r = prevWord(ctx, at); r >= 0 && ctx.quoteOf[r] === q; r = prevWord(ctx, r)) {
      if (!isSaying(ctx.tokens[r])) continue;
      let start = r;
      while (start > 0 && ctx.quoteOf[start - 1] === q) start--;
      const inner = findSubject(ctx, r, start);
      if (inner.parties.length) return inner;
      if (inner.via !== 'speaker') return { parties: [], via: 'none' };
      break;
    }
    return q.speaker ? { parties: [{ actor: q.speaker }], via: 'speaker' } : { parties: [], via: 'none' };
  }
  for (let r = prevWord(ctx, at); r >= 0; r = prevWord(ctx, r)) {
    const t = ctx.tokens[r]!;
    if (REPORTING_NOUNS.has(t.lower)) {
      const owner = possessorOf(ctx, r);
      if (owner) return { parties: [asParty(owner)], via: 'possessor' };
    }
    if (isSaying(t)) {
      const subj = findSubject(ctx, r, 0);
      if (subj.parties.length) return subj;
    }
  }
  return { parties: [], via: 'none' };
}
