/** The reaction frame: "X's visit drew condemnation from Y" reverses source and target. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './build-doc.ts';

describe('relation finder: reactions', () => {
  it('reads criticism drawn from a party as that party criticising the subject', () => {
    expect(triples(extract("Anna Keller's visit to the disputed island drew sharp condemnation from Borovia."))).toEqual(['CRITICISED BOR->anna-keller']);
    expect(triples(extract('Carla Diaz faced criticism from Dravia over her remarks.', { pronouns: [['her', 0, 'carla-diaz']] }))).toEqual(['CRITICISED DRV->carla-diaz']);
  });

  it('reads praise or backing won from a party as support', () => {
    expect(triples(extract('Boris Varga won praise from Anna Keller for his restraint.', { pronouns: [['his', 0, 'boris-varga']] }))).toEqual(['SUPPORTED anna-keller->boris-varga']);
    expect(triples(extract("Cestia's proposal received backing from the Northern League."))).toEqual(['SUPPORTED northern-league->CES']);
  });

  it('needs a named reactor after "from"', () => {
    expect(triples(extract('Anna Keller drew criticism from opposition lawmakers.'))).toEqual([]);
  });
});
