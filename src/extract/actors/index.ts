/** Actors of the extraction engine: the gazetteer, the entity ruler and the resolver. */
export { createEntityRuler } from './entity-ruler.ts';
export { createResolver } from './resolver.ts';
export { buildGazetteer, getGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
export type { PersonEntry, Gender } from './people.ts';
export { isLocative } from './location.ts';

import { getGazetteer } from './gazetteer.ts';
/** Lookups other stages need, on the shared gazetteer: `gazetteer.byId('GBR')`, `gazetteer.officeHolder('president', 'USA', '2025-03-01')`. */
export const gazetteer = {
  byId: (id: string) => getGazetteer().byId(id),
  countryOf: (actorId: string) => getGazetteer().countryOf(actorId),
  officeHolder: (role: string, countryOrOrg: string, date?: string) => getGazetteer().officeHolder(role, countryOrOrg, date),
};
