/** The actors' tokenizer and phrase matcher: the hand-written scanner and the memos must not change what is matched. */
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../src/extract/actors/phrase-matcher.ts';
import { fold, isCapitalised, kebab, tokenize, tokenizeRange } from '../../../src/extract/actors/tokens.ts';

/** The tokenizer's definition, as a regex: what the scanner must agree with. */
const REFERENCE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const reference = (text: string) => [...text.matchAll(REFERENCE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
const surface = (text: string) => tokenize(text).map(({ text: t, start, end }) => ({ text: t, start, end }));

describe('fold and kebab', () => {
  it('fold accents and stroked letters one for one, so ids and matches read "Radoslaw", not "rados-aw"', () => {
    expect(fold('Radosław Sikorski')).toBe('Radoslaw Sikorski');
    expect(fold('Jonas Gahr Støre')).toHaveLength('Jonas Gahr Støre'.length);
    expect(kebab('Radosław Sikorski')).toBe('radoslaw-sikorski');
    expect(kebab('Élysée Palace')).toBe('elysee-palace');
  });
});

describe('tokenize', () => {
  it('splits words, punctuation and possessives like the reference regex', () => {
    for (const text of [
      'The U.S. envoy met Olena’s team in Kyiv.',
      'Élysée officials, “quietly”, said no — twice!',
      'Kosiniak-Kamysz\tand\u00a0Sa\'ar (aged 52) spoke…',
      'Emoji 👍🏽 and 𝒳 letters, ZWJ e\u0301 marks',
      '',
      '   ',
    ]) {
      expect(surface(text)).toEqual(reference(text));
    }
  });

  it('gives offsets into the whole text for a range, without copying it', () => {
    const text = 'Intro. Minister Jane Roe spoke. End.';
    const from = text.indexOf('Minister');
    const to = text.indexOf(' End');
    const tokens = tokenizeRange(text, from, to);
    expect(tokens.map((t) => t.text)).toEqual(['Minister', 'Jane', 'Roe', 'spoke', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('folds accents and apostrophes into the key and lower-cases function words and `lower`', () => {
    const [a, , b, c] = tokenize('Élysée d’Orsay The');
    expect(a).toMatchObject({ key: 'Elysee', lower: 'elysee' });
    expect(b).toMatchObject({ text: '’', key: "'" });
    expect(c).toMatchObject({ key: 'Orsay', lower: 'orsay' });
    expect(tokenize('The')[0]).toMatchObject({ key: 'the', lower: 'the' });
    // the same surface text twice gives the same keys (from the memo)
    expect(tokenize('Élysée')[0]!.key).toBe('Elysee');
  });

  it('tells capitalised words, ASCII or not', () => {
    const [x, y, z, w] = tokenize('Berlin berlin Órban ñandu');
    expect([x, y, z, w].map(isCapitalised)).toEqual([true, false, true, false]);
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>();
  m.add('New Atlantis', 'state');
  m.add('New Atlantis City', 'capital');
  m.add('Atlantis', 'short');

  it('finds the longest phrase at each position of one token array, asked in any order', () => {
    const tokens = tokenize('in New Atlantis City and Atlantis');
    expect(m.longest(tokens, 5)).toEqual({ length: 1, values: ['short'] });
    expect(m.longest(tokens, 1)).toEqual({ length: 3, values: ['capital'] });
    expect(m.longest(tokens, 2)).toEqual({ length: 1, values: ['short'] });
    expect(m.longest(tokens, 0)).toBeNull();
    expect(m.longest(tokens, 1)).toEqual({ length: 3, values: ['capital'] });
    expect(m.longest(tokens, tokens.length)).toBeNull();
  });

  it('answers afresh for a new token array', () => {
    expect(m.longest(tokenize('New Atlantis'), 0)).toEqual({ length: 2, values: ['state'] });
    expect(m.longest(tokenize('New Zealand'), 0)).toBeNull();
  });

  it('compares lower-case forms when built for them', () => {
    const titles = new PhraseMatcher<string>('lower');
    titles.add('foreign minister', 'fm');
    expect(titles.longest(tokenize('Foreign Minister'), 0)).toEqual({ length: 2, values: ['fm'] });
    expect(m.longest(tokenize('new atlantis'), 0)).toBeNull();
  });
});
