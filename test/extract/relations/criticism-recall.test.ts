/** Wider criticism cues: disappointment and concern, issue-taking, threats posed, negative labels, and ", and" verbs of the main subject. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './build-doc.ts';

describe('relation finder: criticism cues', () => {
  it('reads disappointment, frustration and being concerned about a party as criticism', () => {
    expect(triples(extract('Anna Keller voiced deep frustration with Borovia over the stalled talks.'))).toEqual(['CRITICISED anna-keller->BOR']);
    expect(triples(extract('Dravia expressed disappointment with the Northern League on Friday.'))).toEqual(['CRITICISED DRV->northern-league']);
    expect(triples(extract('Carla Diaz was deeply concerned about Aldoria\'s troop movements.'))).toEqual(['CRITICISED carla-diaz->ALD']);
  });

  it('reads taking issue with, scoffing at and coming under fire from', () => {
    expect(triples(extract("Boris Varga took issue with Cestia's account of the incident."))).toEqual(['CRITICISED boris-varga->CES']);
    expect(triples(extract('Anna Keller scoffed at the Northern League and its proposals.'))).toEqual(['CRITICISED anna-keller->northern-league']);
    expect(triples(extract('Carla Diaz came under fire from Dravia for the remarks.'))).toEqual(['CRITICISED DRV->carla-diaz']);
  });

  it('reads a fronted swipe or jibe at a party as the following speaker\'s criticism', () => {
    expect(triples(extract('In a thinly veiled swipe at Boris Varga, Anna Keller said the region needed new leaders.'))).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(triples(extract('Carla Diaz said, in a jibe at Dravia, that the talks were over.'))).toEqual(['CRITICISED carla-diaz->DRV']);
  });

  it('reads a threat posed by a party, said by a speaker, and a hostile label', () => {
    expect(triples(extract("Anna Keller said Borovia's missile tests posed a grave threat to the region."))).toEqual(['CRITICISED anna-keller->BOR']);
    expect(triples(extract('Boris Varga described Dravia as the greatest challenge to regional security.'))).toEqual(['CRITICISED boris-varga->DRV']);
  });

  it('gives a verb after ", and" the main subject, past a clause of saying with an unnamed subject', () => {
    expect(triples(extract('Anna Keller said the ceasefire had collapsed, and criticised Borovia for its shelling.'))).toEqual(['CRITICISED anna-keller->BOR']);
    // without the comma the verb stays inside what was said
    expect(triples(extract('Anna Keller said the monitors would stay and criticised Borovia.'))).toEqual([]);
  });
});

describe('relation finder: what a speaker says of a party', () => {
  it('reads a quoted label "said of X" with the subject pronoun left open', () => {
    expect(triples(extract('"He is a liar," Anna Keller said of Boris Varga.'))).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(triples(extract('Anna Keller said of Boris Varga: "He is a war criminal."'))).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(triples(extract('"He is a good friend," Carla Diaz said of Boris Varga.'))).toEqual(['SUPPORTED carla-diaz->boris-varga']);
  });

  it('reads a label without "criminal" after it: "X is a liar"', () => {
    expect(triples(extract('Anna Keller said Boris Varga was a liar.'))).toEqual(['CRITICISED anna-keller->boris-varga']);
  });

  it('reads "spoke separately to X and Y" as two calls', () => {
    expect(triples(extract('Anna Keller spoke separately to Boris Varga and Carla Diaz.'))).toEqual([
      'MET anna-keller~boris-varga held', 'MET anna-keller~carla-diaz held',
    ]);
  });
});

describe('relation finder: a resolved possessive pronoun as the target', () => {
  it('takes "its"/"his" as the target of a stance when it names another party', () => {
    expect(triples(extract('Borovia tested a missile, and Aldoria condemned its launch.', { pronouns: [['its', 0, 'BOR']] }))).toEqual(['CRITICISED ALD->BOR']);
  });

  it('prefers a name later in the phrase and never targets the speaker', () => {
    expect(triples(extract('Anna Keller condemned her rival Boris Varga.', { pronouns: [['her', 0, 'anna-keller']] }))).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(triples(extract('Carla Diaz rejected her critics.', { pronouns: [['her', 0, 'carla-diaz']] }))).toEqual([]);
  });
});
