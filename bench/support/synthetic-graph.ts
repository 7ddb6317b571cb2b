/**
 * SYNTHETIC graphs for the API and render benchmarks (labelled synthetic wherever reported): a
 * deterministic set of articles whose relations form exactly `edges` distinct (source, type,
 * target) edges among `actors` actors, so the aggregated graph has a known size.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RELATION_TYPES, type Actor, type ArticleFacts, type Relation } from '../../src/model/schema.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { createEmbeddedStore } from '../../src/store/embedded/index.ts';

const KINDS = ['Person', 'Country', 'Organization', 'Group'] as const;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function syntheticFacts(opts: { actors: number; edges: number; perArticle?: number; seed?: number }): ArticleFacts[] {
  const rand = rng(opts.seed ?? 7);
  const per = opts.perArticle ?? 50;
  const actor = (i: number): Actor => ({ id: `syn-${i}`, kind: KINDS[i % 4]!, name: `Synthetic ${i}`, aliases: [], offices: [] });
  const seen = new Set<string>();
  const out: ArticleFacts[] = [];
  let current: ArticleFacts | undefined;
  // Every actor takes part at least once: the first pass walks them in order.
  let walk = 0;
  while (seen.size < opts.edges) {
    const s = walk < opts.actors ? walk++ : Math.floor(rand() ** 1.5 * opts.actors);
    let t = Math.floor(rand() * opts.actors);
    if (t === s) t = (t + 1) % opts.actors;
    const type = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    const [a, b] = type === 'MET' && t < s ? [t, s] : [s, t];
    const key = `${a}|${type}|${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!current || current.relations.length >= per) {
      const n = out.length;
      const date = `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
      current = { article: { id: `syn-article-${n}`, title: `Synthetic article ${n}`, date, text: `Synthetic article ${n}.` }, actors: [], mentions: [], relations: [], meetings: [] };
      out.push(current);
    }
    const art = current.article;
    const evidence = `Synthetic ${a} ${type.toLowerCase()} synthetic ${b}.`;
    const rel: Relation = {
      id: `syn-rel-${seen.size}`, type, source: `syn-${a}`, target: `syn-${b}`, article: art.id, date: art.date,
      evidence, start: 0, end: evidence.length, cue: type.toLowerCase(), cameo: '010', goldstein: type === 'SUPPORTED' ? 3 : type === 'MET' ? 1 : -2,
      confidence: 0.9, rule: 'synthetic',
    };
    current.relations.push(rel);
    for (const id of [a, b]) {
      if (!current.actors.some((x) => x.id === `syn-${id}`)) {
        current.actors.push(actor(id));
        current.mentions.push({ actor: `syn-${id}`, article: art.id, count: 1 });
      }
    }
  }
  return out;
}

/** A temp embedded store filled with the synthetic graph; `dispose` removes it. */
export async function syntheticStore(opts: { actors: number; edges: number }): Promise<{ store: GraphStore; dispose(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'entente-bench-'));
  const store = createEmbeddedStore({ dataDir });
  await store.init();
  const facts = syntheticFacts(opts);
  for (let i = 0; i < facts.length; i += 200) await store.writeArticles(facts.slice(i, i + 200));
  return {
    store,
    async dispose() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
