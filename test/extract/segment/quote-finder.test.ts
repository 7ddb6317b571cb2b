/** The quote finder on quotes written for this test: straight, curly, „…“ and multi-paragraph. */
import { describe, expect, it } from 'vitest';
import { findQuotes, splitSentences } from '../../../src/extract/segment/index.ts';

function quotes(text: string): { text: string; sentences: number[] }[] {
  return findQuotes(text, splitSentences(text)).map(({ text: t, sentences }) => ({ text: t, sentences }));
}

describe('findQuotes', () => {
  it('finds curly and straight quotes with the sentences they cover', () => {
    const text = 'The envoy called it “a fine start”. Her rival said "not yet" twice.';
    expect(quotes(text)).toEqual([
      { text: 'a fine start', sentences: [0] },
      { text: 'not yet', sentences: [1] },
    ]);
  });

  it('reads the „…“ style, where the low mark opens and the high one closes', () => {
    expect(quotes('They want a „firm guarantee“ first.').map((q) => q.text)).toEqual(['firm guarantee']);
  });

  it('reads single curly quotes but not apostrophes', () => {
    const text = 'The envoy’s aide called it ‘a fair offer’ and the leaders’ mood lifted. Don’t expect ‘quick wins’.';
    expect(quotes(text).map((q) => q.text)).toEqual(['a fair offer', 'quick wins']);
  });

  it('joins a quote that runs over paragraphs reopened with “', () => {
    const text = 'The minister said: “We will stand firm. Nobody should doubt it.\n\n“Our friends know where we are.”\n\nThe hall was quiet.';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('We will stand firm. Nobody should doubt it. Our friends know where we are.');
    expect(found[0]!.sentences).toEqual([0, 1, 2]);
  });

  it('closes an unbalanced quote at the end of its paragraph', () => {
    const text = 'He said “this never ends\n\nA new paragraph starts here.';
    expect(quotes(text)).toEqual([{ text: 'this never ends', sentences: [0] }]);
  });

  it('gives offsets of the quoted words in the text', () => {
    const text = 'A “short” one.';
    const [q] = findQuotes(text, splitSentences(text));
    expect(text.slice(q!.start, q!.end)).toBe('short');
  });
});
