/**
 * Every UN member and observer state (plus the few non-members diplomacy news treats as parties)
 * from the world-countries dataset, merged with the curated short names, demonyms and
 * seats of government in data/countries-extra.json.
 */
import { loadCountryExtras, loadWorldCountries } from './data-files.ts';

export interface CountryRecord {
  id: string;
  name: string;
  /** Names of the state itself: "United Kingdom", "UK", "Britain". */
  names: string[];
  /** Adjectives: "British". As a modifier they mark the country without making it act. */
  demonyms: string[];
  /** Nouns for the people, which act for the country: "Ukrainians", "the French". */
  plurals: string[];
  /** Capitals and seats of government used for the government: "Moscow", "the Kremlin". */
  metonyms: string[];
  /** Multi-word names of the government: "UK government". */
  phrases: string[];
}

/** Non-members that act in diplomacy news: observers, Taiwan, Kosovo, and Greenland and Hong Kong, which have their own governments. */
const EXTRA_STATES = new Set(['PSE', 'VAT', 'TWN', 'UNK', 'GRL', 'HKG']);

/** Words nouns that, after a demonym or a country name, name the government acting. */
export const GOVERNMENT_NOUNS = ['government', 'administration', 'authorities', 'foreign ministry', 'ministry of foreign affairs', 'defence ministry', 'defense ministry', 'interior ministry', 'foreign office', 'embassy', 'delegation', 'officials', 'diplomats', 'negotiators', 'leadership', 'regime', 'cabinet', 'side', 'presidency', 'military'];

/** "Iranians", "Omanis", "Filipinos": the regular plural of a demonym that takes one. */
const regularPlural = (d: string): string | undefined => (/(?:an|i|o)$/.test(d) && !/(?:ese|ish|ch|ss)$/.test(d) ? `${d}s` : undefined);

export function buildCountries(): CountryRecord[] {
  const extras = loadCountryExtras();
  const ambiguous = new Set(extras.ambiguousCapitals);
  const demonymCount = new Map<string, number>();
  const world = loadWorldCountries().filter((c) => c.unMember || EXTRA_STATES.has(c.cca3));
  const rawDemonyms = (c: (typeof world)[number]): string[] => {
    const d = c.demonyms['eng'];
    if (!d) return [];
    return [...new Set([d.m, d.f].flatMap((s) => s.split(/,\s*|\s+or\s+/)))].filter(Boolean);
  };
  for (const c of world) for (const d of rawDemonyms(c)) demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1);

  // a name the curated file gives to one state is not another's ("Congo" is the DRC in the news)
  const claimed = new Map<string, string>();
  for (const [id, e] of Object.entries(extras.countries)) for (const n of e.names) claimed.set(n, id);
  const ownName = (id: string) => (n: string) => (claimed.get(n) ?? id) === id;

  return world.map((c) => {
    const extra = extras.countries[c.cca3];
    const name = extra?.name ?? c.name.common;
    const dataset = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && /^\p{Lu}/u.test(s))];
    // an alternative spelling that is the demonym ("Saudi") is an adjective, not a name
    const adjectives = new Set([...rawDemonyms(c), ...(extra?.demonyms ?? [])]);
    const names = new Set([name, ...dataset.filter(ownName(c.cca3)).filter((n) => !adjectives.has(n)), ...(extra?.names ?? [])]);
    // a demonym shared by two states (Congolese, Dominican) names neither
    const demonyms = new Set([...rawDemonyms(c).filter((d) => demonymCount.get(d) === 1 && d !== name), ...(extra?.demonyms ?? [])]);
    const capitals = c.capital.filter((cap) => !ambiguous.has(cap) && cap !== name);
    return {
      id: c.cca3,
      name,
      names: [...names],
      demonyms: [...demonyms],
      plurals: [...new Set([...(extra?.plurals ?? []), ...[...demonyms].map(regularPlural).filter((p): p is string => !!p)])],
      metonyms: [...new Set([...capitals, ...(extra?.metonyms ?? [])])],
      phrases: extra?.phrases ?? [],
    };
  });
}
