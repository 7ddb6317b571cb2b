/**
 * Who has met whom so far in the article, so that "his counterpart" or "her host" can name the
 * person the owner was last reported meeting — the discourse a reader uses for such roles.
 */
import type { Doc, RelationCandidate } from '../doc.ts';

const PARTNERS = new WeakMap<Doc, Map<string, string>>();

/** Records the people of the meetings found in one sentence. */
export function notePartners(doc: Doc, found: RelationCandidate[]): void {
  let map = PARTNERS.get(doc);
  if (!map) PARTNERS.set(doc, (map = new Map()));
  const isPerson = (id: string): boolean => doc.actors.get(id)?.kind === 'Person';
  for (const r of found) {
    if (r.type !== 'MET' || r.status === 'cancelled') continue;
    if (isPerson(r.target)) map.set(r.source, r.target);
    if (isPerson(r.source)) map.set(r.target, r.source);
  }
}

/** The person `actor` was last reported meeting, if any. */
export function partnerOf(doc: Doc, actor: string): string | undefined {
  return PARTNERS.get(doc)?.get(actor);
}

/** Forgets the article's meetings (a new run over the same document starts afresh). */
export function resetPartners(doc: Doc): void {
  PARTNERS.delete(doc);
}
