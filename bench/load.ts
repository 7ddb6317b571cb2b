/**
 * Load throughput into the real Neo4j: relationships per second through the store's bulk path
 * (`writeArticles`) versus a naive loader (one single-relationship CREATE per executeQuery), on a
 * synthetic corpus (~100k relations built directly as ArticleFacts) and on the seed articles.
 * The naive loader is timed on a sample and extrapolated; the output says so. A fresh server is
 * slower on its first large load (JIT, store files growing), so the synthetic load is run once to
 * warm up, then timed RUNS times with the default writers and RUNS times with one writer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { readConfig } from '../src/config.ts';
import { fetchNeo4j } from '../src/neo4j/fetch.ts';
import { launchNeo4j } from '../src/neo4j/launch.ts';
import { runtimeHome } from '../src/neo4j/runtime-home.ts';
import { requireToolchain } from '../src/neo4j/toolchain.ts';
import { contentId, readInputs } from '../src/ingest/index.ts';
import { RELATION_TYPES, type Actor, type ArticleFacts, type Relation, type RelationType } from '../src/model/schema.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { DEFAULT_WRITERS, createNeo4jStore } from '../src/store/neo4j/neo4j-store.ts';
import type { BenchResult } from './run.ts';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/seeds');
/** Each article's relations are among a cast of `cast` actors drawn from all of them, as in real reporting. */
const SYNTHETIC = { articles: 2000, relationsPerArticle: 50, actors: 2000, cast: 15 };
const BATCH = 1000;
const NAIVE_SAMPLE = 2000;
const RUNS = 3;
const KINDS = ['Person', 'Country', 'Organization', 'Group'] as const;

/** Deterministic pseudo-random numbers, so every run loads the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const syntheticActor = (i: number): Actor => ({
  id: `synthetic-actor-${i}`,
  kind: KINDS[i % KINDS.length]!,
  name: `Synthetic Actor ${i}`,
  aliases: [],
  offices: [],
});

/** SYNTHETIC.articles articles of SYNTHETIC.relationsPerArticle relations each, among SYNTHETIC.actors actors. */
export function syntheticCorpus(): ArticleFacts[] {
  const rand = rng(42);
  const out: ArticleFacts[] = [];
  for (let n = 0; n < SYNTHETIC.articles; n++) {
    const id = contentId('synthetic', String(n));
    const text = `Synthetic article ${n}. ${'Envoys met and argued. '.repeat(20)}`;
    const relations: Relation[] = [];
    const used = new Set<number>();
    const seen = new Set<string>();
    const cast = Array.from({ length: SYNTHETIC.cast }, () => Math.floor(rand() * SYNTHETIC.actors));
    while (relations.length < SYNTHETIC.relationsPerArticle) {
      const s = cast[Math.floor(rand() * cast.length)]!;
      const t = cast[Math.floor(rand() * cast.length)]!;
      const type: RelationType = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
      const key = `${type}|${s}|${t}`;
      if (s === t || seen.has(key)) continue;
      seen.add(key);
      used.add(s).add(t);
      relations.push({
        id: contentId(id, type, String(s), String(t)),
        type,
        source: syntheticActor(s).id,
        target: syntheticActor(t).id,
        article: id,
        date: `2025-0${1 + (n % 9)}-1${n % 10}`,
        evidence: `Synthetic evidence sentence ${relations.length} of article ${n}.`,
        start: 0,
        end: 40,
        cue: 'synthetic',
        cameo: '010',
        goldstein: Math.round((rand() * 20 - 10) * 10) / 10,
        confidence: 0.5,
        rule: 'synthetic',
        ...(type === 'MET' ? { status: 'held' as const } : {}),
      });
    }
    const actors = [...used].map(syntheticActor);
    out.push({
      article: { id, text, title: `Synthetic article ${n}`, file: `synthetic/${n}.txt` },
      actors,
      mentions: actors.map((a) => ({ actor: a.id, article: id, count: 1 })),
      relations,
      meetings: [],
    });
  }
  return out;
}

