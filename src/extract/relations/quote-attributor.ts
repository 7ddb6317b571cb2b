/** Sets `speaker` on each quote of the doc (placeholder until attribution rules land). */
import type { Component, Doc } from '../doc.ts';

export function createQuoteAttributor(): Component {
  return {
    name: 'quote-attributor',
    requires: ['sentences', 'quotes', 'mentions'],
    assigns: ['quotes'],
    run(doc: Doc): Doc {
      return doc;
    },
  };
}
