/** Role titles that introduce a person in apposition: "the vice-foreign minister, X". */
import { describe, expect, it } from 'vitest';
import { resolve } from './helpers.ts';

describe('entity ruler: vice titles', () => {
  it('reads "vice-foreign minister" and "vice foreign minister" as a title before a name', () => {
    for (const title of ['vice-foreign minister', 'vice foreign minister']) {
      const doc = resolve(`On Monday the ${title}, Lin Haoran, summoned the envoy.`, '2024-03-04');
      expect(doc.mentions.find((m) => m.via === 'titled')?.actor).toBe('lin-haoran');
    }
  });
});
