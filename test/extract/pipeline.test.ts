/** The pipeline's build-time order check, and the default pipeline's declared order. */
import { describe, expect, it } from 'vitest';
import { createDoc, type Component, type Doc } from '../../src/extract/doc.ts';
import { buildPipeline, DEFAULT_PIPELINE, extractArticle, getPipeline, PipelineOrderError } from '../../src/extract/pipeline.ts';
import { createRawArticle } from '../../src/ingest/raw-article.ts';
import { createQuoteFinder, createSentenceSplitter } from '../../src/extract/segment/index.ts';

/** A component that only records that it ran. */
function stage(name: string, requires: (keyof Doc)[], assigns: (keyof Doc)[], log: string[] = []): Component {
  return { name, requires, assigns, run: (doc) => (log.push(name), doc) };
}

describe('buildPipeline', () => {
  it('runs components in their declared order', () => {
    const log: string[] = [];
    const p = buildPipeline([stage('a', ['text'], ['sentences'], log), stage('b', ['sentences'], ['mentions'], log)]);
    p.run(createDoc('x'));
    expect(log).toEqual(['a', 'b']);
    expect(p.names).toEqual(['a', 'b']);
  });

  it('rejects a component whose required layer no earlier component assigns, naming both', () => {
    const build = (): unknown => buildPipeline([createQuoteFinder(), createSentenceSplitter()]);
    expect(build).toThrow(PipelineOrderError);
    expect(build).toThrow(/"quote-finder" requires "sentences"/);
  });

  it('rejects a component listed twice', () => {
    expect(() => buildPipeline([createSentenceSplitter(), createSentenceSplitter()])).toThrow(/appears twice/);
  });
});

describe('the default pipeline', () => {
  it('is declared in order and passes its own check', () => {
    expect(DEFAULT_PIPELINE).toHaveLength(6);
    expect(getPipeline().names.slice(0, 2)).toEqual(['sentence-splitter', 'quote-finder']);
  });

  it('segments a hand-written article end to end', () => {
    const doc = getPipeline().run(createDoc('The envoy arrived. She said “talks go on”.'));
    expect(doc.sentences).toHaveLength(2);
    expect(doc.quotes.map((q) => q.text)).toEqual(['talks go on']);
  });

  it('turns an article into consistent, repeatable facts', () => {
    const text = 'The French president met the German chancellor in Berlin on Monday.\n\nThe two leaders said they strongly backed Ukraine.';
    const raw = createRawArticle(text, { date: '2025-03-10', file: 'hand.txt' });
    const facts = extractArticle(raw);
    expect(facts.article).toMatchObject({ id: raw.id, date: '2025-03-10', file: 'hand.txt', text });
    const actorIds = new Set(facts.actors.map((a) => a.id));
    for (const r of facts.relations) {
      expect(actorIds.has(r.source) && actorIds.has(r.target)).toBe(true);
      expect(text.slice(r.start, r.end)).toBe(r.evidence);
    }
    expect(extractArticle(raw)).toEqual(facts);
  });
});

describe('an office holder introduced in apposition after a country adjective', () => {
  it('becomes a person of that country and takes part in relations', () => {
    const facts = extractArticle(
      createRawArticle('The Philippine foreign secretary, Ana Dizon, spoke by phone with her Icelandic counterpart, Jon Einarsson, on Thursday.', { date: '2025-03-27' }),
    );
    expect(facts.actors.filter((a) => a.kind === 'Person').map((a) => [a.name, a.country])).toEqual([
      ['Ana Dizon', 'PHL'],
      ['Jon Einarsson', 'ISL'],
    ]);
    expect(facts.relations.map((r) => [r.type, r.source, r.target].join(' '))).toEqual(['MET ana-dizon jon-einarsson']);
  });
});

describe('an anonymous official of a state', () => {
  it('stands for the state when no one named fits: "summoned a senior Chinese diplomat"', () => {
    const facts = extractArticle(createRawArticle('Japan summoned a senior Chinese diplomat on Thursday.', { date: '2025-03-27' }));
    expect(facts.relations.map((r) => [r.type, r.source, r.target].sort().join(' '))).toEqual(['CHN JPN MET']);
  });

  it('is the person just named when one fits: "the veteran diplomat"', () => {
    const facts = extractArticle(
      createRawArticle('Sergei Lavrov arrived in Ankara. The veteran Russian diplomat met Hakan Fidan on Thursday.', { date: '2025-03-27' }),
    );
    expect(facts.relations.map((r) => [r.type, r.source, r.target].sort().join(' '))).toEqual(['MET hakan-fidan sergey-lavrov']);
  });
});
