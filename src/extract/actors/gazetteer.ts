/**
 * The gazetteer: every known actor (states, organisations, groups, people) by id, the phrase
 * matcher over their names, and office lookups by role, state and date.
 */
import type { Actor, ActorKind } from '../../model/schema.ts';
import type { MentionVia } from '../doc.ts';
import { buildCountries, GOVERNMENT_NOUNS, type CountryRecord } from './countries.ts';
import { loadOrganizations } from './data-files.ts';
import { buildPeople, type PersonEntry } from './people.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { leaderRoleKeys, MONARCH_KEYS, roleOf } from './roles.ts';

/** What a matched phrase stands for. `kind: 'none'` marks media and places that are never actors. */
export interface GazetteerEntry {
  id: string;
  kind: ActorKind | 'none';
  via: MentionVia;
  /** A demonym adjective ("British"): marks the country without making it act. */
  modifier?: boolean;
  /** A capital or seat: an actor only when not used as a place ("talks in Moscow"). */
  metonym?: boolean;
  /** Counts only once one of these actors has been named in the article ("the Commission" after "the EU"). */
  contextual?: string[];
}

export interface Gazetteer {
  matcher: PhraseMatcher<GazetteerEntry>;
  byId(id: string): Actor | undefined;
  person(id: string): PersonEntry | undefined;
  /** The state an actor acts for: the country itself, a person's country; undefined for organisations. */
  countryOf(actorId: string): string | undefined;
  /** Who held a role ("president", "foreign-minister", "leader") for a state or organisation on a date. */
  officeHolder(role: string, where: string, date?: string): PersonEntry | undefined;
  /** Whether a person held a role (optionally: for `where`, on `date`, or only before `date`). */
  held(person: PersonEntry, role: string, opts?: { where?: string; date?: string; former?: boolean }): boolean;
  bySurname(surname: string): PersonEntry[];
  countries: CountryRecord[];
}

const ORG_HEADS = ['secretary-general', 'director-general', 'managing-director', 'president', 'chairman'];

const active = (from: string | undefined, to: string | undefined, date: string | undefined): boolean =>
  date ? (!from || from <= date) && (!to || date < to) : !to;

export function buildGazetteer(): Gazetteer {
  const matcher = new PhraseMatcher<GazetteerEntry>();
  const actors = new Map<string, Actor>();
  const people = new Map<string, PersonEntry>();
  const surnames = new Map<string, PersonEntry[]>();
  const add = (phrase: string, e: GazetteerEntry) => matcher.add(phrase, e);

  const countries = buildCountries();
  for (const c of countries) {
    actors.set(c.id, { id: c.id, kind: 'Country', name: c.name, aliases: [...c.names, ...c.metonyms].filter((n) => n !== c.name), offices: [] });
    const country = { id: c.id, kind: 'Country' as const };
    for (const n of [...c.names, ...c.phrases]) add(n, { ...country, via: 'name' });
    for (const n of c.plurals) add(n, { ...country, via: 'demonym' });
    for (const n of c.demonyms) add(n, { ...country, via: 'demonym', modifier: true });
    for (const n of c.metonyms) add(n, { ...country, via: 'metonym', metonym: true });
    for (const noun of GOVERNMENT_NOUNS) {
      for (const n of [...c.names, ...c.demonyms]) add(`${n} ${noun}`, { ...country, via: c.demonyms.includes(n) ? 'demonym' : 'name' });
    }
  }

  const orgData = loadOrganizations();
  for (const [kind, list] of [['Organization', orgData.organizations], ['Group', orgData.groups]] as const) {
    for (const o of list) {
      actors.set(o.id, { id: o.id, kind, name: o.name, aliases: o.aliases, offices: [] });
      const e = { id: o.id, kind };
      for (const n of [o.name, ...o.aliases]) {
        add(n, { ...e, via: 'name', ...(o.contextual.includes(n) ? { contextual: [o.id, ...o.context] } : {}) });
        // "EU leaders", "Nato allies", "G7 foreign ministers" speak for the organisation
        if (kind === 'Organization' && !o.contextual.includes(n)) {
          for (const noun of ['leaders', 'allies', 'members', 'member states', 'countries', 'officials', 'foreign ministers', 'defence ministers', 'partners']) add(`${n} ${noun}`, { ...e, via: 'name' });
        }
      }
      for (const n of o.metonyms) add(n, { ...e, via: 'metonym', metonym: true });
      for (const n of o.demonyms) add(n, { ...e, via: 'demonym', modifier: true });
    }
  }
  for (const n of [...orgData.media, ...orgData.places]) add(n, { id: n, kind: 'none', via: 'name' });

  for (const p of buildPeople()) {
    const { gender: _g, party: _p, peer: _peer, surnames: _s, given: _given, ...actor } = p;
    actors.set(p.id, actor);
    people.set(p.id, p);
    for (const n of [p.name, ...p.aliases]) add(n, { id: p.id, kind: 'Person', via: 'name' });
    for (const s of p.surnames) surnames.set(s, [...(surnames.get(s) ?? []), p]);
  }

  const held: Gazetteer['held'] = (person, role, opts = {}) =>
    person.offices.some((o) => {
      const r = roleOf(o.role);
      if (!r || (r.key !== role && !(role === 'monarch' && MONARCH_KEYS.has(r.key)))) return false;
      if (opts.where && o.country !== opts.where && o.org !== opts.where) return false;
      if (opts.former) return !!o.to && (!opts.date || o.to <= opts.date);
      return active(o.from, o.to, opts.date);
    });

  // people by the role keys of their offices (monarchs also under "monarch"), in gazetteer order:
  // only they can hold a role, so an office lookup scans them and not every person
  const byRole = new Map<string, PersonEntry[]>();
  for (const p of people.values()) {
    const keys = new Set<string>();
    for (const o of p.offices) {
      const r = roleOf(o.role);
      if (!r) continue;
      keys.add(r.key);
      if (MONARCH_KEYS.has(r.key)) keys.add('monarch');
    }
    for (const k of keys) byRole.set(k, [...(byRole.get(k) ?? []), p]);
  }

  const officeHolder: Gazetteer['officeHolder'] = (role, where, date) => {
    // "the Nato chief", "the head of the IAEA": an organisation's top official, whatever the title
    // (a state's "spy chief" is no one in particular)
    const keys = role === 'leader' ? leaderRoleKeys(where) : role === 'org-head' ? (/^[A-Z]{3}$/.test(where) ? [] : ORG_HEADS) : [role];
    const opts = date ? { where, date } : { where };
    for (const key of keys) {
      const hit = byRole.get(key)?.find((p) => held(p, key, opts));
      if (hit) return hit;
    }
    return undefined;
  };

  return {
    matcher,
    byId: (id) => actors.get(id),
    person: (id) => people.get(id),
    countryOf: (id) => {
      const a = actors.get(id);
      return a?.kind === 'Country' ? a.id : a?.country;
    },
    officeHolder,
    held,
    bySurname: (s) => surnames.get(s) ?? [],
    countries,
  };
}

let shared: Gazetteer | undefined;
/** The gazetteer, built once on first use (about 10 ms of parsing). */
export function getGazetteer(): Gazetteer {
  return (shared ??= buildGazetteer());
}
