/**
 * A fallback for person pronouns the resolver left open ("accused him", "he said"): the person a
 * reader would take — a subject earlier in the sentence other than the one acting, else the person
 * subject of one of the previous sentences.
 */
import { buildContext, isObject, type SentenceContext, type Slot } from './slots.ts';

const isPersonSubject = (c: SentenceContext, s: Slot): boolean => s.mention.kind === 'Person' && !s.modifier && !s.members && !c.quoteOf[s.first] && !isObject(c, s);

export function personReferent(ctx: SentenceContext, at: number, exclude: ReadonlySet<string> = new Set(), objectsToo = false): string | undefined {
  const here = ctx.slots.filter((s) => s.last < at && !exclude.has(s.actor) && isPersonSubject(ctx, s));
  if (here.length) return here[here.length - 1]!.actor;
  // an object pronoun may also take the person first named as an object: "spoke to X …, urged him",
  // "urged X to stand up to Y, and asked him" (parallel objects)
  if (objectsToo) {
    const named = ctx.slots.filter((s) => s.last < at && !exclude.has(s.actor) && s.mention.kind === 'Person' && !s.modifier && !s.members && s.mention.via !== 'pronoun');
    if (named.length) return named[0]!.actor;
  }
  for (let i = ctx.sentence.index - 1; i >= Math.max(0, ctx.sentence.index - 3); i--) {
    const c = buildContext(ctx.doc, ctx.doc.sentences[i]!);
    const subject = c.slots.find((s) => !exclude.has(s.actor) && isPersonSubject(c, s));
    if (subject) return subject.actor;
  }
  return undefined;
}
