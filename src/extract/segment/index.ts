/** Sentence and quote segmentation: the first two components of the extraction pipeline. */
export { createSentenceSplitter, splitSentences, paragraphSpans } from './sentence-splitter.ts';
export { createQuoteFinder, findQuotes } from './quote-finder.ts';
