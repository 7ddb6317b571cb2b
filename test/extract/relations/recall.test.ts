/** Wider cue coverage and argument finding: coordinated "the X" objects, infinitives, announced stances. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './build-doc.ts';

describe('relation finder: argument finding', () => {
  it('takes a coordinated object that begins with its article: "X and the Northern League"', () => {
    expect(triples(extract('Anna Keller criticised Borovia and the Northern League for dragging their feet.'))).toEqual([
      'CRITICISED anna-keller->BOR', 'CRITICISED anna-keller->northern-league',
    ]);
    expect(triples(extract('Dravia condemned Cestia, Borovia and the Northern League over the blockade.'))).toEqual([
      'CRITICISED DRV->BOR', 'CRITICISED DRV->CES', 'CRITICISED DRV->northern-league',
    ]);
  });

  it('reads "vowed to support X" as support by the subject, but not a stance noun after "to"', () => {
    expect(triples(extract('Anna Keller vowed to support Borovia for as long as it takes.'))).toEqual(['SUPPORTED anna-keller->BOR']);
    expect(triples(extract('Boris Varga pledged to back Cestia at the next summit.'))).toEqual(['SUPPORTED boris-varga->CES']);
    expect(triples(extract('Anna Keller spoke in favour of an end to sanctions on Dravia.'))).toEqual([]);
  });

  it('takes the announcer of a stance noun as its source: "announced new sanctions on X"', () => {
    expect(triples(extract('Aldoria announced new sanctions on Borovia on Friday.'))).toEqual(['OPPOSED ALD->BOR']);
    expect(triples(extract('Anna Keller announced a fresh package of military aid for Cestia.'))).toEqual(['SUPPORTED anna-keller->CES']);
    // a clause after the verb of saying still has its own, unnamed subject
    expect(triples(extract('Anna Keller said officials would discuss sanctions on Borovia.'))).toEqual([]);
  });
});

describe('relation finder: more cues', () => {
  it('reads "sat down with" as a meeting', () => {
    expect(triples(extract('Anna Keller sat down with Boris Varga in Ardenburg on Tuesday.', { date: '2025-03-06' }))).toEqual([
      'MET anna-keller~boris-varga held',
    ]);
  });

  it('reads greeting a person as meeting them, not as support', () => {
    expect(triples(extract('Boris Varga landed in Ardenburg, where Anna Keller greeted him with a handshake.', { pronouns: [['him', 0, 'boris-varga']] }))).toEqual([
      'MET anna-keller~boris-varga held',
    ]);
    expect(triples(extract('Anna Keller greeted the ruling by Dravia with silence.'))).toEqual([]);
  });

  it('reads "took a swipe at" and "was critical of" as criticism', () => {
    expect(triples(extract('Boris Varga took a thinly veiled swipe at Cestia in his speech.'))).toEqual(['CRITICISED boris-varga->CES']);
    expect(triples(extract('Carla Diaz was sharply critical of Aldoria during the debate.'))).toEqual(['CRITICISED carla-diaz->ALD']);
  });

  it('reads frozen assets, suspended talks and a walk-out from a deal as opposition', () => {
    expect(triples(extract('Cestia froze the assets of Borovia held in its banks.'))).toEqual(['OPPOSED CES->BOR']);
    expect(triples(extract('Aldoria suspended talks with Dravia after the border incident.'))).toEqual(['OPPOSED ALD->DRV']);
    expect(triples(extract('Borovia withdrew from the grain deal with Aldoria on Monday.'))).toEqual(['OPPOSED BOR->ALD']);
    expect(triples(extract('Dravia pulled out of the trade pact with Cestia.'))).toEqual(['OPPOSED DRV->CES']);
  });
});

describe('relation finder: institutions, embraces and long cue readings', () => {
  it('takes a demonym before a state institution as the state: "pressed the Borovian army to …"', () => {
    expect(triples(extract('Aldoria pressed the Borovian army to return to the negotiating table.'))).toEqual(['URGED ALD->BOR']);
    expect(triples(extract('Anna Keller urged the Cestian government to release the detained reporters.'))).toEqual(['URGED anna-keller->CES']);
    expect(triples(extract('Dravia urged the Borovian army and the Northern League to observe the truce.'))).toEqual([
      'URGED DRV->BOR', 'URGED DRV->northern-league',
    ]);
    // a demonym before an ordinary noun is no party
    expect(triples(extract('Anna Keller urged Borovian farmers to stay calm.'))).toEqual([]);
  });

  it('reads the longest cue: "held a bilateral meeting with X"', () => {
    expect(triples(extract('Boris Varga held a bilateral meeting with Carla Diaz on Thursday.', { date: '2025-03-08' }))).toEqual([
      'MET boris-varga~carla-diaz held',
    ]);
  });

  it('reads hugging or embracing a person as meeting them, not embracing a plan', () => {
    expect(triples(extract('Anna Keller hugged Boris Varga on the steps of the palace.'))).toEqual(['MET anna-keller~boris-varga held']);
    expect(triples(extract('Carla Diaz embraced Anna Keller at the summit.'))).toEqual(['MET anna-keller~carla-diaz held']);
    expect(triples(extract('Cestia embraced the Dravian proposal.'))).toEqual([]);
  });

  it('drops a trip that is only the setting of a called-off meeting', () => {
    const doc = extract('Carla Diaz will not meet Boris Varga during her trip to Borovia next week.', { pronouns: [['her', 0, 'carla-diaz']] });
    expect(triples(doc)).toEqual(['MET boris-varga~carla-diaz cancelled']);
  });
});

describe('relation finder: statements as speakers', () => {
  it('takes the authors of "a statement from/by X (and Y)" as the subject', () => {
    expect(triples(extract('A statement from the Northern League condemned Borovia.'))).toEqual(['CRITICISED northern-league->BOR']);
    expect(triples(extract('A joint statement by Aldoria and Cestia urged Dravia to withdraw.'))).toEqual(['URGED ALD->DRV', 'URGED CES->DRV']);
  });

  it('keeps the object of an ordinary preposition out of the subject', () => {
    expect(triples(extract('A convoy from Aldoria crossed into Borovia and criticism followed.'))).toEqual([]);
  });

  it('reads being disappointed in a party as criticism', () => {
    expect(triples(extract('Boris Varga said he was disappointed in Carla Diaz.', { pronouns: [['he', 0, 'boris-varga']] }))).toEqual(['CRITICISED boris-varga->carla-diaz']);
  });
});

describe('relation finder: more opposition and appeal cues', () => {
  it('reads bans, bars and suspensions of a party as opposition', () => {
    expect(triples(extract('Aldoria suspended Dravia after the coup.'))).toEqual(['OPPOSED ALD->DRV']);
    expect(triples(extract('Aldoria banned Borovian state media on Monday.'))).toEqual(['OPPOSED ALD->BOR']);
    expect(triples(extract('Cestia suspended its participation in the talks.', { pronouns: [['its', 0, 'CES']] }))).toEqual([]);
  });

  it('reads "challenged X to" and "begged X to" as urging, not a bare challenge', () => {
    expect(triples(extract('Anna Keller challenged Borovia to lift the blockade.'))).toEqual(['URGED anna-keller->BOR']);
    expect(triples(extract('Carla Diaz begged Boris Varga to reconsider.'))).toEqual(['URGED carla-diaz->boris-varga']);
    expect(triples(extract('Anna Keller challenged Borovia over the blockade.'))).toEqual([]);
  });
});

describe('relation finder: warnings with an obligation', () => {
  it('reads "warned X that it must not …" as urging, but not a plain forecast', () => {
    expect(triples(extract('Anna Keller warned Borovia that it must not cross the river.'))).toEqual(['URGED anna-keller->BOR']);
    expect(triples(extract('Anna Keller warned Borovia that the sanctions would stay.'))).toEqual([]);
  });
});
