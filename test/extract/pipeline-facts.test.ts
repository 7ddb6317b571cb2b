/** Doc → ArticleFacts on documents built by hand: dedup, deterministic ids, meetings, mentions. */
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type RelationCandidate } from '../../src/extract/doc.ts';
import { docToFacts } from '../../src/extract/facts.ts';
import { findQuotes, splitSentences } from '../../src/extract/segment/index.ts';
import type { Actor } from '../../src/model/schema.ts';

const TEXT = 'Aldoria’s leader met the Borovian premier on Monday. She praised him as “a steady partner”. Later she met him again.';
const ACTORS: Actor[] = [
  { id: 'ALD', kind: 'Country', name: 'Aldoria', aliases: ['Aldorian'], offices: [] },
  { id: 'ana-ruiz', kind: 'Person', name: 'Ana Ruiz', aliases: [], offices: [], country: 'ALD' },
  { id: 'bo-lind', kind: 'Person', name: 'Bo Lind', aliases: [], offices: [] },
];

function candidate(over: Partial<RelationCandidate>): RelationCandidate {
  return { type: 'MET', source: 'ana-ruiz', target: 'bo-lind', sentence: 0, cueSpan: { start: 17, end: 20 }, cue: 'met', cameo: '040', goldstein: 1, confidence: 0.8, rule: 'test', ...over };
}

function doc(relations: RelationCandidate[]): Doc {
  const d = createDoc(TEXT, { date: '2025-03-10', file: 'x.txt' });
  d.sentences = splitSentences(TEXT);
  d.quotes = findQuotes(TEXT, d.sentences);
  d.actors = new Map(ACTORS.map((a) => [a.id, a]));
  d.mentions = [
    { start: 0, end: 7, text: 'Aldoria', sentence: 0, actor: 'ALD', kind: 'Country', via: 'name' },
    { start: 55, end: 58, text: 'She', sentence: 1, actor: 'ana-ruiz', kind: 'Person', via: 'pronoun' },
    { start: 90, end: 93, text: 'she', sentence: 2, actor: 'ana-ruiz', kind: 'Person', via: 'pronoun' },
    { start: 98, end: 101, text: 'him', sentence: 2, actor: null, kind: null, via: 'pronoun' },
  ];
  d.relations = relations;
  return d;
}

describe('docToFacts', () => {
  const relations = [
    candidate({ status: 'held', date: '2025-03-10', meetingKind: 'meeting' }),
    // the same undirected meeting the other way round, more confident: it wins
    candidate({ source: 'bo-lind', target: 'ana-ruiz', sentence: 2, confidence: 0.9, status: 'held', date: '2025-03-10', meetingKind: 'meeting' }),
    candidate({ type: 'SUPPORTED', sentence: 1, cue: 'praised', cameo: '051', goldstein: 3.4, confidence: 0.7 }),
    candidate({ type: 'SUPPORTED', sentence: 1, cue: 'praised', cameo: '051', goldstein: 3.4, confidence: 0.6, rule: 'weaker' }),
    candidate({ type: 'CRITICISED', source: 'bo-lind', target: 'bo-lind' }),
  ];
  const facts = docToFacts(doc(relations), 'art1');

  it('keeps one relation per (type, source, target, status), the most confident', () => {
    expect(facts.relations.map((r) => [r.type, r.source, r.target, r.status])).toEqual([
      ['MET', 'ana-ruiz', 'bo-lind', 'held'],
      ['SUPPORTED', 'ana-ruiz', 'bo-lind', undefined],
    ]);
    expect(facts.relations[0]!.evidence).toBe('Later she met him again.');
    expect(facts.relations[1]!.rule).toBe('test');
  });

  it('gives evidence offsets, the quote in the sentence and deterministic ids', () => {
    const supported = facts.relations[1]!;
    expect(TEXT.slice(supported.start, supported.end)).toBe(supported.evidence);
    expect(supported.quote).toBe('a steady partner');
    expect(supported.date).toBe('2025-03-10');
    expect(docToFacts(doc([...relations].reverse()), 'art1')).toEqual(facts);
    expect(docToFacts(doc(relations), 'art2').relations[0]!.id).not.toBe(facts.relations[0]!.id);
  });

  it('groups MET candidates into one meeting with its participants', () => {
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({ date: '2025-03-10', kind: 'meeting', status: 'held', participants: ['ana-ruiz', 'bo-lind'] });
    expect(facts.relations[0]!.meeting).toBe(facts.meetings[0]!.id);
  });

  it('counts resolved mentions and lists the actors referred to', () => {
    expect(facts.mentions).toEqual([
      { actor: 'ALD', article: 'art1', count: 1 },
      { actor: 'ana-ruiz', article: 'art1', count: 2 },
      { actor: 'bo-lind', article: 'art1', count: 1 },
    ]);
    expect(facts.actors.map((a) => a.id)).toEqual(['ALD', 'ana-ruiz', 'bo-lind']);
    expect(facts.article).toMatchObject({ id: 'art1', date: '2025-03-10', file: 'x.txt', text: TEXT });
  });

  it('refuses a relation to an actor the document does not know', () => {
    expect(() => docToFacts(doc([candidate({ target: 'ghost' })]), 'a')).toThrow(/ghost/);
  });
});
