/** Extraction throughput: sentences per second through the full pipeline, on one core, over the seeds. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../src/extract/doc.ts';
import { docToFacts } from '../src/extract/facts.ts';
import { DEFAULT_PIPELINE, getPipeline } from '../src/extract/pipeline.ts';
import { readInputs, type RawArticle } from '../src/ingest/index.ts';
import type { BenchResult } from './run.ts';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/seeds');
/** Run for at least this long, and at least MIN_REPEATS passes, for a stable figure. */
const MIN_MS = 3000;
const MIN_REPEATS = 20;

async function loadSeeds(): Promise<RawArticle[]> {
  const out: RawArticle[] = [];
  for await (const a of readInputs([SEEDS])) if (!(a instanceof Error)) out.push(a);
  return out;
}

/** One pass over the articles; returns the number of sentences processed. */
function pass(articles: RawArticle[]): number {
  const pipeline = getPipeline();
  let sentences = 0;
  for (const a of articles) {
    const doc = pipeline.run(createDoc(a.text, { ...a.meta }));
    docToFacts(doc, a.id);
    sentences += doc.sentences.length;
  }
  return sentences;
}

/** Milliseconds per pass spent in each component and in `docToFacts`, over `repeats` passes. */
function perComponent(articles: RawArticle[], repeats: number): Record<string, number> {
  const components = DEFAULT_PIPELINE.map((create) => create());
  const ms: Record<string, number> = Object.fromEntries([...components.map((c) => [c.name, 0]), ['facts', 0]]);
  for (let r = 0; r < repeats; r++) {
    for (const a of articles) {
      let doc = createDoc(a.text, { ...a.meta });
      for (const c of components) {
        const t = performance.now();
        doc = c.run(doc);
        ms[c.name]! += performance.now() - t;
      }
      const t = performance.now();
      docToFacts(doc, a.id);
      ms.facts! += performance.now() - t;
    }
  }
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, v / repeats]));
}

export async function run(): Promise<BenchResult[]> {
  const articles = await loadSeeds();
  pass(articles); // warm-up: gazetteers built, code compiled
  let repeats = 0;
  let sentences = 0;
  const start = performance.now();
  while (repeats < MIN_REPEATS || performance.now() - start < MIN_MS) {
    sentences += pass(articles);
    repeats++;
  }
  const seconds = (performance.now() - start) / 1000;
  // measured after the headline figure, so its timers cannot slow it down
  const breakdown = perComponent(articles, MIN_REPEATS);
  return [{
    label: `full pipeline + facts, single thread, ${articles.length} seed articles × ${repeats} passes`,
    figures: {
      'sentences per second': Math.round(sentences / seconds),
      'articles per second': Math.round((articles.length * repeats) / seconds),
      'ms per article': (seconds * 1000) / (articles.length * repeats),
      'sentences per pass': sentences / repeats,
      'seconds': seconds,
    },
  }, {
    label: `time per component, ${articles.length} seed articles × ${MIN_REPEATS} passes (ms per pass)`,
    figures: breakdown,
  }];
}
