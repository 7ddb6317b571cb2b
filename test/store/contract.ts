/**
 * The store contract: one suite that runs unchanged on every GraphStore adapter (embedded and
 * Neo4j), so both agree on the semantics the loader, API and web view rely on. Expected figures
 * are worked out by hand from the fixtures (test/store/fixtures.ts).
 *
 * Usage: `runStoreContract('embedded', open, dispose)`. `open` returns an initialised store;
 * the suite calls `clear()` on it before each test and `dispose` (default: `close()`) after.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/model/schema.ts';
import type { GraphData, GraphFilter, GraphStore } from '../../src/store/graph-store.ts';
import { A1, A1_SAME_URL, A2, A2_SAME_FILE, A3, A4, DELEGATES, KOVAC_MERGED, WORLD } from './fixtures.ts';

/**
 * Check what must hold for every graph: ids, MET order, endpoints present, and activity = the
 * number of relations behind the node's returned edges (with a focus: only edges among kept nodes).
 */
function expectConsistentGraph(g: GraphData): void {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  const activity = new Map<string, number>();
  for (const e of g.edges) {
    expect(e.id).toBe(`${e.source}|${e.type}|${e.target}`);
    if (e.type === 'MET') expect(e.source < e.target).toBe(true);
    expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    activity.set(e.source, (activity.get(e.source) ?? 0) + e.count);
    activity.set(e.target, (activity.get(e.target) ?? 0) + e.count);
  }
  for (const n of g.nodes) expect(n.activity, `activity of ${n.id}`).toBe(activity.get(n.id) ?? 0);
}

