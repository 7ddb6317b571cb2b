/** Epithets: "the veteran leftist", "the 61-year-old" as subjects, resolved to the person the story is about. */
import { describe, expect, it } from 'vitest';
import { mention, resolve } from './helpers.ts';

describe('resolver: epithets', () => {
  it('resolves an epithet in subject position to the subject of the sentence before', () => {
    const doc = resolve('Javier Milei arrived in Madrid on Monday. The libertarian economist has met Pedro Sanchez twice.', '2024-06-10');
    expect(mention(doc, 'The libertarian economist')).toBeUndefined(); // not an epithet head: no mention at all
    const d2 = resolve('Giorgia Meloni praised the deal on Monday. The 47-year-old said she would travel to Kyiv.', '2024-06-10');
    expect(mention(d2, 'The 47-year-old')?.actor).toBe('giorgia-meloni');
    const d3 = resolve('Javier Milei met Olaf Scholz in Berlin. The veteran populist will later fly to Prague.', '2024-06-10');
    expect(mention(d3, 'The veteran populist')?.actor).toBe('javier-milei');
  });

  it('takes the name an epithet stands beside in apposition', () => {
    const doc = resolve('On Monday Olaf Scholz hosted Javier Milei, the veteran populist, in Berlin.', '2024-06-10');
    expect(mention(doc, 'the veteran populist')?.actor).toBe('javier-milei');
    const d2 = resolve('Javier Milei spoke first. In Berlin, Olaf Scholz, the embattled leader, said Germany would pay.', '2024-06-10');
    expect(mention(d2, 'the embattled leader')?.actor).toBe('olaf-scholz');
  });

  it('leaves an epithet open when its referent is not clear', () => {
    // a person already named in the sentence: who else would the description mean?
    const doc = resolve('Olaf Scholz spoke after the veteran leftist had left the hall.', '2024-06-10');
    expect(mention(doc, 'the veteran leftist')?.actor ?? null).toBeNull();
    // no subject in the sentence before, only an object
    const d2 = resolve('The summit praised Olaf Scholz. The veteran leftist is due to speak.', '2024-06-10');
    expect(mention(d2, 'The veteran leftist')?.actor ?? null).toBeNull();
    // inside a quotation
    const d3 = resolve('Olaf Scholz spoke. “The veteran leftist has lost,” a rival said.', '2024-06-10');
    expect(mention(d3, 'The veteran leftist')?.actor ?? null).toBeNull();
  });

  it('needs a person noun: "the leader" alone or "the veteran government" is no epithet', () => {
    const doc = resolve('Olaf Scholz spoke. The leader said no. The veteran government fell.', '2024-06-10');
    expect(doc.mentions.filter((m) => m.via === 'epithet')).toEqual([]);
  });
});
