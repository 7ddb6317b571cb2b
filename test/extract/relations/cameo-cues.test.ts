/** Cue families added from the CAMEO codebook (04 consult, 05/07 cooperation and aid, 02/10 appeal and demand, 11 disapprove, 12/16/17 reject, reduce relations, coerce). */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './build-doc.ts';

const read = (s: string): string[] => triples(extract(s));

describe('CAMEO 04 consult: MET', () => {
  it('reads conferring, huddling and consulting, with an object or two subjects', () => {
    expect(read('Anna Keller conferred with Boris Varga on Monday.')).toEqual(['MET anna-keller~boris-varga held']);
    expect(read('Anna Keller and Boris Varga huddled privately before the vote.')).toEqual(['MET anna-keller~boris-varga held']);
    expect(read('Anna Keller consulted Boris Varga about the border.')).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads a shared meal, an audience and an exchange of views', () => {
    expect(read('Anna Keller dined with Boris Varga at the embassy.')).toEqual(['MET anna-keller~boris-varga held']);
    expect(read('Anna Keller had lunch with Boris Varga after the ceremony.')).toEqual(['MET anna-keller~boris-varga held']);
    expect(read('Carla Diaz was granted an audience with Boris Varga.')).toEqual(['MET boris-varga~carla-diaz held']);
    expect(read('Anna Keller exchanged views with Boris Varga on the crisis.')).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads mediating between two parties, ringing a person, a videoconference and a courtesy call', () => {
    expect(read('Carla Diaz mediated between Boris Varga and Anna Keller.')).toEqual([
      'MET anna-keller~carla-diaz held', 'MET boris-varga~carla-diaz held',
    ]);
    expect(read('Anna Keller rang Boris Varga late on Tuesday.')).toEqual(['MET anna-keller~boris-varga held']);
    expect(read('Anna Keller held a videoconference with Boris Varga.')).toEqual(['MET anna-keller~boris-varga held']);
    expect(read('Carla Diaz paid a courtesy call on Boris Varga.')).toEqual(['MET boris-varga~carla-diaz held']);
    expect(read('Anna Keller played host to Boris Varga in the capital.')).toEqual(['MET anna-keller~boris-varga held']);
    expect(read('Carla Diaz toured Borovia for three days.')).toEqual(['MET BOR~carla-diaz held']);
  });
});

describe('CAMEO 11 disapprove: CRITICISED', () => {
  it('reads the rarer verbs of censure', () => {
    expect(read('Anna Keller excoriated Boris Varga in a speech.')).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(read('Dravia pilloried Borovia over the vote.')).toEqual(['CRITICISED DRV->BOR']);
    expect(read('Anna Keller upbraided Boris Varga in public.')).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(read('Cestia faulted Borovia for the collapse of the truce.')).toEqual(['CRITICISED CES->BOR']);
    expect(read('Anna Keller tore into Boris Varga at the rally.')).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(read('Anna Keller was scathing about Borovia.')).toEqual(['CRITICISED anna-keller->BOR']);
  });

  it('reads accusations as a clause, lawsuits and rallying opposition (CAMEO 112, 115, 113)', () => {
    expect(read('Anna Keller charged that Borovia had broken the truce.')).toEqual(['CRITICISED anna-keller->BOR']);
    expect(read('Aldoria sued Borovia at the international court.')).toEqual(['CRITICISED ALD->BOR']);
    expect(read('Cestia filed a complaint against Borovia at the trade body.')).toEqual(['CRITICISED CES->BOR']);
    expect(read('Anna Keller rallied opposition against Borovia.')).toEqual(['CRITICISED anna-keller->BOR']);
  });
});

describe('CAMEO 05/07 cooperation and aid: SUPPORTED', () => {
  it('reads praise and verbal defence', () => {
    expect(read('Anna Keller lauded Borovia for its restraint.')).toEqual(['SUPPORTED anna-keller->BOR']);
    expect(read('Anna Keller came out in support of Boris Varga.')).toEqual(['SUPPORTED anna-keller->boris-varga']);
    expect(read('Carla Diaz came to the defence of Boris Varga.')).toEqual(['SUPPORTED carla-diaz->boris-varga']);
    expect(read('Anna Keller vouched for Boris Varga.')).toEqual(['SUPPORTED anna-keller->boris-varga']);
  });

  it('reads funding, extending credit, a double object of aid and asylum', () => {
    expect(read('Dravia bankrolled Borovia during the war.')).toEqual(['SUPPORTED DRV->BOR']);
    expect(read('Aldoria extended a loan to Borovia.')).toEqual(['SUPPORTED ALD->BOR']);
    expect(read('Aldoria gave Borovia weapons last year.')).toEqual(['SUPPORTED ALD->BOR']);
    expect(read('Anna Keller offered Borovia her full support.')).toEqual(['SUPPORTED anna-keller->BOR']);
    expect(read('Cestia granted asylum to Boris Varga.')).toEqual(['SUPPORTED CES->boris-varga']);
  });

  it('reads lifting sanctions as easing (CAMEO 081), not as a sanction', () => {
    expect(read('Aldoria lifted sanctions on Borovia.')).toEqual(['SUPPORTED ALD->BOR']);
  });
});

