/**
 * Recall through the discourse around a cue: verb phrases that share their clause's subject,
 * relative clauses whose head is the subject or the object, and plural references to a pair.
 */
import { describe, expect, it } from 'vitest';
import { CAST, extract, triples } from './build-doc.ts';

/** The cast with offices on record: Keller and Varga are presidents, Diaz a general. */
const OFFICES = CAST.map((a) => ({ ...a, ...(a.kind === 'Person' && { role: a.id === 'carla-diaz' ? 'General' : 'President' }) }));

describe('relation finder: coordinated verb phrases', () => {
  it('gives a verb after "and" the subject of a verb of saying that took a noun phrase', () => {
    expect(triples(extract('Aldoria condemned the blockade, announced fresh measures against smugglers and called on Cestia to reopen the border.'))).toEqual([
      'URGED ALD->CES',
    ]);
    expect(triples(extract('Anna Keller announced a new trade office and later criticised Boris Varga for his silence.'))).toEqual([
      'CRITICISED anna-keller->boris-varga',
    ]);
  });

  it('keeps the tense of a past meeting verb when a later verb phrase is coordinated: "met X and later criticised Y"', () => {
    expect(triples(extract('Anna Keller met Boris Varga on Monday and later criticised Dravia.', { date: '2025-03-05' }))).toEqual([
      'CRITICISED anna-keller->DRV', 'MET anna-keller~boris-varga held',
    ]);
  });

  it('keeps a clause after the verb of saying to itself: its verb has a subject of its own', () => {
    expect(triples(extract('Anna Keller said the talks had stalled and criticised Borovia.'))).toEqual([]);
    expect(triples(extract('Anna Keller announced that officials would travel and meet Boris Varga.'))).toEqual([]);
  });

  it('keeps a clause after a participle of saying with "that" to itself', () => {
    expect(triples(extract('Anna Keller urged Borovia to reconsider, warning that stopping the aid would only encourage Dravia to fight on.'))).toEqual(['URGED anna-keller->BOR']);
    // with a pronoun subject the clause may still be the sayer's own
    expect(triples(extract('Anna Keller wrote to Boris Varga, warning that she would condemn Dravia.'))).toContain('CRITICISED anna-keller->DRV');
  });
});

describe('relation finder: coordinated parties', () => {
  it('reads past a describing word in a list: "X and the paramilitary Y"', () => {
    expect(triples(extract('Anna Keller condemned Borovia and the neighbouring Dravia for the attack.'))).toEqual([
      'CRITICISED anna-keller->BOR', 'CRITICISED anna-keller->DRV',
    ]);
    // not past a preposition: "Borovia and the rest of Dravia"
    expect(triples(extract('Anna Keller condemned Borovia and the rest of Dravia.'))).toEqual(['CRITICISED anna-keller->BOR']);
    // nor past a verb: "praised X and warned Y" is two verb phrases
    expect(triples(extract('Anna Keller praised Borovia and warned Dravia not to interfere.'))).toEqual(['SUPPORTED anna-keller->BOR', 'URGED anna-keller->DRV']);
  });

  it('takes mediators as standing for their states: "Aldorian and Cestian mediators met X"', () => {
    expect(triples(extract('Aldorian and Cestian mediators met Boris Varga on Monday.', { date: '2025-03-05' }))).toEqual([
      'MET ALD~boris-varga held', 'MET CES~boris-varga held',
    ]);
  });
});

