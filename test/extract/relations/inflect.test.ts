/** The cue lexicon's verb inflection: regular doubling of short verbs and the irregular pasts cues rely on. */
import { describe, expect, it } from 'vitest';
import { inflections } from '../../../src/extract/relations/inflect.ts';
import { extract, triples } from './build-doc.ts';

describe('inflections', () => {
  it('doubles the final consonant of one-syllable verbs and listed longer ones', () => {
    expect(inflections('ship')).toEqual(expect.arrayContaining(['shipped', 'shipping']));
    expect(inflections('bar')).toEqual(expect.arrayContaining(['barred', 'barring']));
    expect(inflections('commit')).toEqual(expect.arrayContaining(['committed', 'committing']));
    expect(inflections('host')).toEqual(expect.arrayContaining(['hosted', 'hosting']));
    expect(inflections('host')).not.toContain('hostted');
  });

  it('knows the irregular pasts of win, draw, get and sit', () => {
    expect(inflections('win')).toContain('won');
    expect(inflections('draw')).toEqual(expect.arrayContaining(['drew', 'drawn']));
    expect(inflections('sit')).toContain('sat');
  });
});

describe('cues that need those forms', () => {
  it('reads "committed troops to X", "shipped tanks to X" and a halted shipment', () => {
    expect(triples(extract('Aldoria committed troops to Cestia last year.'))).toEqual(['SUPPORTED ALD->CES']);
    expect(triples(extract('Dravia shipped tanks to Borovia in March.'))).toEqual(['SUPPORTED DRV->BOR']);
    expect(triples(extract('Aldoria paused a shipment of heavy shells to Borovia.'))).toEqual(['OPPOSED ALD->BOR']);
  });
});
