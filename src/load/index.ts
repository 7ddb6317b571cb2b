/** The loader's public entry points: load files or read articles, re-apply curation, report. */
export { loadInputs, loadRaw, reapply, type LoadInputsOptions } from './load-inputs.ts';
export { loadItems, type LoadItem, type LoadOptions } from './load-articles.ts';
export { formatSummary, type LoadEvent, type LoadFailure, type LoadSummary, type PlannedArticle } from './load-summary.ts';
export { applyCuration } from './apply-curation.ts';
export { Curation, DEFAULT_CURATION_FILE, defaultCuration, EMPTY_CURATION, parseCuration, readCuration } from './curation-schema.ts';
export { DEFAULT_RETRY, isUnavailable, withRetry, type RetryOptions } from './retry.ts';