describe('relation finder: plural references to a pair named before', () => {
  it('reads "the two presidents" as the pair the last sentence named together', () => {
    const doc = extract('Anna Keller will hold talks with Boris Varga on Friday. A meeting between the two presidents in March never took place.', {
      date: '2025-06-04', cast: OFFICES,
    });
    // the meeting that lapsed in March is another one than the talks still to come
    expect(triples(doc)).toEqual(['MET anna-keller~boris-varga cancelled', 'MET anna-keller~boris-varga planned']);
  });

  it('reads "both sides" and "the two delegations" as the parties, not the party acting on them', () => {
    expect(triples(extract('Aldoria and Borovia exchanged fire again. Cestia urged both sides to stop.'))).toEqual(['URGED CES->ALD', 'URGED CES->BOR']);
    expect(triples(extract('Aldoria and Borovia sent negotiators. Cestia and Dravia met the two delegations in Ardenburg.'))).toEqual([
      'MET ALD~CES held', 'MET ALD~DRV held', 'MET BOR~CES held', 'MET BOR~DRV held',
    ]);
  });

  it('fits the noun: "the two countries" are states, the states of two persons will do', () => {
    expect(triples(extract('Anna Keller met Boris Varga. Dravia criticised the two countries for the deal.'))).toEqual([
      'CRITICISED DRV->ALD', 'CRITICISED DRV->BOR', 'MET anna-keller~boris-varga held',
    ]);
    // "the two men" are persons: a pair of states does not fit
    expect(triples(extract('Aldoria and Borovia signed a pact. Cestia criticised the two men for the deal.'))).toEqual(['MET ALD~BOR held']);
    // "the two presidents" hold that office: a president and a general do not fit
    expect(triples(extract('Anna Keller met Carla Diaz. Dravia criticised the two presidents.', { cast: OFFICES }))).toEqual(['MET anna-keller~carla-diaz held']);
    expect(triples(extract('Anna Keller met Boris Varga. Dravia criticised the two presidents.', { cast: OFFICES }))).toEqual([
      'CRITICISED DRV->anna-keller', 'CRITICISED DRV->boris-varga', 'MET anna-keller~boris-varga held',
    ]);
  });

  it('takes a military rank written before a name as the office "the two generals" asks for', () => {
    const cast = CAST.map((a) => ({ ...a, ...(a.id === 'boris-varga' && { role: 'Commander of the Northern Army' }) }));
    expect(triples(extract('Gen Carla Diaz branded Boris Varga a traitor. Anna Keller urged the two generals to talk.', { cast }))).toEqual([
      'CRITICISED carla-diaz->boris-varga', 'URGED anna-keller->boris-varga', 'URGED anna-keller->carla-diaz',
    ]);
    expect(triples(extract('Carla Diaz branded Boris Varga a traitor. Anna Keller urged the two generals to talk.', { cast }))).toEqual([
      'CRITICISED carla-diaz->boris-varga',
    ]);
  });

  it('reads "both parties" far from any pair as the two sides the article is about, when they dominate it', () => {
    const about = 'Aldoria and Borovia agreed a truce. Talks between Aldoria and Borovia resumed. Aldoria accused Borovia of delay. ';
    const filler = 'It rained. The roads closed. Schools shut. ';
    expect(triples(extract(`${about}${filler}Carla Diaz met both parties on Monday.`))).toEqual([
      'CRITICISED ALD->BOR', 'MET ALD~BOR held', 'MET ALD~carla-diaz held', 'MET BOR~carla-diaz held',
    ]);
    // two pairs named as often: no side dominates
    const two = 'Aldoria and Borovia agreed a truce. Cestia and Dravia agreed a truce. Aldoria criticised Borovia. Cestia criticised Dravia. ';
    expect(triples(extract(`${two}${filler}Carla Diaz met both parties on Monday.`)).filter((t) => t.includes('carla'))).toEqual([]);
  });

  it('reads shuttling between the parties as meeting each of them', () => {
    expect(triples(extract('Aldoria and Borovia sent delegations. Cestian officials shuttled between the two delegations.'))).toEqual([
      'MET ALD~CES held', 'MET BOR~CES held',
    ]);
  });

  it('reads a sentence-opening "They" as the plural subject of the sentence before', () => {
    expect(triples(extract('Aldoria and Borovia signed a truce on Monday. They also urged Cestia to join it.'))).toEqual([
      'MET ALD~BOR held', 'URGED ALD->CES', 'URGED BOR->CES',
    ]);
    const cast = [...CAST, { id: 'northern-league', kind: 'Organization' as const, names: ['the Northern League leaders'] }];
    expect(triples(extract('the Northern League leaders met in Ardenburg. They condemned Dravia.', { cast }))).toEqual(['CRITICISED northern-league->DRV']);
    // one party named by a singular head, a subject in another paragraph, or "they" inside a sentence: no reading
    expect(triples(extract('Aldoria signed the truce. They condemned Dravia.'))).toEqual([]);
    expect(triples(extract('Aldoria and Borovia signed a truce.\n\nThey condemned Dravia.'))).toEqual(['MET ALD~BOR held']);
  });

  it('stays open when the reference is ambiguous or its pair too far back', () => {
    // two pairs named by the same last mention: which two?
    expect(triples(extract('Aldoria and Borovia criticised Cestia. Dravia urged both sides to talk.'))).toEqual([
      'CRITICISED ALD->CES', 'CRITICISED BOR->CES',
    ]);
    expect(triples(extract('Aldoria and Borovia sent troops. It rained. The roads closed. Schools shut. Cestia urged both sides to talk.'))).toEqual([]);
    // a party named in the sentence before the reference is not part of it
    expect(triples(extract('Aldoria and Borovia exchanged fire. Aldoria urged both sides to stop.'))).toEqual([]);
  });
});

