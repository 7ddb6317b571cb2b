/**
 * Recall through the discourse around a cue: verb phrases that share their clause's subject,
 * relative clauses whose head is the subject or the object, and plural references to a pair.
 */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './build-doc.ts';

describe('relation finder: coordinated verb phrases', () => {
  it('gives a verb after "and" the subject of a verb of saying that took a noun phrase', () => {
    expect(triples(extract('Aldoria condemned the blockade, announced fresh measures against smugglers and called on Cestia to reopen the border.'))).toEqual([
      'URGED ALD->CES',
    ]);
    expect(triples(extract('Anna Keller announced a new trade office and later criticised Boris Varga for his silence.'))).toEqual([
      'CRITICISED anna-keller->boris-varga',
    ]);
  });

  it('keeps a clause after the verb of saying to itself: its verb has a subject of its own', () => {
    expect(triples(extract('Anna Keller said the talks had stalled and criticised Borovia.'))).toEqual([]);
    expect(triples(extract('Anna Keller announced that officials would travel and meet Boris Varga.'))).toEqual([]);
  });
});
