/** The sentence splitter on tricky sentences written for this test, compared with Intl.Segmenter. */
import { describe, expect, it } from 'vitest';
import { createSentenceSplitter, splitSentences } from '../../../src/extract/segment/index.ts';
import { createDoc } from '../../../src/extract/doc.ts';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

/** Each case: the text and the sentences a careful reader would cut it into. */
const CASES: [string, string[]][] = [
  ['Mr. Okafor met Dr. Lindqvist in St. Albans. They spoke for an hour.', ['Mr. Okafor met Dr. Lindqvist in St. Albans.', 'They spoke for an hour.']],
  ['The U.S. envoy arrived late. Talks began at noon.', ['The U.S. envoy arrived late.', 'Talks began at noon.']],
  ['Talks with the U.S. The minister said little else.', ['Talks with the U.S.', 'The minister said little else.']],
  ['Senator Mary T. Calloway voted no. Her aide agreed.', ['Senator Mary T. Calloway voted no.', 'Her aide agreed.']],
  ['Spending rose to 2.4 per cent. Officials cheered.', ['Spending rose to 2.4 per cent.', 'Officials cheered.']],
  ['He lives at No. 10 now. Aides voted no. Then they left.', ['He lives at No. 10 now.', 'Aides voted no.', 'Then they left.']],
  ['“We want a fair settlement.” He then left the room.', ['“We want a fair settlement.”', 'He then left the room.']],
  ['She asked, “Will they come?” and nobody answered.', ['She asked, “Will they come?” and nobody answered.']],
  ['He paused… and carried on. Then… Silence fell.', ['He paused… and carried on.', 'Then…', 'Silence fell.']],
  ['The talks ended.“No deal yet,” an aide said.', ['The talks ended.', '“No deal yet,” an aide said.']],
  ['•The envoy lands today\n•Ministers meet at nine', ['•The envoy lands today', '•Ministers meet at nine']],
  ['Why now? Because the vote is close! Everyone knows it.', ['Why now?', 'Because the vote is close!', 'Everyone knows it.']],
];

describe('splitSentences', () => {
  it.each(CASES)('splits %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps offsets into the text and numbers paragraphs by line', () => {
    const text = 'First line here. Second sentence.\n\n  Another paragraph.\nA third one.';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('does better than Intl.Segmenter on the same cases', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const intl = (t: string): string[] => [...segmenter.segment(t)].map((s) => s.segment.trim()).filter(Boolean);
    const right = (split: (t: string) => string[]): number => CASES.filter(([t, want]) => JSON.stringify(split(t)) === JSON.stringify(want)).length;
    const ours = right(texts);
    const theirs = right(intl);
    expect(ours).toBe(CASES.length);
    expect(theirs).toBeLessThan(ours);
    // Intl.Segmenter's known weakness: it breaks after an honorific's full stop
    expect(intl('Mr. Okafor met her.')).toEqual(['Mr.', 'Okafor met her.']);
  });

  it('runs as a pipeline component that assigns sentences', () => {
    const c = createSentenceSplitter();
    expect(c.requires).toEqual(['text']);
    expect(c.assigns).toEqual(['sentences']);
    expect(c.run(createDoc('One. Two.')).sentences).toHaveLength(2);
  });
});