describe('relation finder: relative clauses', () => {
  it('takes the head of a relative clause as the subject of its verb', () => {
    expect(triples(extract('The talks were led by Carla Diaz, who met both Anna Keller and Boris Varga in Ardenburg.'))).toEqual([
      'MET anna-keller~carla-diaz held', 'MET boris-varga~carla-diaz held',
    ]);
  });

  it('skips a relative clause that goes on past the party in it: "X, who heads Y\'s ruling council, accused …"', () => {
    expect(triples(extract("Boris Varga, who heads Aldoria's ruling military council, accused Cestia of lying."))).toEqual(['CRITICISED boris-varga->CES']);
    expect(triples(extract('Anna Keller, who met Boris Varga in the capital, criticised Dravia on Monday.'))).toEqual([
      'CRITICISED anna-keller->DRV', 'MET anna-keller~boris-varga held',
    ]);
  });

  it('takes the head of an object relative clause as the object of its verb', () => {
    expect(triples(extract('Anna Keller wrote to Cestia about Boris Varga, whom she accused of bad faith.', { pronouns: [['she', 0, 'anna-keller']] }))).toEqual([
      'CRITICISED anna-keller->boris-varga',
    ]);
    expect(triples(extract('Boris Varga, who Dravia had condemned last week, arrived in Ardenburg.'))).toEqual(['CRITICISED DRV->boris-varga']);
    // a subject pronoun the resolver left open: the person subject of the sentence
    expect(triples(extract('Anna Keller named a new envoy to replace Boris Varga, whom she accused of bias.', { pronouns: [['she', 0, null]] }))).toEqual([
      'CRITICISED anna-keller->boris-varga',
    ]);
  });

  it('does not read a clause of saying as a relative clause', () => {
    expect(triples(extract('Aldoria told Borovia that it condemned the attack.', { pronouns: [] }))).toEqual([]);
    expect(triples(extract('Boris Varga, who criticised the plan, left early.'))).toEqual([]);
  });
});

describe('relation finder: the opposition and its state', () => {
  it('keeps criticism of a state by its opposition, and drops a person acting on their own state', () => {
    const cast = [...CAST, { id: 'eva-holm', kind: 'Person' as const, names: ['Eva Holm'], country: 'ALD', role: 'Shadow Foreign Secretary' }];
    expect(triples(extract('Eva Holm accused Aldoria of failing its allies.', { cast }))).toEqual(['CRITICISED eva-holm->ALD']);
    expect(triples(extract('Anna Keller accused Aldoria of failing its allies.'))).toEqual([]);
  });
});

describe('relation finder: allegations', () => {
  it('asserts the accusation, not what it alleges: "accused X of siding with Y"', () => {
    expect(triples(extract('Cestia accused Aldoria of siding with Borovia.'))).toEqual(['CRITICISED CES->ALD']);
    expect(triples(extract('Dravia, which accused Aldoria of backing Borovia, closed its embassy.'))).toEqual(['CRITICISED DRV->ALD']);
    // a stance of the accuser's own after the accusation still counts
    expect(triples(extract('Cestia accused Aldoria of lying and backed Borovia.'))).toEqual(['CRITICISED CES->ALD', 'SUPPORTED CES->BOR']);
    // nor how the alleged deed was done
    expect(triples(extract('Anna Keller accused Aldoria of undermining Cestia by opening talks with Borovia.')).filter((t) => t.startsWith('MET'))).toEqual([]);
    // "by" with no allegation before it is the speaker's own means
    expect(triples(extract('Anna Keller ended the dispute by holding talks with Boris Varga.'))).toEqual(['MET anna-keller~boris-varga held']);
  });
});