async function seedCorpus(): Promise<ArticleFacts[]> {
  const { extractArticle } = await import('../src/extract/pipeline.ts');
  const out: ArticleFacts[] = [];
  for await (const raw of readInputs([SEEDS])) if (!(raw instanceof Error)) out.push(extractArticle(raw));
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const relationCount = (c: ArticleFacts[]): number => c.reduce((n, f) => n + f.relations.length, 0);

const log = (line: string): void => void process.stderr.write(`[bench/load] ${line}\n`);

/** Seconds to write `corpus` through the bulk path into an empty graph. */
async function timeBulk(store: GraphStore, corpus: ArticleFacts[]): Promise<number> {
  await store.clear();
  const start = performance.now();
  for (let i = 0; i < corpus.length; i += BATCH) await store.writeArticles(corpus.slice(i, i + BATCH));
  const seconds = (performance.now() - start) / 1000;
  const stats = await store.stats();
  if (stats.relations !== relationCount(corpus)) throw new Error(`bulk load wrote ${stats.relations} of ${relationCount(corpus)} relations`);
  return seconds;
}

/** The naive loader's statements: fixed strings per type (a type cannot be a parameter). */
const NAIVE: Record<RelationType, string> = Object.fromEntries(
  RELATION_TYPES.map((t) => [t, `MERGE (a:Actor {id: $s}) MERGE (b:Actor {id: $t}) CREATE (a)-[r:${t}]->(b) SET r = $p`]),
) as Record<RelationType, string>;

/** Seconds for the naive loader to write `relations`, one executeQuery per relationship. */
async function timeNaive(driver: Driver, database: string, store: GraphStore, relations: Relation[]): Promise<number> {
  await store.clear();
  const start = performance.now();
  for (const r of relations) {
    const p = { id: r.id, article: r.article, date: r.date ?? null, evidence: r.evidence, goldstein: r.goldstein, cue: r.cue };
    await driver.executeQuery(NAIVE[r.type], { s: r.source, t: r.target, p }, { database });
  }
  const seconds = (performance.now() - start) / 1000;
  await store.clear();
  return seconds;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface Target {
  options: { uri: string; user: string; password: string; database: string };
  where: string;
  stop(): Promise<void>;
}

/** NEO4J_URI when set (its graph is cleared!), else a private throwaway server. */
async function neo4jTarget(): Promise<Target> {
  const config = readConfig();
  const base = { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE };
  if (config.NEO4J_URI) return { options: { ...base, uri: config.NEO4J_URI }, where: `NEO4J_URI ${config.NEO4J_URI}`, stop: async () => undefined };
  const toolchain = requireToolchain({ needMaven: false });
  const home = runtimeHome();
  await fetchNeo4j(home, toolchain);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-neo4j-'));
  const server = await launchNeo4j({
    dataDir: path.join(dir, 'home'), boltPort: await freePort(), httpPort: await freePort(), password: base.password,
    java: toolchain.java, home, output: path.join(dir, 'neo4j.log'),
  });
  return {
    options: { ...base, database: 'neo4j', uri: server.boltUri },
    where: 'a private Neo4j started for the bench',
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The server's ceiling for context: one UNWIND creating the synthetic corpus's first 25,000
 * relationships between actors already in the graph (no articles, mentions or actor writes).
 */
async function timeCeiling(driver: Driver, database: string, corpus: ArticleFacts[]): Promise<number> {
  const rows = corpus.flatMap((f) => f.relations).slice(0, 25_000);
  const start = performance.now();
  for (const type of RELATION_TYPES) {
    const rels = rows.filter((r) => r.type === type);
    const p = rels.map((r) => ({ s: r.source, t: r.target, p: { id: `ceiling-${r.id}`, article: r.article, date: r.date ?? null, evidence: r.evidence, goldstein: r.goldstein } }));
    await driver.executeQuery(CEILING[type], { rows: p }, { database });
  }
  return rows.length / ((performance.now() - start) / 1000);
}

const CEILING: Record<RelationType, string> = Object.fromEntries(
  RELATION_TYPES.map((t) => [t, `UNWIND $rows AS row MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t}) CREATE (a)-[r:${t}]->(b) SET r = row.p`]),
) as Record<RelationType, string>;

export async function run(): Promise<BenchResult[]> {
  const target = await neo4jTarget();
  const { options } = target;
  const store = createNeo4jStore(options);
  const oneWriter = createNeo4jStore({ ...options, writers: 1 });
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  try {
    await store.init();
    const results: BenchResult[] = [];
    const synthetic = syntheticCorpus();
    const seeds = await seedCorpus();
    await timeBulk(store, synthetic); // warm-up: plans cached, JIT warm, store files grown
    await timeNaive(driver, options.database, store, synthetic[0]!.relations); // warm-up
    for (const [label, corpus] of [
      [`synthetic corpus (labelled synthetic): ${synthetic.length} articles × ${SYNTHETIC.relationsPerArticle} relations among ${SYNTHETIC.actors} actors (≤ ${SYNTHETIC.cast} per article)`, synthetic],
      [`the ${seeds.length} seed articles, extracted`, seeds],
    ] as const) {
      // The naive loader on the same data: all of it when small, else a sample, extrapolated.
      const sample = corpus.flatMap((f) => f.relations).slice(0, NAIVE_SAMPLE);
      const naiveRate = sample.length / (await timeNaive(driver, options.database, store, sample));
      const rels = relationCount(corpus);
      const runs: number[] = [];
      const oneWriterRuns: number[] = [];
      for (let i = 0; i < (corpus === synthetic ? RUNS : 1); i++) {
        runs.push(await timeBulk(store, corpus));
        if (corpus === synthetic) oneWriterRuns.push(await timeBulk(oneWriter, corpus));
      }
      const seconds = median(runs);
      log(`${label}: bulk ${rels} relationships in ${runs.map((r) => r.toFixed(2)).join(', ')} s; naive ${Math.round(naiveRate)} rel/s`);
      // Measured once, on the full synthetic graph (its actors are in place).
      const ceiling = corpus === synthetic ? Math.round(await timeCeiling(driver, options.database, synthetic)) : undefined;
      const rate = rels / seconds;
      const naiveHow = sample.length < rels ? `timed on a ${sample.length}-relationship sample and extrapolated` : `timed on all ${rels} relationships`;
      results.push({
        label: `bulk writeArticles (batches of ${BATCH}, ${DEFAULT_WRITERS} writers) into ${target.where}; ${label}; ${runs.length > 1 ? `median of ${runs.length} runs after a warm-up; ` : ''}naive loader ${naiveHow}`,
        figures: {
          relationships: rels,
          'bulk seconds': seconds,
          'bulk rel/s': Math.round(rate),
          ...(runs.length > 1 ? { 'bulk rel/s, each run': runs.map((r) => Math.round(rels / r)).join(' ') } : {}),
          ...(oneWriterRuns.length > 0 ? { 'bulk rel/s, one writer (median)': Math.round(rels / median(oneWriterRuns)) } : {}),
          'naive rel/s': Math.round(naiveRate),
          [sample.length < rels ? 'naive seconds (extrapolated)' : 'naive seconds']: rels / naiveRate,
          'speed-up (bulk / naive)': rate / naiveRate,
          ...(ceiling ? { 'server ceiling rel/s (bare UNWIND CREATE)': ceiling } : {}),
        },
      });
    }
    await store.clear();
    return results;
  } finally {
    await driver.close();
    await store.close();
    await oneWriter.close();
    await target.stop();
  }
}
