/** The view's state, kept in the query string so a link reproduces what is on screen. */
import type { ActorKind, RelationType } from '../../src/model/schema.ts';
import { ACTOR_KINDS, RELATION_TYPES } from './model.ts';

export interface ViewState {
  types: RelationType[];
  kinds: ActorKind[];
  from?: string;
  to?: string;
  country?: string;
  focus?: string;
  depth: number;
  /** Selected actor (panel open). */
  actor?: string;
  /** Path endpoints. */
  a?: string;
  b?: string;
}

const pick = <T extends string>(raw: string | null, allowed: readonly T[]): T[] => {
  if (raw === null) return [...allowed];
  return raw.split(',').filter((s): s is T => (allowed as readonly string[]).includes(s));
};

const opt = (v: string | null) => (v ? v : undefined);

export function readState(search = location.search): ViewState {
  const q = new URLSearchParams(search);
  return {
    types: pick(q.get('types'), RELATION_TYPES),
    kinds: pick(q.get('kinds'), ACTOR_KINDS),
    from: opt(q.get('from')),
    to: opt(q.get('to')),
    country: opt(q.get('country')),
    focus: opt(q.get('focus')),
    depth: q.get('depth') === '2' ? 2 : 1,
    actor: opt(q.get('actor')),
    a: opt(q.get('a')),
    b: opt(q.get('b')),
  };
}

export function writeState(s: ViewState): void {
  const q = new URLSearchParams();
  if (s.types.length !== RELATION_TYPES.length) q.set('types', s.types.join(','));
  if (s.kinds.length !== ACTOR_KINDS.length) q.set('kinds', s.kinds.join(','));
  for (const k of ['from', 'to', 'country', 'focus', 'actor', 'a', 'b'] as const) if (s[k]) q.set(k, s[k]!);
  if (s.focus && s.depth === 2) q.set('depth', '2');
  const qs = q.toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}
