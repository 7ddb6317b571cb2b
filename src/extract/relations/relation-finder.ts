/** Finds relation candidates in each sentence (placeholder until the cue rules land). */
import type { Component, Doc } from '../doc.ts';

export function createRelationFinder(): Component {
  return {
    name: 'relation-finder',
    requires: ['sentences', 'quotes', 'mentions'],
    assigns: ['relations'],
    run(doc: Doc): Doc {
      return doc;
    },
  };
}