describe('CAMEO 02/10 appeal and demand: URGED', () => {
  it('reads the appeal verbs with an infinitive', () => {
    expect(read('Anna Keller entreated Borovia to return to the talks.')).toEqual(['URGED anna-keller->BOR']);
    expect(read('Aldoria petitioned Borovia to free the journalist.')).toEqual(['URGED ALD->BOR']);
    expect(read('Anna Keller advised Boris Varga to wait.')).toEqual(['URGED anna-keller->boris-varga']);
    expect(read('Anna Keller prevailed upon Borovia to delay the vote.')).toEqual(['URGED anna-keller->BOR']);
  });

  it('reads orders, nudges and ultimatums', () => {
    expect(read('Anna Keller ordered Borovia to halt the shelling.')).toEqual(['URGED anna-keller->BOR']);
    expect(read('Aldoria leaned on Borovia to accept the deal.')).toEqual(['URGED ALD->BOR']);
    expect(read('Aldoria nudged Borovia to compromise.')).toEqual(['URGED ALD->BOR']);
    expect(read('Aldoria issued an ultimatum to Borovia.')).toEqual(['URGED ALD->BOR']);
    expect(read('Anna Keller requested that Borovia release the ship.')).toEqual(['URGED anna-keller->BOR']);
  });
});

describe('CAMEO 12/16/17 reject, reduce relations, coerce: OPPOSED', () => {
  it('reads the rejection verbs', () => {
    expect(read("Aldoria turned down Borovia's offer.")).toEqual(['OPPOSED ALD->BOR']);
    expect(read("Aldoria brushed aside Borovia's demands.")).toEqual(['OPPOSED ALD->BOR']);
    expect(read("Cestia repudiated Borovia's claim.")).toEqual(['OPPOSED CES->BOR']);
    expect(read("Aldoria balked at Borovia's demands.")).toEqual(['OPPOSED ALD->BOR']);
    expect(read("Aldoria objected to Borovia's plan.")).toEqual(['OPPOSED ALD->BOR']);
    expect(read("Dravia voted down Borovia's motion.")).toEqual(['OPPOSED DRV->BOR']);
    expect(read("Aldoria pushed back against Borovia.")).toEqual(['OPPOSED ALD->BOR']);
  });

  it('reads expulsions, embargoes, cutting aid, leaving a deal and punishment', () => {
    expect(read("Aldoria kicked out Borovia's diplomats.")).toEqual(['OPPOSED ALD->BOR']);
    expect(read('Aldoria deported Borovian diplomats.')).toEqual(['OPPOSED ALD->BOR']);
    expect(read('Aldoria embargoed Borovia.')).toEqual(['OPPOSED ALD->BOR']);
    expect(read('Aldoria slashed aid to Borovia.')).toEqual(['OPPOSED ALD->BOR']);
    expect(read('Aldoria walked away from talks with Borovia.')).toEqual(['OPPOSED ALD->BOR']);
    expect(read('Aldoria scrapped its deal with Borovia.')).toEqual(['OPPOSED ALD->BOR']);
    expect(read('Aldoria punished Borovia for the incursion.')).toEqual(['OPPOSED ALD->BOR']);
  });
});

describe('CAMEO cues: what they must not read', () => {
  it('gives nothing without a party, a person or an infinitive where the cue needs one', () => {
    expect(read('Anna Keller rang the bell in Borovia.')).toEqual([]);
    expect(read('Anna Keller gave Borovia a warning about the weather.')).toEqual([]);
    expect(read('Anna Keller ordered Borovian coffee.')).toEqual([]);
    expect(read('Anna Keller advised Boris Varga on Monday.')).toEqual([]);
    expect(read('Anna Keller had lunch with her family in Borovia.')).toEqual([]);
    expect(read('Anna Keller received an award in Borovia.')).toEqual([]);
    expect(read('Police blocked the road to Borovia.')).toEqual([]);
    expect(read('Anna Keller turned down the volume.')).toEqual([]);
  });

  it('keeps verb readings apart from the nouns and adjectives they share a form with', () => {
    expect(read('Borovia sued for peace with Aldoria.')).toEqual([]);
    expect(read('Aldoria wants direct talks with Borovia to end the war.')).toEqual([]);
    expect(read('Aldoria received a request from Borovia to extradite the suspect.')).toEqual([]);
    expect(read('The finance minister of Borovia resigned.')).toEqual([]);
    expect(read('Aldoria lifted sanctions on Borovia.')).not.toContain('OPPOSED ALD->BOR');
  });
});
