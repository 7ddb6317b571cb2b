/** Words that two cues read ("told X to …"): the more specific reading first, the other when it finds no parties. */
import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/extract/relations/cues.ts';
import { tokenize } from '../../../src/extract/relations/tokens.ts';
import { extract, triples } from './build-doc.ts';

describe('relation finder: second readings of a cue', () => {
  it('keeps the other cues of the same words as alternatives', () => {
    const text = 'Aldoria told Borovia to leave.';
    const told = findCues(tokenize(text, { start: 0, end: text.length })).find((c) => c.head.lower === 'told');
    expect(told?.def.id).toBe('order-out');
    expect(told?.alternatives?.map((d) => d.id)).toContain('appeal');
  });

  it('reads "told X (, including Y,) to leave" as an expulsion and "told X to act" as an appeal', () => {
    expect(triples(extract('Aldoria told Borovian diplomats to leave the country.'))).toEqual(['OPPOSED ALD->BOR']);
    expect(triples(extract('Aldoria told Borovian diplomats, including Boris Varga, to leave by Saturday.'))).toEqual(['OPPOSED ALD->BOR']);
    expect(triples(extract('Aldoria told Borovia to stop the shelling.'))).toEqual(['URGED ALD->BOR']);
  });
});
