/**
 * How a restated actor combines with the stored one: one node per id, stored values win, missing
 * fields are filled in, aliases and offices are unioned. Pure, shared by writes and replay.
 */
import type { Actor, Office } from '../model/schema.ts';

/** Sorted, without duplicates (code-point order, as Neo4j sorts strings). */
function sortedUnique(xs: string[]): string[] {
  return [...new Set(xs)].sort();
}

/** Offices keyed by (role, from); the first one seen for a key wins. */
function unionOffices(first: Office[], second: Office[]): Office[] {
  const byKey = new Map<string, Office>();
  for (const office of [...first, ...second]) {
    const key = `${office.role}\u0000${office.from ?? ''}`;
    if (!byKey.has(key)) byKey.set(key, { ...office });
  }
  return [...byKey.values()];
}

/** An actor as first stored: aliases sorted and unique, duplicate offices dropped. */
export function normaliseActor(actor: Actor): Actor {
  return { ...actor, aliases: sortedUnique(actor.aliases), offices: unionOffices(actor.offices, []) };
}

/** `stored` restated by `incoming`: stored values win; gaps, aliases and offices come in. */
export function mergeActor(stored: Actor, incoming: Actor): Actor {
  const merged: Actor = { ...incoming, ...stripUndefined(stored) };
  merged.aliases = sortedUnique([...stored.aliases, ...incoming.aliases]);
  merged.offices = unionOffices(stored.offices, incoming.offices);
  return merged;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
