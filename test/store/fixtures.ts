/**
 * Hand-written articles about the fictional states Aldoria and Borovia (plus a few real actor
 * ids) for the store contract suite. Every record goes through the zod schemas, so fixtures
 * carry the same defaults the loader would give them. The expected figures in contract.ts are
 * worked out by hand from these four articles ("the world").
 */
import { ArticleFacts, type Actor, type Meeting, type Relation } from '../../src/model/schema.ts';

type ActorInput = Omit<Actor, 'aliases' | 'offices'> & Partial<Pick<Actor, 'aliases' | 'offices'>>;

/** Base actor records; articles may restate them with other values (see KOVAC_RESTATED). */
export const ACTORS = {
  USA: { id: 'USA', kind: 'Country', name: 'United States', aliases: ['US', 'United States of America'] },
  GBR: { id: 'GBR', kind: 'Country', name: 'United Kingdom', aliases: ['Britain', 'UK'] },
  ALD: { id: 'ALD', kind: 'Country', name: 'Aldoria' },
  BOR: { id: 'BOR', kind: 'Country', name: 'Borovia' },
  kovac: {
    id: 'mira-kovac',
    kind: 'Person',
    name: 'Mira Kovač',
    aliases: ['Kovac', 'President Kovac'],
    country: 'ALD',
    offices: [{ role: 'President', country: 'ALD', from: '2024-03-01' }],
  },
  reyes: { id: 'tomas-reyes', kind: 'Person', name: 'Tomás Reyes', country: 'BOR', role: 'Foreign Minister' },
  holt: { id: 'jane-holt', kind: 'Person', name: 'Jane Holt', country: 'GBR', role: 'Trade Envoy' },
  ost: { id: 'lena-ost', kind: 'Person', name: 'Lena Ost', country: 'ALD' },
  compact: { id: 'northern-compact', kind: 'Organization', name: 'Northern Compact', aliases: ['Harbor Pact'] },
  friends: { id: 'friends-of-aldoria', kind: 'Organization', name: 'Friends of Aldoria' },
  front: { id: 'river-front', kind: 'Group', name: 'River Front' },
  watch: { id: 'border-watch', kind: 'Group', name: 'Border Watch' },
  farmers: { id: 'aldorian-farmers-union', kind: 'Group', name: 'Aldorian Farmers Union' },
} satisfies Record<string, ActorInput>;

/** Article a2 restates Kovač with a different name, a new role, one new alias and offices. */
export const KOVAC_RESTATED: ActorInput = {
  id: 'mira-kovac',
  kind: 'Person',
  name: 'Mira Kovac',
  aliases: ['M. Kovac', 'Kovac'],
  role: 'Head of State',
  offices: [
    { role: 'President', country: 'ALD', from: '2024-03-01', to: '2029-03-01' },
    { role: 'Party Leader', from: '2020-06-01' },
  ],
};

/** Kovač after a1 then a2: stored values win, gaps are filled, aliases and offices unioned. */
export const KOVAC_MERGED: Actor = {
  id: 'mira-kovac',
  kind: 'Person',
  name: 'Mira Kovač',
  aliases: ['Kovac', 'M. Kovac', 'President Kovac'],
  country: 'ALD',
  role: 'Head of State',
  offices: [
    { role: 'Party Leader', from: '2020-06-01' },
    { role: 'President', country: 'ALD', from: '2024-03-01' },
  ],
};

interface RelationDraft {
  id: string;
  type: Relation['type'];
  source: string;
  target: string;
  /** Index of the evidence sentence. */
  sentence: number;
  goldstein: number;
  date?: string;
  status?: Relation['status'];
  meeting?: string;
}

interface ArticleDraft {
  id: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  file?: string;
  sentences: string[];
  actors: ActorInput[];
  mentions: Record<string, number>;
  relations: RelationDraft[];
  meetings?: (Omit<Meeting, 'article' | 'evidence'> & { sentence: number })[];
}

/** Build validated facts from a draft: text from sentences, evidence offsets computed. */
export function buildFacts(d: ArticleDraft): ArticleFacts {
  const text = d.sentences.join(' ');
  const sentence = (i: number) => {
    const s = d.sentences[i];
    if (s === undefined) throw new Error(`fixture ${d.id}: no sentence ${i}`);
    return { evidence: s, start: text.indexOf(s), end: text.indexOf(s) + s.length };
  };
  // Through JSON first so optional fields left undefined are absent, as a store returns them.
  const raw = {
    article: { id: d.id, title: d.title, date: d.date, source: d.source, url: d.url, file: d.file, text },
    actors: d.actors,
    mentions: Object.entries(d.mentions).map(([actor, count]) => ({ actor, article: d.id, count })),
    relations: d.relations.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      article: d.id,
      date: r.date,
      status: r.status,
      meeting: r.meeting,
      ...sentence(r.sentence),
      cue: r.type.toLowerCase(),
      cameo: r.type === 'MET' ? '040' : '010',
      goldstein: r.goldstein,
      confidence: 0.9,
      rule: `fixture-${r.type.toLowerCase()}`,
    })),
    meetings: (d.meetings ?? []).map(({ sentence: i, ...m }) => ({
      ...m,
      article: d.id,
      evidence: sentence(i).evidence,
    })),
  };
  return ArticleFacts.parse(JSON.parse(JSON.stringify(raw)));
}