/** Graph as sorted, comparable summaries: node "id:activity" and edge "id:count". */
async function graphSummary(store: GraphStore, filter?: GraphFilter) {
  const g = await store.getGraph(filter);
  expectConsistentGraph(g);
  return {
    nodes: g.nodes.map((n) => `${n.id}:${n.activity}`).sort(),
    edges: g.edges.map((e) => `${e.id}:${e.count}`).sort(),
  };
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const sortedIds = (xs: { id: string }[]) => ids(xs).sort();
const withoutText = ({ article: { text: _text, ...rest } }: ArticleFacts) => rest;

export function runStoreContract(
  name: string,
  open: () => Promise<GraphStore>,
  dispose: (store: GraphStore) => Promise<void> = (store) => store.close(),
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const loadWorld = async () => {
      for (const facts of WORLD) await store.writeArticle(facts);
    };

    beforeEach(async () => {
      store = await open();
      await store.clear();
    });
    afterEach(async () => {
      await dispose(store);
    });

    describe('writeArticle', () => {
      it('loads a new article, then reports the same id as unchanged without touching it', async () => {
        expect(await store.writeArticle(A1)).toBe('loaded');
        const before = await store.snapshot();
        const retitled = { ...A1, article: { ...A1.article, title: 'Another title' }, relations: A1.relations.slice(0, 1) };
        expect(await store.writeArticle(retitled)).toBe('unchanged');
        expect(await store.snapshot()).toEqual(before);
        expect((await store.getArticle('a1'))?.title).toBe('Kovač hosts Reyes');
      });

      it('replaces the stored article that has the same url', async () => {
        await store.writeArticle(A1);
        await store.writeArticle(A2);
        expect(await store.writeArticle(A1_SAME_URL)).toBe('replaced');
        expect(await store.hasArticle('a1')).toBe(false);
        expect(await store.hasArticle('a1-v2')).toBe(true);
        expect(await store.listRelations({ article: 'a1' })).toEqual([]);
        expect(ids(await store.listRelations({ article: 'a1-v2' }))).toEqual(['r-a1v2-crit']);
        expect(await store.listMeetings()).toEqual([]);
        // Reyes and Ost were only in a1: gone with it.
        expect(await store.getActor('tomas-reyes')).toBeNull();
        expect(await store.getActor('lena-ost')).toBeNull();
        expect(await store.stats()).toEqual({ articles: 2, actors: 5, relations: 5, meetings: 0 });
      });

      it('replaces the stored article that has the same file', async () => {
        await store.writeArticle(A2);
        expect(await store.writeArticle(A2_SAME_FILE)).toBe('replaced');
        expect(sortedIds(await store.listArticles())).toEqual(['a2-v2']);
        expect(ids(await store.listRelations())).toEqual(['r-a2v2-urge']);
        expect(await store.getActor('USA')).toBeNull();
        expect(await store.stats()).toEqual({ articles: 1, actors: 2, relations: 1, meetings: 0 });
      });

      it('stores every fact of the article exactly as given', async () => {
        await loadWorld();
        const snap = await store.snapshot();
        const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(snap.relations)).toEqual(byId(WORLD.flatMap((f) => f.relations)));
        expect(byId(snap.meetings)).toEqual(byId(WORLD.flatMap((f) => f.meetings)));
        expect(byId(snap.articles)).toEqual(byId(WORLD.map(withoutText)));
        for (const a of snap.articles) expect('text' in a).toBe(false);
        const key = (m: { actor: string; article: string; count: number }) => `${m.article}/${m.actor}/${m.count}`;
        expect(snap.mentions.map(key).sort()).toEqual(WORLD.flatMap((f) => f.mentions).map(key).sort());
        expect(await store.getArticle('a2')).toEqual(A2.article);
      });

      it('rejects an article with an invalid fact and keeps nothing of it', async () => {
        await store.writeArticle(A1);
        const before = await store.snapshot();
        const [first, second] = A2.relations;
        const bad = { ...A2, relations: [first!, { ...second!, goldstein: 42 }] } as ArticleFacts;
        await expect(store.writeArticle(bad)).rejects.toThrow();
        expect(await store.hasArticle('a2')).toBe(false);
        expect(await store.snapshot()).toEqual(before);
      });

      it('rejects a relation to an actor that is neither in the facts nor stored', async () => {
        const ghost = { ...A2, relations: [...A2.relations, { ...A2.relations[0]!, id: 'r-ghost', target: 'ghost-actor' }] };
        await expect(store.writeArticle(ghost)).rejects.toThrow();
        expect(await store.hasArticle('a2')).toBe(false);
        expect(await store.stats()).toEqual({ articles: 0, actors: 0, relations: 0, meetings: 0 });
      });

      it('keeps the old article when its replacement fails', async () => {
        await store.writeArticle(A1);
        const before = await store.snapshot();
        const bad = { ...A1_SAME_URL, relations: [{ ...A1_SAME_URL.relations[0]!, confidence: 7 }] } as ArticleFacts;
        await expect(store.writeArticle(bad)).rejects.toThrow();
        expect(await store.snapshot()).toEqual(before);
      });
    });

    describe('writeArticles', () => {
      it('reports one outcome per article, in order', async () => {
        expect(await store.writeArticles([A1, A2, A1])).toEqual(['loaded', 'loaded', 'unchanged']);
        expect(await store.writeArticles([A3, A1_SAME_URL])).toEqual(['loaded', 'replaced']);
        expect(sortedIds(await store.listArticles())).toEqual(['a1-v2', 'a2', 'a3']);
        expect(await store.writeArticles([])).toEqual([]);
      });

      it('never keeps part of a failed article', async () => {
        const bad = { ...A3, relations: [A3.relations[0]!, { ...A3.relations[1]!, start: -5 }] } as ArticleFacts;
        await expect(store.writeArticles([A1, bad, A2])).rejects.toThrow();
        expect(await store.hasArticle('a3')).toBe(false);
        expect(await store.listRelations({ article: 'a3' })).toEqual([]);
        // Whatever else was written is whole.
        for (const facts of [A1, A2]) {
          if (await store.hasArticle(facts.article.id)) {
            expect(ids(await store.listRelations({ article: facts.article.id })).sort()).toEqual(sortedIds(facts.relations));
          }
        }
      });
    });

    describe('actors', () => {
      it('keeps one node per id and merges restatements: stored values win, gaps fill, lists union', async () => {
        await store.writeArticle(A1);
        await store.writeArticle(A2);
        const actor = (await store.getActor('mira-kovac'))!.actor;
        const byRole = (xs: typeof actor.offices) => [...xs].sort((a, b) => `${a.role}|${a.from}`.localeCompare(`${b.role}|${b.from}`));
        expect({ ...actor, offices: byRole(actor.offices) }).toEqual({ ...KOVAC_MERGED, offices: byRole(KOVAC_MERGED.offices) });
        const snap = await store.snapshot();
        expect(snap.actors.filter((a) => a.id === 'BOR')).toHaveLength(1);
        expect(snap.actors.filter((a) => a.id === 'mira-kovac')).toHaveLength(1);
        expect(sortedIds(snap.actors)).toEqual(
          ['ALD', 'BOR', 'USA', 'border-watch', 'lena-ost', 'mira-kovac', 'tomas-reyes'].sort(),
        );
      });
    });

    describe('removeArticle', () => {
      it('removes its relations, meetings and mentions, and actors left with nothing', async () => {
        await loadWorld();
        expect(await store.removeArticle('a3')).toBe(true);
        expect(await store.removeArticle('a3')).toBe(false);
        expect(await store.removeArticle('no-such-article')).toBe(false);
        expect(await store.hasArticle('a3')).toBe(false);
        expect(await store.listRelations({ article: 'a3' })).toEqual([]);
        expect(ids(await store.listMeetings())).toEqual(['m-a1', 'm-a4', 'm-a4-summit']);
        // River Front and Britain were only in a3; Holt and the Compact are still in a4.
        expect(await store.getActor('river-front')).toBeNull();
        expect(await store.getActor('GBR')).toBeNull();
        expect((await store.getActor('jane-holt'))?.articles).toBe(1);
        expect((await store.getActor('northern-compact'))?.articles).toBe(1);
        expect(await store.stats()).toEqual({ articles: 3, actors: 11, relations: 9, meetings: 3 });
        const snap = await store.snapshot();
        expect(snap.mentions.filter((m) => m.article === 'a3')).toEqual([]);
      });

      it('deletes an actor that is only mentioned once the mentioning article goes', async () => {
        await store.writeArticle(A1);
        await store.writeArticle(DELEGATES);
        expect(await store.removeArticle('a5')).toBe(true);
        expect(await store.searchActors('delegate')).toEqual([]);
        expect(await store.removeArticle('a1')).toBe(true);
        expect(await store.stats()).toEqual({ articles: 0, actors: 0, relations: 0, meetings: 0 });
      });
    });

    describe('lifecycle', () => {
      it('describes itself, and a second init() changes nothing', async () => {
        expect(store.description.trim()).not.toBe('');
        await loadWorld();
        await store.init();
        expect(await store.stats()).toEqual({ articles: 4, actors: 13, relations: 12, meetings: 4 });
      });
    });

    describe('clear and articles', () => {
      it('clear removes everything', async () => {
        await loadWorld();
        await store.clear();
        expect(await store.stats()).toEqual({ articles: 0, actors: 0, relations: 0, meetings: 0 });
        expect(await store.listArticles()).toEqual([]);
        expect(await store.getGraph()).toEqual({ nodes: [], edges: [] });
        expect(await store.writeArticle(A1)).toBe('loaded');
      });

      it('hasArticle, getArticle (with text) and listArticles (without)', async () => {
        await loadWorld();
        expect(await store.hasArticle('a1')).toBe(true);
        expect(await store.hasArticle('zz')).toBe(false);
        expect(await store.getArticle('a3')).toEqual(A3.article);
        expect(await store.getArticle('zz')).toBeNull();
        const list = await store.listArticles();
        expect([...list].sort((a, b) => a.id.localeCompare(b.id))).toEqual(WORLD.map(withoutText));
        for (const a of list) expect('text' in a).toBe(false);
      });

      it('stats counts the world', async () => {
        await loadWorld();
        expect(await store.stats()).toEqual({ articles: 4, actors: 13, relations: 12, meetings: 4 });
      });
    });

    describe('getGraph', () => {
      beforeEach(loadWorld);

      it('aggregates relations per (source, type, target) with dates and Goldstein sums', async () => {
        const g = await store.getGraph();
        expectConsistentGraph(g);
        expect(g.edges).toHaveLength(10);
        expect(g.nodes).toHaveLength(12); // everyone but Lena Ost, who is only mentioned
        const edge = (id: string) => g.edges.find((e) => e.id === id);
        expect(edge('mira-kovac|CRITICISED|BOR')).toEqual({
          id: 'mira-kovac|CRITICISED|BOR', source: 'mira-kovac', target: 'BOR', type: 'CRITICISED',
          count: 2, firstDate: '2025-01-10', lastDate: '2025-02-14', goldstein: -4.5,
        });
        // MET written both ways aggregates into one edge with ordered endpoints; a3's copy is undated.
        expect(edge('jane-holt|MET|tomas-reyes')).toEqual({
          id: 'jane-holt|MET|tomas-reyes', source: 'jane-holt', target: 'tomas-reyes', type: 'MET',
          count: 2, firstDate: '2025-03-04', lastDate: '2025-03-04', goldstein: 2,
        });
        expect(edge('river-front|OPPOSED|northern-compact')).toEqual({
          id: 'river-front|OPPOSED|northern-compact', source: 'river-front', target: 'northern-compact',
          type: 'OPPOSED', count: 1, goldstein: -4.5,
        });
        expect(g.nodes.find((n) => n.id === 'mira-kovac')).toEqual({
          id: 'mira-kovac', name: 'Mira Kovač', kind: 'Person', country: 'ALD', activity: 3,
        });
        expect(g.nodes.find((n) => n.id === 'BOR')).toEqual({ id: 'BOR', name: 'Borovia', kind: 'Country', activity: 4 });
      });

      it('filters by type', async () => {
        expect(await graphSummary(store, { types: ['MET'] })).toEqual({
          nodes: ['jane-holt:2', 'mira-kovac:1', 'tomas-reyes:3'],
          edges: ['jane-holt|MET|tomas-reyes:2', 'mira-kovac|MET|tomas-reyes:1'],
        });
        expect((await graphSummary(store, { types: ['URGED', 'OPPOSED'] })).edges).toEqual([
          'BOR|URGED|ALD:1', 'aldorian-farmers-union|OPPOSED|northern-compact:1', 'river-front|OPPOSED|northern-compact:1',
        ]);
      });

      it('filters by effective date, keeping undated relations unless datedOnly', async () => {
        const feb = await store.getGraph({ from: '2025-02-01', to: '2025-02-28' });
        expectConsistentGraph(feb);
        expect(sortedIds(feb.edges)).toEqual([
          'BOR|URGED|ALD', 'GBR|SUPPORTED|northern-compact', 'USA|SUPPORTED|ALD', 'border-watch|CRITICISED|BOR',
          'jane-holt|MET|tomas-reyes', 'mira-kovac|CRITICISED|BOR', 'river-front|OPPOSED|northern-compact',
        ]);
        const crit = feb.edges.find((e) => e.id === 'mira-kovac|CRITICISED|BOR')!;
        expect([crit.count, crit.firstDate, crit.lastDate, crit.goldstein]).toEqual([1, '2025-02-14', '2025-02-14', -2.5]);
        const met = feb.edges.find((e) => e.id === 'jane-holt|MET|tomas-reyes')!;
        expect([met.count, met.firstDate, met.lastDate]).toEqual([1, undefined, undefined]);
        expect(await graphSummary(store, { from: '2025-02-01', to: '2025-02-28', datedOnly: true })).toEqual({
          nodes: ['ALD:2', 'BOR:3', 'USA:1', 'border-watch:1', 'mira-kovac:1'],
          edges: ['BOR|URGED|ALD:1', 'USA|SUPPORTED|ALD:1', 'border-watch|CRITICISED|BOR:1', 'mira-kovac|CRITICISED|BOR:1'],
        });
        // A relation's own date wins over its article's: r-a1-met (2025-01-06) is outside, r-a1-crit is in.
        expect((await graphSummary(store, { from: '2025-01-08', to: '2025-01-31', datedOnly: true })).edges).toEqual([
          'mira-kovac|CRITICISED|BOR:1',
        ]);
      });

      it('filters by actor kinds (both ends)', async () => {
        expect(await graphSummary(store, { kinds: ['Country'] })).toEqual({
          nodes: ['ALD:2', 'BOR:1', 'USA:1'],
          edges: ['BOR|URGED|ALD:1', 'USA|SUPPORTED|ALD:1'],
        });
        expect((await graphSummary(store, { kinds: ['Person', 'Country'] })).edges).toEqual([
          'BOR|URGED|ALD:1', 'USA|SUPPORTED|ALD:1', 'jane-holt|MET|tomas-reyes:2',
          'mira-kovac|CRITICISED|BOR:2', 'mira-kovac|MET|tomas-reyes:1',
        ]);
      });

      it('filters by country: the country itself or people acting for it, at either end', async () => {
        expect(await graphSummary(store, { country: 'BOR' })).toEqual({
          nodes: ['ALD:1', 'BOR:4', 'border-watch:1', 'jane-holt:2', 'mira-kovac:3', 'tomas-reyes:3'],
          edges: [
            'BOR|URGED|ALD:1', 'border-watch|CRITICISED|BOR:1', 'jane-holt|MET|tomas-reyes:2',
            'mira-kovac|CRITICISED|BOR:2', 'mira-kovac|MET|tomas-reyes:1',
          ],
        });
        expect((await graphSummary(store, { country: 'GBR' })).edges).toEqual([
          'GBR|SUPPORTED|northern-compact:1', 'jane-holt|MET|tomas-reyes:2',
        ]);
      });

      it('keeps the neighbourhood of a focus actor, 1 or 2 hops, undirected', async () => {
        expect(await graphSummary(store, { focus: 'jane-holt', depth: 1 })).toEqual({
          nodes: ['jane-holt:2', 'tomas-reyes:2'],
          edges: ['jane-holt|MET|tomas-reyes:2'],
        });
        expect(await graphSummary(store, { focus: 'jane-holt', depth: 2 })).toEqual({
          nodes: ['jane-holt:2', 'mira-kovac:1', 'tomas-reyes:3'],
          edges: ['jane-holt|MET|tomas-reyes:2', 'mira-kovac|MET|tomas-reyes:1'],
        });
        // Incoming relations count as neighbours; edges between two kept neighbours are kept too.
        expect((await graphSummary(store, { focus: 'ALD', depth: 1 })).edges).toEqual([
          'BOR|URGED|ALD:1', 'USA|SUPPORTED|ALD:1', 'friends-of-aldoria|SUPPORTED|ALD:1',
        ]);
        expect((await graphSummary(store, { focus: 'BOR', depth: 1, types: ['CRITICISED'] })).edges).toEqual([
          'border-watch|CRITICISED|BOR:1', 'mira-kovac|CRITICISED|BOR:2',
        ]);
      });

      it('keeps the focus actor even without relations; an unknown focus gives an empty graph', async () => {
        const lone = await store.getGraph({ focus: 'lena-ost', depth: 2 });
        expect(lone).toEqual({ nodes: [{ id: 'lena-ost', name: 'Lena Ost', kind: 'Person', country: 'ALD', activity: 0 }], edges: [] });
        expect(await store.getGraph({ focus: 'nobody', depth: 1 })).toEqual({ nodes: [], edges: [] });
      });
    });

    describe('searchActors', () => {
      beforeEach(loadWorld);

      it('matches names and aliases ignoring case and accents', async () => {
        expect(ids(await store.searchActors('KOVAČ'))).toEqual(['mira-kovac']);
        expect(ids(await store.searchActors('tomas'))).toEqual(['tomas-reyes']);
        expect(ids(await store.searchActors('britain'))).toEqual(['GBR']);
        expect(ids(await store.searchActors('zzz'))).toEqual([]);
        expect((await store.searchActors('reyes'))[0]).toEqual({
          id: 'tomas-reyes', kind: 'Person', name: 'Tomás Reyes', aliases: [], country: 'BOR', offices: [], role: 'Foreign Minister',
        });
      });

      it('ranks exact, then prefix, then substring; ties by activity then name', async () => {
        expect(ids(await store.searchActors('aldoria'))).toEqual(['ALD', 'aldorian-farmers-union', 'friends-of-aldoria']);
        expect(ids(await store.searchActors('us'))[0]).toBe('USA');
        // Prefixes first, Borovia (4 relations) before Border Watch (1); then the Compact, whose alias
        // "Harbor Pact" only contains "bor", though it has more relations than Border Watch.
        expect(ids(await store.searchActors('bor'))).toEqual(['BOR', 'border-watch', 'northern-compact']);
      });

      it('limits to 10 by default, or to the given limit', async () => {
        await store.writeArticle(DELEGATES);
        const all = await store.searchActors('delegate');
        expect(ids(all)).toEqual(Array.from({ length: 10 }, (_, i) => `delegate-${String(i + 1).padStart(2, '0')}`));
        expect(ids(await store.searchActors('Delegate', 3))).toEqual(['delegate-01', 'delegate-02', 'delegate-03']);
      });
    });

    describe('getActor', () => {
      beforeEach(loadWorld);

      it('gives counts per type in both directions, articles, and relations joined with articles', async () => {
        const bor = (await store.getActor('BOR'))!;
        expect(bor.actor).toEqual({ id: 'BOR', kind: 'Country', name: 'Borovia', aliases: [], offices: [] });
        expect(bor.counts).toEqual({ MET: 0, CRITICISED: 3, SUPPORTED: 0, URGED: 1, OPPOSED: 0 });
        expect(bor.articles).toBe(3);
        expect(sortedIds(bor.relations)).toEqual(['r-a1-crit', 'r-a2-bw', 'r-a2-crit', 'r-a2-urge']);
        const crit = bor.relations.find((r) => r.id === 'r-a2-crit');
        expect(crit).toEqual({
          ...A2.relations[2],
          articleTitle: 'Borovia presses Aldoria',
          articleDate: '2025-02-15',
          articleSource: 'Borovia Wire',
          articleUrl: 'https://news.example/borovia/2',
        });
        const reyes = (await store.getActor('tomas-reyes'))!;
        expect(reyes.counts).toEqual({ MET: 3, CRITICISED: 0, SUPPORTED: 0, URGED: 0, OPPOSED: 0 });
        expect(reyes.articles).toBe(3);
      });

      it('gives zero counts for an actor only mentioned, and null for an unknown id', async () => {
        const ost = (await store.getActor('lena-ost'))!;
        expect(ost.counts).toEqual({ MET: 0, CRITICISED: 0, SUPPORTED: 0, URGED: 0, OPPOSED: 0 });
        expect(ost.articles).toBe(1);
        expect(ost.relations).toEqual([]);
        expect(await store.getActor('nobody')).toBeNull();
      });
    });

    describe('listRelations', () => {
      beforeEach(loadWorld);

      it('sorts by effective date then id, undated last', async () => {
        expect(ids(await store.listRelations())).toEqual([
          'r-a1-met', 'r-a1-crit', 'r-a2-crit', 'r-a2-bw', 'r-a2-sup', 'r-a2-urge',
          'r-a4-met', 'r-a4-opp', 'r-a4-sup', 'r-a3-met', 'r-a3-opp', 'r-a3-sup',
        ]);
      });

      it('filters by source, target, either end, type, article, since and limit', async () => {
        expect(ids(await store.listRelations({ source: 'mira-kovac' }))).toEqual(['r-a1-met', 'r-a1-crit', 'r-a2-crit']);
        expect(ids(await store.listRelations({ target: 'BOR' }))).toEqual(['r-a1-crit', 'r-a2-crit', 'r-a2-bw']);
        expect(ids(await store.listRelations({ actor: 'tomas-reyes' }))).toEqual(['r-a1-met', 'r-a4-met', 'r-a3-met']);
        expect(ids(await store.listRelations({ type: 'SUPPORTED' }))).toEqual(['r-a2-sup', 'r-a4-sup', 'r-a3-sup']);
        expect(ids(await store.listRelations({ article: 'a3' }))).toEqual(['r-a3-met', 'r-a3-opp', 'r-a3-sup']);
        expect(ids(await store.listRelations({ since: '2025-02-15' }))).toEqual([
          'r-a2-bw', 'r-a2-sup', 'r-a2-urge', 'r-a4-met', 'r-a4-opp', 'r-a4-sup',
        ]);
        expect(ids(await store.listRelations({ limit: 2 }))).toEqual(['r-a1-met', 'r-a1-crit']);
        expect(ids(await store.listRelations({ actor: 'BOR', type: 'CRITICISED', since: '2025-02-01' }))).toEqual([
          'r-a2-crit', 'r-a2-bw',
        ]);
        expect(await store.listRelations({ source: 'nobody' })).toEqual([]);
      });

      it('joins each relation with its article, leaving absent fields absent', async () => {
        const [opp] = await store.listRelations({ article: 'a3', type: 'OPPOSED' });
        expect(opp).toEqual({ ...A3.relations[0], articleTitle: 'Undated notes', articleUrl: 'https://news.example/misc/3' });
      });
    });

    describe('listMeetings', () => {
      beforeEach(loadWorld);

      it('sorts by date then id and filters by participant, dates and status', async () => {
        const all = await store.listMeetings();
        expect(ids(all)).toEqual(['m-a1', 'm-a4', 'm-a3', 'm-a4-summit']);
        expect(all[0]).toEqual(A1.meetings[0]);
        expect(ids(await store.listMeetings({ actor: 'tomas-reyes' }))).toEqual(['m-a1', 'm-a4', 'm-a3']);
        expect(ids(await store.listMeetings({ actor: 'BOR' }))).toEqual(['m-a4-summit']);
        expect(ids(await store.listMeetings({ from: '2025-03-01' }))).toEqual(['m-a4', 'm-a3']);
        expect(ids(await store.listMeetings({ to: '2025-03-10' }))).toEqual(['m-a1', 'm-a4']);
        expect(ids(await store.listMeetings({ status: 'planned' }))).toEqual(['m-a3']);
        expect(ids(await store.listMeetings({ status: 'cancelled' }))).toEqual(['m-a4-summit']);
        expect(await store.listMeetings({ actor: 'USA' })).toEqual([]);
      });
    });

    describe('shortestPath', () => {
      beforeEach(loadWorld);

      it('finds the shortest undirected chain of any relation type', async () => {
        expect(await store.shortestPath('jane-holt', 'BOR')).toEqual(['jane-holt', 'tomas-reyes', 'mira-kovac', 'BOR']);
        expect(await store.shortestPath('USA', 'border-watch')).toEqual(['USA', 'ALD', 'BOR', 'border-watch']);
        expect(await store.shortestPath('river-front', 'GBR')).toEqual(['river-front', 'northern-compact', 'GBR']);
        expect(await store.shortestPath('jane-holt', 'BOR', 3)).toHaveLength(4);
      });

      it('gives null beyond maxDepth, across components, and for unknown or unconnected actors', async () => {
        expect(await store.shortestPath('jane-holt', 'BOR', 2)).toBeNull();
        expect(await store.shortestPath('USA', 'river-front')).toBeNull();
        expect(await store.shortestPath('lena-ost', 'USA')).toBeNull();
        expect(await store.shortestPath('nobody', 'USA')).toBeNull();
      });
    });
  });
}
