/** MET: verbs, nouns, symmetric and compound forms, status (held/planned/cancelled), date and place. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './build-doc.ts';

const DATE = '2025-03-05'; // a Wednesday

describe('relation finder: meetings', () => {
  it('reads "X met Y" as a held meeting', () => {
    expect(triples(extract('Anna Keller met Boris Varga in Ardenburg.', { date: DATE }))).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads "X and Y held talks on Saturday" as one meeting of both, dated the Saturday before', () => {
    const doc = extract('Anna Keller and Boris Varga held talks on Saturday.', { date: DATE });
    expect(triples(doc)).toEqual(['MET anna-keller~boris-varga held']);
    expect(doc.relations[0]).toMatchObject({ date: '2025-03-01', meetingKind: 'talks', cameo: '046', rule: 'symmetric:hold-talks' });
  });

  it('finds every pair in "talks between X, Y and Z"', () => {
    expect(triples(extract('The talks between Aldoria, Borovia and Cestia ended without a deal.'))).toEqual([
      'MET ALD~BOR held', 'MET ALD~CES held', 'MET BOR~CES held',
    ]);
  });

  it('takes the possessor as the source of a nominal cue: "X\'s talks with Y"', () => {
    const doc = extract("Anna Keller's talks with Boris Varga on Monday were frank.", { date: DATE });
    expect(triples(doc)).toEqual(['MET anna-keller~boris-varga held']);
    expect(doc.relations[0]).toMatchObject({ rule: 'nominal:talks-with', date: '2025-03-03' });
  });

  it('reads "Aldoria-Borovia talks" as a meeting of the two', () => {
    expect(triples(extract('The Aldoria-Borovia talks resumed in Geneva last week.'))).toEqual(['MET ALD~BOR held']);
  });

  it('marks future meetings planned and resolves a weekday forward', () => {
    const doc = extract('Anna Keller will visit Borograd on Friday to sign the accord.', { date: DATE });
    expect(triples(doc)).toEqual(['MET BOR~anna-keller planned']);
    expect(doc.relations[0]).toMatchObject({ date: '2025-03-07', meetingKind: 'visit', cameo: '042' });
  });

  it('gives the place of a meeting when the sentence states it', () => {
    const doc = extract('Anna Keller met Boris Varga at the Grand Palace on Tuesday.', { date: DATE });
    expect(doc.relations[0]).toMatchObject({ place: 'the Grand Palace', date: '2025-03-04' });
  });

  it('marks a refused meeting cancelled and lets it override the plan announced earlier', () => {
    const doc = extract('Anna Keller said on Monday that she would meet Boris Varga. Anna Keller will not meet Boris Varga after all, her office said.', { date: DATE });
    expect(triples(doc)).toEqual(['MET anna-keller~boris-varga cancelled']);
  });

  it('keeps a meeting held when a later clause only says someone "did not take part"', () => {
    expect(triples(extract('Anna Keller greeted Boris Varga before the talks began but did not take part in them.'))).toEqual(['MET anna-keller~boris-varga held']);
    expect(triples(extract('A meeting between Anna Keller and Boris Varga did not take place.'))).toEqual(['MET anna-keller~boris-varga cancelled']);
  });

  it('counts companions joined after the objects ("hosted X in the capital, together with Y and Z")', () => {
    expect(triples(extract('Anna Keller hosted Boris Varga in the capital on Monday, together with Carla Diaz and Dravia.'))).toEqual(
      expect.arrayContaining(['MET anna-keller~boris-varga held', 'MET anna-keller~carla-diaz held', 'MET DRV~anna-keller held']),
    );
    // not past another clause
    expect(triples(extract('Anna Keller hosted Boris Varga, who later travelled together with Carla Diaz.'))).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('marks "called off talks with" as cancelled', () => {
    expect(triples(extract('Anna Keller called off talks with Boris Varga.'))).toEqual(['MET anna-keller~boris-varga cancelled']);
  });

  it('gives a fronted "In a call with Y," phrase to the subject of the main clause', () => {
    const doc = extract('In a call with Boris Varga on Sunday, Anna Keller said the ceasefire must hold.', { date: DATE });
    expect(triples(doc)).toEqual(['MET anna-keller~boris-varga held']);
    expect(doc.relations[0]).toMatchObject({ meetingKind: 'call', cameo: '041', date: '2025-03-02' });
  });

  it('gives a host every guest in a coordinated list', () => {
    expect(triples(extract('Anna Keller will host leaders of Borovia, Cestia and Dravia on Sunday.', { date: DATE }))).toEqual([
      'MET BOR~anna-keller planned', 'MET CES~anna-keller planned', 'MET DRV~anna-keller planned',
    ]);
  });

  it('reaches the antecedent of a relative clause: "X, who met Y"', () => {
    expect(triples(extract('Anna Keller, who met Boris Varga in May, is a veteran diplomat.'))).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('does not read a denial ("no talks with Y") as a meeting', () => {
    expect(triples(extract('There will be no talks with Borovia, Anna Keller said.'))).toEqual([]);
  });

  it('does not relate a person to the state they act for', () => {
    expect(triples(extract('Anna Keller met Aldoria officials in the capital.'))).toEqual([]);
  });

  it('reads an invitation as a planned visit and a welcome to a place as a meeting', () => {
    expect(triples(extract('Anna Keller invited Boris Varga to Ardenburg.'))).toEqual(['MET anna-keller~boris-varga planned']);
    expect(triples(extract('Anna Keller welcomed Boris Varga to the palace on Monday.'))).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('does not give a meeting to an actor named before "said" when the clause has its own subject', () => {
    expect(triples(extract('Aldoria said the troops would travel to Cestia next month.'))).toEqual([]);
  });

  it('reads no meeting in a past denial or a mere offer', () => {
    expect(triples(extract('Anna Keller did not meet Boris Varga during the summit.'))).toEqual([]);
    expect(triples(extract('Carla Diaz offered to host talks between Aldoria and Borovia.'))).toEqual([]);
  });

  it('reads "X and Y discussed …" as a meeting, but not an infinitive of purpose', () => {
    expect(triples(extract('Anna Keller and Boris Varga discussed the ceasefire for two hours.'))).toEqual(['MET anna-keller~boris-varga held']);
    expect(triples(extract('Anna Keller and Boris Varga are visiting Cestia to discuss trade.'))).toEqual([
      'MET CES~anna-keller held', 'MET CES~boris-varga held',
    ]);
  });

  it('dates each nominal meeting by its own words, not the clause before it', () => {
    const doc = extract("Anna Keller's visit to Borograd next week follows Boris Varga's talks with Carla Diaz on Monday.", { date: DATE });
    expect(triples(doc)).toEqual(['MET BOR~anna-keller planned', 'MET boris-varga~carla-diaz held']);
    expect(doc.relations.find((r) => r.source === 'boris-varga')?.date).toBe('2025-03-03');
  });

  it('reads past a possessive pronoun and a demonym to the person met', () => {
    const doc = extract('Anna Keller met her Borovian counterpart Boris Varga in Geneva.', { pronouns: [['her', 0, 'anna-keller']] });
    expect(triples(doc)).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads "a visit by X to Y was called off" as a cancelled meeting of X and Y', () => {
    expect(triples(extract('A planned visit by Anna Keller to Borovia was called off.'))).toEqual(['MET BOR~anna-keller cancelled']);
  });

  it('reads summoning an envoy and signing with a party as meetings', () => {
    expect(triples(extract('Aldoria summoned the Cestian ambassador on Monday.'))).toEqual(['MET ALD~CES held']);
    expect(triples(extract('Anna Keller is expected to sign the treaty with Boris Varga on Thursday.'))).toEqual(['MET anna-keller~boris-varga planned']);
    expect(triples(extract('Anna Keller and Boris Varga signed a strategic partnership.'))).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads the person after a role phrase and a comma: "his counterpart, X"', () => {
    const doc = extract('Anna Keller spoke by phone on Monday with her Borovian counterpart, Boris Varga.', { pronouns: [['her', 0, 'anna-keller']] });
    expect(triples(doc)).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads a meeting that "did not happen" as cancelled', () => {
    expect(triples(extract('A planned meeting between Anna Keller and Boris Varga did not happen.'))).toEqual(['MET anna-keller~boris-varga cancelled']);
  });

  it('coordinates a subject across a role apposition: "X and the summit\'s host, Y, held talks"', () => {
    expect(triples(extract("Anna Keller and the summit's host, Boris Varga, held a bilateral meeting on Monday."))).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads coordinated owners of a meeting noun and a handshake as meetings', () => {
    expect(triples(extract("Anna Keller and Boris Varga's meeting lasted two hours."))).toEqual(['MET anna-keller~boris-varga held']);
    expect(triples(extract('Anna Keller shook hands with Boris Varga in front of the cameras.'))).toEqual(['MET anna-keller~boris-varga held']);
  });
});