export const A1 = buildFacts({
  id: 'a1',
  title: 'Kovač hosts Reyes',
  date: '2025-01-10',
  source: 'Aldoria Herald',
  url: 'https://news.example/aldoria/1',
  file: 'corpus/a1.txt',
  sentences: [
    'President Mira Kovač held talks with Tomás Reyes in Vella on Monday.',
    'Kovač criticised Borovia over the closure of the river crossings.',
    'Lena Ost, a columnist, watched from the gallery.',
  ],
  actors: [ACTORS.kovac, ACTORS.reyes, ACTORS.BOR, ACTORS.ost],
  mentions: { 'mira-kovac': 2, 'tomas-reyes': 1, BOR: 1, 'lena-ost': 1 },
  relations: [
    { id: 'r-a1-met', type: 'MET', source: 'mira-kovac', target: 'tomas-reyes', sentence: 0, goldstein: 1, date: '2025-01-06', status: 'held', meeting: 'm-a1' },
    { id: 'r-a1-crit', type: 'CRITICISED', source: 'mira-kovac', target: 'BOR', sentence: 1, goldstein: -2 },
  ],
  meetings: [
    { id: 'm-a1', date: '2025-01-06', place: 'Vella', kind: 'talks', status: 'held', participants: ['mira-kovac', 'tomas-reyes'], sentence: 0 },
  ],
});

export const A2 = buildFacts({
  id: 'a2',
  title: 'Borovia presses Aldoria',
  date: '2025-02-15',
  source: 'Borovia Wire',
  url: 'https://news.example/borovia/2',
  file: 'corpus/a2.txt',
  sentences: [
    'Borovia urged Aldoria to reopen the river crossings.',
    'The United States supported Aldoria in the dispute.',
    'President Kovac again criticised Borovia on Friday.',
    'Border Watch criticised Borovia as well.',
  ],
  actors: [ACTORS.BOR, ACTORS.ALD, ACTORS.USA, KOVAC_RESTATED, ACTORS.watch],
  mentions: { BOR: 3, ALD: 2, USA: 1, 'mira-kovac': 1, 'border-watch': 1 },
  relations: [
    { id: 'r-a2-urge', type: 'URGED', source: 'BOR', target: 'ALD', sentence: 0, goldstein: -1.5 },
    { id: 'r-a2-sup', type: 'SUPPORTED', source: 'USA', target: 'ALD', sentence: 1, goldstein: 3.5 },
    { id: 'r-a2-crit', type: 'CRITICISED', source: 'mira-kovac', target: 'BOR', sentence: 2, goldstein: -2.5, date: '2025-02-14' },
    { id: 'r-a2-bw', type: 'CRITICISED', source: 'border-watch', target: 'BOR', sentence: 3, goldstein: -2 },
  ],
});

/** Undated, no source: its relations have no effective date. */
export const A3 = buildFacts({
  id: 'a3',
  title: 'Undated notes',
  url: 'https://news.example/misc/3',
  file: 'corpus/a3.txt',
  sentences: [
    'The River Front opposed the Northern Compact.',
    'Tomás Reyes will meet Jane Holt of Britain next month.',
    'Britain supported the Northern Compact.',
  ],
  actors: [ACTORS.front, ACTORS.compact, ACTORS.reyes, ACTORS.holt, ACTORS.GBR],
  mentions: { 'river-front': 1, 'northern-compact': 2, 'tomas-reyes': 1, 'jane-holt': 1, GBR: 2 },
  relations: [
    { id: 'r-a3-opp', type: 'OPPOSED', source: 'river-front', target: 'northern-compact', sentence: 0, goldstein: -4.5 },
    // Written target-first on purpose: MET edges must come out as jane-holt|MET|tomas-reyes.
    { id: 'r-a3-met', type: 'MET', source: 'tomas-reyes', target: 'jane-holt', sentence: 1, goldstein: 1, status: 'planned', meeting: 'm-a3' },
    { id: 'r-a3-sup', type: 'SUPPORTED', source: 'GBR', target: 'northern-compact', sentence: 2, goldstein: 3 },
  ],
  meetings: [
    { id: 'm-a3', date: '2025-03-20', kind: 'meeting', status: 'planned', participants: ['tomas-reyes', 'jane-holt'], sentence: 1 },
  ],
});

