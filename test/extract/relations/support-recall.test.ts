/** Wider support cues: gratitude, tribute and praise nouns, announced sums, and more kinds of materiel. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './build-doc.ts';

describe('relation finder: support cues', () => {
  it('reads gratitude, tribute and heaped praise as support', () => {
    expect(triples(extract('Anna Keller expressed her gratitude to Boris Varga for his hospitality.', { pronouns: [['her', 0, 'anna-keller'], ['his', 0, null]] }))).toEqual(['SUPPORTED anna-keller->boris-varga']);
    expect(triples(extract('Carla Diaz paid tribute to Anna Keller at the memorial.'))).toEqual(['SUPPORTED carla-diaz->anna-keller']);
    expect(triples(extract('Boris Varga heaped praise on Carla Diaz after the vote.'))).toEqual(['SUPPORTED boris-varga->carla-diaz']);
    expect(triples(extract('Anna Keller was full of praise for the Northern League.'))).toEqual(['SUPPORTED anna-keller->northern-league']);
  });

  it('reads an announced sum of aid and supplied vehicles as support', () => {
    expect(triples(extract('Aldoria announced $500 million in humanitarian aid for Cestia.'))).toEqual(['SUPPORTED ALD->CES']);
    expect(triples(extract('Dravia will supply armoured vehicles to Borovia.'))).toEqual(['SUPPORTED DRV->BOR']);
  });

  it('does not read praise drawn from a party as the subject praising', () => {
    expect(triples(extract('Boris Varga drew praise from Cestia.'))).toEqual(['SUPPORTED CES->boris-varga']);
  });
});
