/** The gazetteer: every UN state by its real name, organisations, people and their offices by date. */
import { describe, expect, it } from 'vitest';
import { gazetteer, getGazetteer } from '../../../src/extract/actors/index.ts';
import { tokenize } from '../../../src/extract/actors/tokens.ts';
import { buildPeople } from '../../../src/extract/actors/people.ts';

const g = getGazetteer();
const lookup = (phrase: string) => g.matcher.longest(tokenize(phrase), 0)?.values[0];

describe('gazetteer', () => {
  it('holds every UN member state and the observers under their ISO alpha-3 ids', () => {
    const ids = new Set(g.countries.map((c) => c.id));
    expect(ids.size).toBeGreaterThanOrEqual(193 + 2);
    for (const id of ['GBR', 'USA', 'RUS', 'UKR', 'FRA', 'CHN', 'PSE', 'VAT', 'TUV', 'ZWE']) expect(ids.has(id)).toBe(true);
  });

  it('names states by the names a scorer accepts', () => {
    expect(g.byId('GBR')?.name).toBe('United Kingdom');
    expect(g.byId('USA')?.name).toBe('United States');
    expect(g.byId('RUS')?.name).toBe('Russia');
    expect(g.byId('PRK')?.name).toBe('North Korea');
  });

  it('matches short names, plural demonyms, capitals and seats of government', () => {
    expect(lookup('Britain')).toMatchObject({ id: 'GBR', via: 'name' });
    expect(lookup('the States')).toMatchObject({ id: 'USA' });
    expect(lookup('Ukrainians')).toMatchObject({ id: 'UKR', via: 'demonym' });
    expect(lookup('British')).toMatchObject({ id: 'GBR', modifier: true });
    expect(lookup('the Kremlin')).toMatchObject({ id: 'RUS', via: 'metonym' });
    expect(lookup('The Kremlin')).toMatchObject({ id: 'RUS' });
    expect(lookup('Number 10')).toMatchObject({ id: 'GBR' });
    expect(lookup('Élysée')).toMatchObject({ id: 'FRA' });
    expect(lookup('Kiev')).toMatchObject({ id: 'UKR' });
  });

  it('knows the adjectives newsrooms use where the dataset gives another demonym', () => {
    expect(lookup('Philippine')).toMatchObject({ id: 'PHL', modifier: true });
    expect(lookup('Filipino')).toMatchObject({ id: 'PHL', modifier: true });
    expect(lookup('Icelandic')).toMatchObject({ id: 'ISL', modifier: true });
    expect(lookup('Kyrgyz')).toMatchObject({ id: 'KGZ', modifier: true });
    expect(lookup('Bosnian')).toMatchObject({ id: 'BIH', modifier: true });
  });

  it('matches organisations by name and acronym, and marks media as never actors', () => {
    expect(lookup('NATO')).toMatchObject({ id: 'nato', kind: 'Organization' });
    expect(lookup('World Trade Organisation')).toMatchObject({ id: 'wto' });
    expect(lookup('European Commission')).toMatchObject({ id: 'european-commission' });
    expect(lookup('European leaders')).toMatchObject({ id: 'europe', kind: 'Group' });
    expect(lookup('Fox News')).toMatchObject({ kind: 'none' });
    expect(lookup('Reuters')).toMatchObject({ kind: 'none' });
  });

  it('knows people under their transliterations', () => {
    expect(lookup('Sergei Lavrov')).toMatchObject({ id: 'sergey-lavrov', kind: 'Person' });
    expect(lookup('Volodymyr Zelenskyy')).toMatchObject({ id: 'volodymyr-zelensky' });
    expect(g.bySurname('Zelenskiy').map((p) => p.id)).toEqual(['volodymyr-zelensky']);
  });

  it('finds the holder of an office on a date', () => {
    expect(gazetteer.officeHolder('president', 'USA', '2023-06-01')?.id).toBe('joe-biden');
    expect(gazetteer.officeHolder('president', 'USA', '2025-02-01')?.id).toBe('donald-trump');
    expect(gazetteer.officeHolder('president', 'USA', '2019-06-01')?.id).toBe('donald-trump');
    expect(gazetteer.officeHolder('prime-minister', 'GBR', '2024-07-10')?.id).toBe('keir-starmer');
    expect(gazetteer.officeHolder('prime-minister', 'GBR', '2024-07-01')?.id).toBe('rishi-sunak');
    expect(gazetteer.officeHolder('leader', 'RUS', '2025-01-01')?.id).toBe('vladimir-putin');
    expect(gazetteer.officeHolder('leader', 'DEU', '2025-06-01')?.id).toBe('friedrich-merz');
    expect(gazetteer.officeHolder('Foreign Secretary', 'GBR', '2025-10-01')?.id).toBe('yvette-cooper');
    expect(gazetteer.officeHolder('secretary-general', 'nato', '2025-01-01')?.id).toBe('mark-rutte');
  });

  it('gives the state an actor acts for', () => {
    expect(gazetteer.countryOf('keir-starmer')).toBe('GBR');
    expect(gazetteer.countryOf('UKR')).toBe('UKR');
    expect(gazetteer.countryOf('nato')).toBeUndefined();
    expect(gazetteer.byId('donald-trump')?.offices.length).toBeGreaterThan(1);
  });
});

describe('gazetteer data', () => {
  const people = buildPeople();

  it('holds a few hundred people under unique ids', () => {
    expect(people.length).toBeGreaterThan(300);
    const ids = people.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every person a known state and offices in known states or organisations, in date order', () => {
    const problems: string[] = [];
    for (const p of people) {
      if (p.country && !g.byId(p.country)) problems.push(`${p.id}: country ${p.country}`);
      for (const o of p.offices) {
        const where = o.country ?? o.org;
        if (!where || !g.byId(where)) problems.push(`${p.id}: office ${o.role} in ${where}`);
        if (o.from && o.to && o.to <= o.from) problems.push(`${p.id}: ${o.role} ends before it begins`);
      }
    }
    expect(problems).toEqual([]);
  });
});
