/**
 * The extraction pipeline, declared in one place as an ordered list of named components (spaCy's
 * `Language.pipeline`). Building it checks that every layer a component requires is assigned by
 * an earlier one, so a misordered pipeline fails at start-up rather than extracting nonsense.
 */
import type { ArticleFacts } from '../model/schema.ts';
import type { RawArticle } from '../ingest/raw-article.ts';
import { createEntityRuler, createResolver } from './actors/index.ts';
import { createDoc, type Component, type Doc } from './doc.ts';
import { docToFacts } from './facts.ts';
import { createRelationFinder, createQuoteAttributor } from './relations/index.ts';
import { createQuoteFinder, createSentenceSplitter } from './segment/index.ts';

/** The default pipeline, in running order. */
export const DEFAULT_PIPELINE: readonly (() => Component)[] = [
  createSentenceSplitter,
  createQuoteFinder,
  createEntityRuler,
  createResolver,
  createQuoteAttributor,
  createRelationFinder,
];

/** Layers a fresh document already has. */
const GIVEN: readonly (keyof Doc)[] = ['text', 'meta'];

export class PipelineOrderError extends Error {
  override name = 'PipelineOrderError';
}

export interface Pipeline {
  /** Component names, in running order. */
  names: string[];
  run(doc: Doc): Doc;
}

/** Checks the order of `components` and returns a pipeline that runs them in turn. */
export function buildPipeline(components: readonly Component[]): Pipeline {
  const assigned = new Set<keyof Doc>(GIVEN);
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) throw new PipelineOrderError(`pipeline: component "${c.name}" appears twice`);
    names.add(c.name);
    const missing = c.requires.filter((layer) => !assigned.has(layer));
    if (missing.length) {
      throw new PipelineOrderError(
        `pipeline: component "${c.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier component assigns` +
          ` (order: ${components.map((x) => x.name).join(' → ')})`,
      );
    }
    c.assigns.forEach((layer) => assigned.add(layer));
  }
  return {
    names: [...names],
    run: (doc) => components.reduce((d, c) => c.run(d), doc),
  };
}

let defaultPipeline: Pipeline | undefined;

/** The default pipeline, built (and checked) once per process. */
export function getPipeline(): Pipeline {
  defaultPipeline ??= buildPipeline(DEFAULT_PIPELINE.map((create) => create()));
  return defaultPipeline;
}

/** Runs the pipeline over one article and turns the resulting document into its graph facts. */
export function extractArticle(raw: RawArticle, pipeline: Pipeline = getPipeline()): ArticleFacts {
  return docToFacts(pipeline.run(createDoc(raw.text, { ...raw.meta })), raw.id);
}
