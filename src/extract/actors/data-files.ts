/** Reads and validates the curated data files next to this module, so a typo fails loudly at load. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { IsoDate } from '../../model/schema.ts';

const dataUrl = (file: string): URL => new URL(`./data/${file}`, import.meta.url);

function load<T>(file: string, schema: z.ZodType<T>): T {
  const text = readFileSync(dataUrl(file), 'utf8');
  const raw: unknown = file.endsWith('.yaml') ? parseYaml(text) : JSON.parse(text);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`actors: invalid data file ${file}: ${parsed.error.message}`);
  return parsed.data;
}

const CountryExtra = z.object({
  name: z.string().optional(),
  names: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  plurals: z.array(z.string()).default([]),
  metonyms: z.array(z.string()).default([]),
  phrases: z.array(z.string()).default([]),
});
export type CountryExtra = z.infer<typeof CountryExtra>;

export const loadCountryExtras = () =>
  load(
    'countries-extra.json',
    z.object({ countries: z.record(z.string(), CountryExtra), ambiguousCapitals: z.array(z.string()) }),
  );

const OrgRecord = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  /** Names that count only once the organisation has been named in full ("the Commission"). */
  contextual: z.array(z.string()).default([]),
  /** Other actors whose mention also licenses the contextual names ("the Commission" after "the EU"). */
  context: z.array(z.string()).default([]),
  metonyms: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
});
export type OrgRecord = z.infer<typeof OrgRecord>;

export const loadOrganizations = () =>
  load(
    'organizations.json',
    z.object({ organizations: z.array(OrgRecord), groups: z.array(OrgRecord), media: z.array(z.string()), places: z.array(z.string()).default([]) }),
  );

const PersonRecord = z.object({
  n: z.string(),
  id: z.string().optional(),
  /** Surname when the name's last word is not it: "Duncan Smith". */
  s: z.string().optional(),
  g: z.enum(['m', 'f']).optional(),
  c: z.string().length(3).optional(),
  a: z.array(z.string()).default([]),
  p: z.string().optional(),
  peer: z.boolean().optional(),
  o: z.array(z.tuple([z.string(), z.string(), IsoDate]).or(z.tuple([z.string(), z.string(), IsoDate, IsoDate]))).default([]),
});
export type PersonRecord = z.infer<typeof PersonRecord>;

export const loadPeople = () => load('people.yaml', z.object({ people: z.array(PersonRecord) })).people;

export const loadRoles = () =>
  load(
    'roles.json',
    z.object({
      titles: z.array(z.tuple([z.string(), z.string()]).rest(z.string().nullable())),
      unresolvable: z.array(z.string()),
      presidentialLeaders: z.array(z.string()),
      supremeLeaders: z.array(z.string()),
      monarchLeaders: z.array(z.string()),
      local: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    }),
  );

/** The world-countries dataset (mledoze/countries), the maintained source of names and demonyms. */
export interface WorldCountry {
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms: Record<string, { m: string; f: string }>;
}
export const loadWorldCountries = (): WorldCountry[] =>
  createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];
