/**
 * Office titles → role keys ("Foreign Secretary" and "foreign minister" are both
 * `foreign-minister`), shared by the gazetteer's offices and the role descriptions in text.
 */
import { loadRoles } from './data-files.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

export interface RoleTitle {
  key: string;
  /** The state a domestic title belongs to ("Home Secretary" → GBR). */
  country?: string;
  /** The organisation a title belongs to ("foreign policy chief" → european-union). */
  org?: string;
}

const data = loadRoles();
/** Role keys no single person holds at a time; a bare description with one never resolves. */
export const UNRESOLVABLE_ROLES = new Set(data.unresolvable);

const titles = new Map<string, RoleTitle>();
/** Matches titles case-insensitively: every title is stored lower-case, text is lowered before lookup. */
export const titleMatcher = new PhraseMatcher<RoleTitle>('lower');
for (const [phrase, key, country, org] of data.titles) {
  const title: RoleTitle = { key, ...(country ? { country } : {}), ...(org ? { org } : {}) };
  titles.set(phrase.toLowerCase(), title);
  titleMatcher.add(phrase.toLowerCase(), title);
}

/** Role key of an office title as written in the gazetteer ("Special Envoy for Ukraine" → envoy). */
export function roleOf(title: string): RoleTitle | undefined {
  // office lookups ask about the same few hundred titles over and over
  if (roleCache.has(title)) return roleCache.get(title);
  const r = readRole(title);
  roleCache.set(title, r);
  return r;
}
const roleCache = new Map<string, RoleTitle | undefined>();

function readRole(title: string): RoleTitle | undefined {
  const lower = title.toLowerCase().replace(/-/g, ' ');
  const exact = titles.get(title.toLowerCase()) ?? titles.get(lower);
  if (exact) return exact;
  // "President of the General Assembly", "Special Envoy for the Middle East": the head noun phrase
  const head = lower.split(/\s+(?:of|for|to)\s+/)[0]!;
  return titles.get(head) ?? titles.get(head.split(' ').slice(-1)[0]!);
}

/** The office a title means in a given state: a British "Chancellor" is the finance minister. */
export const localRole = (key: string, country: string | undefined): string => (country && data.local[country]?.[key]) || key;

/** Role keys of reigning monarchs: "the monarch" is any of them. */
export const MONARCH_KEYS = new Set(['king', 'emperor', 'emir', 'sultan']);

/** Which role "the X leader" means for a state: head of state in presidential systems. */
export function leaderRoleKeys(country: string): string[] {
  if (data.supremeLeaders.includes(country)) return ['supreme-leader', 'president'];
  if (data.monarchLeaders.includes(country)) return ['king', 'emir', 'sultan', 'crown-prince', 'prime-minister'];
  if (data.presidentialLeaders.includes(country)) return ['president'];
  return ['prime-minister', 'chancellor', 'president'];
}
