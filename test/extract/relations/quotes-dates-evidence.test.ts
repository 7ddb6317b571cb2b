/** Quote attribution, date resolution against the article date, and evidence offsets of candidates. */
import { describe, expect, it } from 'vitest';
import { extract } from './build-doc.ts';

const speakers = (text: string, pronouns: [string, number, string][] = []): (string | undefined)[] =>
  extract(text, { pronouns }).quotes.map((q) => q.speaker);

describe('quote attributor', () => {
  it('reads the attribution after a quote: `"…," she said` and `"…," said X`', () => {
    expect(speakers('Anna Keller spoke first. “We will not give up,” she told reporters.', [['she', 0, 'anna-keller']])).toEqual(['anna-keller']);
    expect(speakers('“The talks were useful,” said Boris Varga.')).toEqual(['boris-varga']);
  });

  it('reads the attribution before a quote: `X said: "…"`', () => {
    expect(speakers('Boris Varga said: “We are ready to talk.”')).toEqual(['boris-varga']);
  });

  it('reads `According to X, "…"`', () => {
    expect(speakers('According to Carla Diaz, “nothing has been agreed”.')).toEqual(['carla-diaz']);
  });

  it('lets a quote that opens the next paragraph keep its speaker', () => {
    const text = 'Anna Keller said: “We have done our part.”\n\n“Now it is up to the others.”';
    expect(speakers(text)).toEqual(['anna-keller', 'anna-keller']);
  });

  it('resolves an unresolved "he said" to the subject before, not to objects of a fronted phrase', () => {
    const text = 'Boris Varga spoke to reporters. Asked about Anna Keller, he said: “She is welcome.”';
    expect(speakers(text)).toEqual(['boris-varga']);
  });

  it('gives the speaker a cue in a later sentence of the same quote, even under a relative clause', () => {
    const doc = extract('Anna Keller said: “The work goes on. It is the way in which we keep supporting Cestia.”');
    expect(doc.relations.map((r) => `${r.type} ${r.source}->${r.target}`)).toEqual(['SUPPORTED anna-keller->CES']);
  });

  it('gives the speaker as source for a cue inside the quote ("I met …")', () => {
    const doc = extract('“I met Anna Keller twice this year,” Boris Varga said.');
    expect(doc.relations.map((r) => [r.type, r.source, r.target, r.rule])).toEqual([['MET', 'boris-varga', 'anna-keller', 'quote:meet']]);
  });
});

describe('dates', () => {
  const dateOf = (text: string, date = '2025-02-23'): string | undefined => extract(text, { date }).relations[0]?.date;

  it('resolves a weekday in past context to the latest such day on or before the article date', () => {
    expect(dateOf('Anna Keller met Boris Varga on Wednesday.')).toBe('2025-02-19');
    expect(dateOf('Anna Keller met Boris Varga on Sunday.')).toBe('2025-02-23');
  });

  it('resolves a weekday in future context to the next such day', () => {
    expect(dateOf('Anna Keller will meet Boris Varga on Thursday.')).toBe('2025-02-27');
  });

  it('resolves yesterday, today and explicit days', () => {
    expect(dateOf('Anna Keller met Boris Varga yesterday.')).toBe('2025-02-22');
    expect(dateOf('Anna Keller met Boris Varga on 19 February.')).toBe('2025-02-19');
    expect(dateOf('Anna Keller met Boris Varga on February 24 2022.')).toBe('2022-02-24');
  });

  it('leaves the date absent when the text does not fix it, or the article is undated', () => {
    expect(dateOf('Anna Keller met Boris Varga last week.')).toBeUndefined();
    expect(extract('Anna Keller met Boris Varga on Wednesday.').relations[0]?.date).toBeUndefined();
  });
});

describe('evidence', () => {
  it('points the cue span at the cue words and names the sentence, CAMEO code and Goldstein weight', () => {
    const text = 'Talks stalled. Later, Anna Keller accused Borovia of bad faith.';
    const doc = extract(text);
    const r = doc.relations[0]!;
    expect(text.slice(r.cueSpan.start, r.cueSpan.end)).toBe('accused');
    expect(r).toMatchObject({ cue: 'accused', sentence: 1, cameo: '112', goldstein: -2, type: 'CRITICISED' });
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('carries the quoted words of the sentence', () => {
    const r = extract('Anna Keller branded Boris Varga a “dangerous man”.').relations[0]!;
    expect(r.quote).toBe('dangerous man');
  });
});
