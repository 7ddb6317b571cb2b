/**
 * The extractor scored on the held-out set (test/extract/heldout: articles written and annotated by
 * an engineer who never read or ran the engine, and never used to tune it). What it measures is how
 * the engine does on new text; the floors sit a little under the figures measured when the set was
 * settled (dev14–dev16: core F1 0.675, all five 0.571, precision 0.914 / 0.854, actors 0.964).
 */
import path from 'node:path';
import { describeScoredSet } from './scored-set.ts';
import { ROOT } from './score-corpus.ts';

describeScoredSet('held-out articles against gold', path.join(ROOT, 'test/extract/heldout'), {
  core: 0.63,
  all: 0.53,
  precision: 0.8,
  actors: 0.93,
});
