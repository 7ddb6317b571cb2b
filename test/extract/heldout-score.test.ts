/**
 * The extractor scored on the held-out set (test/extract/heldout: six articles written and
 * annotated by an engineer who never read or ran the engine, and never used to tune it). What it
 * measures is how the engine does on new text; the floors sit a little under the figures measured
 * when the set was added (core F1 0.737, all five 0.657, precision 0.92 / 0.865, actors 0.977).
 */
import path from 'node:path';
import { describeScoredSet } from './scored-set.ts';
import { ROOT } from './score-corpus.ts';

describeScoredSet('held-out articles against gold', path.join(ROOT, 'test/extract/heldout'), {
  core: 0.7,
  all: 0.62,
  precision: 0.84,
  actors: 0.95,
});
