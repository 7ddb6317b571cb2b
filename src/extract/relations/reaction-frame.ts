/**
 * The reaction frame: "X's visit drew condemnation from Y", "the plan won praise from Y" — the
 * party after "from" reacts (source) to the clause subject or the owner of the subject noun (target).
 */
import { findObjects } from './objects.ts';
import { sourceOf } from './cue-source.ts';
import type { CueMatch } from './cues.ts';
import type { Parties } from './frames.ts';
import type { SentenceContext } from './slots.ts';

export function reactionFrame(ctx: SentenceContext, m: CueMatch): Parties | null {
  const reactors = findObjects(ctx, m.last, { gap: 1, allowModifier: false });
  if (!reactors.length) return null;
  const subject = sourceOf(ctx, m);
  if (!subject.parties.length) return null;
  return {
    sources: reactors.map((s) => ({ actor: s.actor, slot: s })),
    targets: subject.parties,
    rule: `reaction:${m.def.id}`,
    confidence: m.def.confidence,
    type: m.def.type,
  };
}
