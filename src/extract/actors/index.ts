/**
 * Actors of the extraction engine: the gazetteer, the entity ruler and the resolver.
 *
 * What `doc.mentions` holds after the resolver, for the stages that read it:
 * - `actor` is an id in `doc.actors`, or null when nothing could be decided (a bare "the minister").
 * - `modifier: true` marks a state that only qualifies ("British troops", "Russia's Vladimir Putin",
 *   "US-led"): relation finders should not treat it as a party.
 * - Capitals, seats and country names used as places ("talks in Moscow", "at the White House",
 *   "in Saudi Arabia") get no mention at all; media outlets ("told Fox News") none either.
 *   The destination of a visit or trip ("will visit Washington", "a trip to the Kremlin") acts.
 * - `via: 'role'` may resolve to a Country: an unnamed official stands for their state
 *   ("the Russian ambassador" → RUS, "a Downing Street spokesman" → GBR).
 * - `via: 'pronoun'` mentions are resolved conservatively (he/she/his/her; never inside quotes).
 */
export { createEntityRuler } from './entity-ruler.ts';
export { createResolver } from './resolver.ts';
export { buildGazetteer, getGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
export type { PersonEntry, Gender } from './people.ts';
export { isLocative } from './location.ts';

import { getGazetteer } from './gazetteer.ts';
import { roleOf } from './roles.ts';
/**
 * Lookups other stages need, on the shared gazetteer: `gazetteer.byId('GBR')`,
 * `gazetteer.officeHolder('president', 'USA', '2025-03-01')` (a role key or a title: "Prime Minister").
 */
export const gazetteer = {
  byId: (id: string) => getGazetteer().byId(id),
  countryOf: (actorId: string) => getGazetteer().countryOf(actorId),
  officeHolder: (role: string, countryOrOrg: string, date?: string) => getGazetteer().officeHolder(roleOf(role)?.key ?? role, countryOrOrg, date),
};
