/** Public entry of the relations stage: the quote attributor and the relation finder components. */
export { createQuoteAttributor } from './quote-attributor.ts';
export { createRelationFinder } from './relation-finder.ts';
