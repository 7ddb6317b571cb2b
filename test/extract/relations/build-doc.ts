/**
 * Builds extraction documents by hand for the relations tests: the real sentence splitter and
 * quote finder, then mentions placed from a small list of actors (no gazetteer), so each test
 * controls exactly which mentions the relation rules see.
 */
import { createDoc, type Doc, type Mention } from '../../../src/extract/doc.ts';
import { createQuoteAttributor, createRelationFinder } from '../../../src/extract/relations/index.ts';
import { createQuoteFinder, createSentenceSplitter } from '../../../src/extract/segment/index.ts';
import type { Actor, ActorKind } from '../../../src/model/schema.ts';

export interface ActorSpec {
  id: string;
  kind: ActorKind;
  names: string[];
  country?: string;
  /** Adjectives that only qualify a noun ("Aldorian troops"): modifier mentions. */
  demonyms?: string[];
  /** A person's free-text role ("President"). */
  role?: string;
}

export const CAST: ActorSpec[] = [
  { id: 'anna-keller', kind: 'Person', names: ['Anna Keller', 'Ms Keller', 'Keller', 'the Aldorian president'], country: 'ALD' },
  { id: 'boris-varga', kind: 'Person', names: ['Boris Varga', 'Mr Varga', 'Varga', 'the Borovian prime minister'], country: 'BOR' },
  { id: 'carla-diaz', kind: 'Person', names: ['Carla Diaz', 'Ms Diaz', 'Diaz'], country: 'CES' },
  { id: 'ALD', kind: 'Country', names: ['Aldoria', 'Ardenburg'], demonyms: ['Aldorian'] },
  { id: 'BOR', kind: 'Country', names: ['Borovia', 'Borograd'], demonyms: ['Borovian'] },
  { id: 'CES', kind: 'Country', names: ['Cestia'], demonyms: ['Cestian'] },
  { id: 'DRV', kind: 'Country', names: ['Dravia'], demonyms: ['Dravian'] },
  { id: 'northern-league', kind: 'Organization', names: ['the Northern League'] },
];

/** Pronoun mentions to add: [surface, which occurrence (0-based), actor id or null if unresolved]. */
export type PronounSpec = [string, number, string | null];

function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) out.push(m.index ?? 0);
  return out;
}

export function buildDoc(text: string, opts: { date?: string; pronouns?: PronounSpec[]; cast?: ActorSpec[] } = {}): Doc {
  const cast = opts.cast ?? CAST;
  let doc = createDoc(text, opts.date ? { date: opts.date } : {});
  doc = createQuoteFinder().run(createSentenceSplitter().run(doc));
  const spans: Omit<Mention, 'sentence'>[] = [];
  const surfaces = cast.flatMap((a) => [
    ...a.names.map((n) => ({ n, a, modifier: false, via: 'name' as const })),
    ...(a.demonyms ?? []).map((n) => ({ n, a, modifier: true, via: 'demonym' as const })),
  ]).sort((x, y) => y.n.length - x.n.length);
  const taken = (s: number, e: number): boolean => spans.some((m) => s < m.end && e > m.start);
  for (const { n, a, modifier, via } of surfaces) {
    for (const start of occurrences(text, n)) {
      const end = start + n.length;
      if (taken(start, end)) continue;
      spans.push({ start, end, text: n, actor: a.id, kind: a.kind, via, ...(modifier && { modifier: true }) });
    }
  }
  for (const [surface, nth, actor] of opts.pronouns ?? []) {
    const start = occurrences(text, surface)[nth];
    if (start === undefined) throw new Error(`no occurrence ${nth} of "${surface}"`);
    spans.push({ start, end: start + surface.length, text: surface, actor, kind: actor ? 'Person' : null, via: 'pronoun' });
  }
  doc.mentions = spans
    .map((m) => ({ ...m, sentence: doc.sentences.find((s) => m.start >= s.start && m.start < s.end)?.index ?? -1 }))
    .sort((x, y) => x.start - y.start);
  for (const a of cast) {
    const actor: Actor = { id: a.id, kind: a.kind, name: a.names[0]!, aliases: a.names.slice(1), offices: [], ...(a.country && { country: a.country }), ...(a.role && { role: a.role }) };
    doc.actors.set(a.id, actor);
  }
  return doc;
}

/** Runs the two relations components over a hand-built document. */
export function extract(text: string, opts: Parameters<typeof buildDoc>[1] = {}): Doc {
  return createRelationFinder().run(createQuoteAttributor().run(buildDoc(text, opts)));
}

/** Relations as compact strings: "MET anna-keller~boris-varga held", "CRITICISED a->b". */
export function triples(doc: Doc): string[] {
  return [...new Set(doc.relations.map((r) => {
    if (r.type === 'MET') {
      const [x, y] = [r.source, r.target].sort();
      return `MET ${x}~${y} ${r.status}`;
    }
    return `${r.type} ${r.source}->${r.target}`;
  }))].sort();
}
