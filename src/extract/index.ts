/** Public entry points of extraction: the pipeline, article facts and the extraction JSON. */
export { buildPipeline, extractArticle, getPipeline, DEFAULT_PIPELINE, PipelineOrderError, type Pipeline } from './pipeline.ts';
export { docToFacts } from './facts.ts';
export { toExtractionJson, type ExtractionJson } from './extraction-json.ts';
export { createDoc, type Component, type Doc } from './doc.ts';
