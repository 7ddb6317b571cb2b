/** More ways of reporting a meeting: adverbs inside "met … with", hyphenated formats, banquets, escorts. */
import { describe, expect, it } from 'vitest';
import { CAST, extract, triples } from './build-doc.ts';

describe('relation finder: meeting cues', () => {
  it('reads "met separately with X and Y" as two meetings', () => {
    expect(triples(extract('Anna Keller later met separately with Boris Varga and Carla Diaz.'))).toEqual([
      'MET anna-keller~boris-varga held', 'MET anna-keller~carla-diaz held',
    ]);
  });

  it('reads hyphenated formats: "a one-on-one meeting with", "their first face-to-face talks"', () => {
    expect(triples(extract('Boris Varga held a one-on-one meeting with Carla Diaz.'))).toEqual(['MET boris-varga~carla-diaz held']);
    expect(triples(extract('Anna Keller and Boris Varga held their first face-to-face talks since the war.'))).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads a banquet given for a guest and escorting a person as meetings', () => {
    expect(triples(extract('Anna Keller hosted a state banquet for Boris Varga at the palace.'))).toEqual(['MET anna-keller~boris-varga held']);
    expect(triples(extract('Carla Diaz accompanied Anna Keller to the memorial.'))).toEqual(['MET anna-keller~carla-diaz held']);
    expect(triples(extract('Boris Varga saw off Carla Diaz at the airport.'))).toEqual(['MET boris-varga~carla-diaz held']);
  });

  it('does not read escorting a thing or a place as a meeting', () => {
    expect(triples(extract('Aldorian warships accompanied the convoy to Dravia.'))).toEqual([]);
  });

  it('does not read a compatriot accompanying a leader as a meeting: they travel as one delegation', () => {
    const cast = [...CAST, { id: 'dora-lind', kind: 'Person' as const, names: ['Dora Lind'], country: 'ALD' }];
    expect(triples(extract('Dora Lind, who accompanied Anna Keller, held talks with Boris Varga.', { cast }))).toEqual(['MET boris-varga~dora-lind held']);
  });
});

describe('relation finder: passive meetings and institutions in lists', () => {
  it('reads a passive with a place phrase before the agent: "was met at the airport by X"', () => {
    expect(triples(extract('Boris Varga was met at the airport by Anna Keller.'))).toEqual(['MET anna-keller~boris-varga held']);
    expect(triples(extract('Carla Diaz was received in Ardenburg by Anna Keller.'))).toEqual(['MET anna-keller~carla-diaz held']);
  });

  it('reads "envoys of the X army and Y met" as a meeting of the state and Y', () => {
    expect(triples(extract('Envoys of the Borovian army and the Northern League met in Cestia.'))).toEqual(['MET BOR~northern-league held']);
  });
});

describe('relation finder: a planned trip called off later in the sentence', () => {
  it('reads "was due to lead a delegation to X; … the trip had been called off" as cancelled', () => {
    const doc = extract('Carla Diaz had been due to lead a trade delegation to Borovia next month; Cestia said the trip had been called off.', { date: '2025-04-02' });
    expect(triples(doc)).toEqual(['MET BOR~carla-diaz cancelled']);
  });

  it('keeps a visit that took place held when a later, different event is called off', () => {
    const doc = extract('Anna Keller visited Borovia on Monday; the summit planned for May has been postponed.', { date: '2025-04-02' });
    expect(triples(doc)).toContain('MET BOR~anna-keller held');
  });
});