export const A4 = buildFacts({
  id: 'a4',
  title: 'Friends rally',
  date: '2025-03-05',
  source: 'Aldoria Herald',
  url: 'https://news.example/aldoria/4',
  file: 'corpus/a4.txt',
  sentences: [
    'Friends of Aldoria supported Aldoria at the summit.',
    'The Aldorian Farmers Union opposed the Northern Compact.',
    'Jane Holt met Tomás Reyes briefly in Vella.',
    'A planned summit between Aldoria and Borovia was cancelled.',
  ],
  actors: [ACTORS.friends, ACTORS.ALD, ACTORS.farmers, ACTORS.compact, ACTORS.holt, ACTORS.reyes, ACTORS.BOR],
  mentions: { 'friends-of-aldoria': 1, ALD: 2, 'aldorian-farmers-union': 1, 'northern-compact': 1, 'jane-holt': 1, 'tomas-reyes': 1, BOR: 1 },
  relations: [
    { id: 'r-a4-sup', type: 'SUPPORTED', source: 'friends-of-aldoria', target: 'ALD', sentence: 0, goldstein: 3 },
    { id: 'r-a4-opp', type: 'OPPOSED', source: 'aldorian-farmers-union', target: 'northern-compact', sentence: 1, goldstein: -3 },
    { id: 'r-a4-met', type: 'MET', source: 'jane-holt', target: 'tomas-reyes', sentence: 2, goldstein: 1, date: '2025-03-04', status: 'held', meeting: 'm-a4' },
  ],
  meetings: [
    { id: 'm-a4', date: '2025-03-04', place: 'Vella', kind: 'meeting', status: 'held', participants: ['jane-holt', 'tomas-reyes'], sentence: 2 },
    { id: 'm-a4-summit', kind: 'summit', status: 'cancelled', participants: ['ALD', 'BOR'], sentence: 3 },
  ],
});

/** The four articles of the world, in load order. */
export const WORLD: ArticleFacts[] = [A1, A2, A3, A4];

/** A different article (new id) from the same url as a1: replaces it. Keeps only Kovač's criticism. */
export const A1_SAME_URL = buildFacts({
  id: 'a1-v2',
  title: 'Kovač hosts Reyes (corrected)',
  date: '2025-01-11',
  url: A1.article.url,
  file: 'corpus/a1-corrected.txt',
  sentences: ['Kovač sharply criticised Borovia over the river crossings.'],
  actors: [ACTORS.kovac, ACTORS.BOR],
  mentions: { 'mira-kovac': 1, BOR: 1 },
  relations: [{ id: 'r-a1v2-crit', type: 'CRITICISED', source: 'mira-kovac', target: 'BOR', sentence: 0, goldstein: -3 }],
});

/** A different article (new id, new url) read from the same file as a2: replaces it. */
export const A2_SAME_FILE = buildFacts({
  id: 'a2-v2',
  title: 'Borovia presses Aldoria (update)',
  date: '2025-02-16',
  url: 'https://news.example/borovia/2-update',
  file: A2.article.file,
  sentences: ['Borovia urged Aldoria to talk.'],
  actors: [ACTORS.BOR, ACTORS.ALD],
  mentions: { BOR: 1, ALD: 1 },
  relations: [{ id: 'r-a2v2-urge', type: 'URGED', source: 'BOR', target: 'ALD', sentence: 0, goldstein: -1 }],
});

/** Twelve delegates mentioned without relations: for search limits and name tie-breaks. */
export const DELEGATES = buildFacts({
  id: 'a5',
  title: 'Delegates arrive',
  date: '2025-04-01',
  sentences: ['Twelve delegates arrived in Vella for the conference.'],
  actors: Array.from({ length: 12 }, (_, i) => ({
    id: `delegate-${String(i + 1).padStart(2, '0')}`,
    kind: 'Person' as const,
    name: `Delegate ${String(i + 1).padStart(2, '0')}`,
  })),
  mentions: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`delegate-${String(i + 1).padStart(2, '0')}`, 1])),
  relations: [],
});

/** How many relations bulk article `i` carries (1 to 5), for crash tests that count them. */
export function bulkRelationCount(i: number): number {
  return 1 + (i % 5);
}

/** A generated article `bulk-i` with bulkRelationCount(i) relations between a few shared actors. */
export function bulkFacts(i: number): ArticleFacts {
  const speaker = { id: `envoy-${i}`, kind: 'Person' as const, name: `Envoy ${i}`, country: 'ALD' };
  const targets = [ACTORS.BOR, ACTORS.USA, ACTORS.GBR, ACTORS.ALD, ACTORS.compact];
  const n = bulkRelationCount(i);
  const sentences = targets.slice(0, n).map((t) => `Envoy ${i} criticised ${t.name} in statement ${i}.`);
  return buildFacts({
    id: `bulk-${i}`,
    title: `Bulk article ${i}`,
    date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    url: `https://news.example/bulk/${i}`,
    sentences,
    actors: [speaker, ...targets.slice(0, n)],
    mentions: Object.fromEntries([[speaker.id, n], ...targets.slice(0, n).map((t) => [t.id, 1])]),
    relations: targets.slice(0, n).map((t, k) => ({
      id: `r-bulk-${i}-${k}`,
      type: 'CRITICISED' as const,
      source: speaker.id,
      target: t.id,
      sentence: k,
      goldstein: -2,
    })),
  });
}
