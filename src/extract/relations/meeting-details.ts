/** Where a meeting takes place, when the sentence says so: "in Geneva", "at the palace". */
import type { SentenceContext } from './slots.ts';

const STOP = new Set([',', '.', ';', ':', '(', ')', '–', '—']);

/** The first "in|at <Capitalised words>" after the cue and its parties, within a few words. */
export function placeFor(ctx: SentenceContext, after: number): string | undefined {
  const t = ctx.tokens;
  for (let k = after + 1; k < Math.min(t.length, after + 10); k++) {
    if (STOP.has(t[k]!.lower)) return undefined;
    if (t[k]!.lower !== 'in' && t[k]!.lower !== 'at') continue;
    let j = k + 1;
    if (t[j]?.lower === 'the') j++;
    const first = j;
    while (j < t.length && /^\p{Lu}/u.test(t[j]!.text)) j++;
    if (j === first) continue;
    const words = t.slice(first, j).map((x) => x.text);
    if (words.every((w) => /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(w))) continue;
    return ctx.doc.text.slice(t[k + 1]!.start, t[j - 1]!.end);
  }
  return undefined;
}
