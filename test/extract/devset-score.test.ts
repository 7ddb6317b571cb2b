/**
 * The extractor scored on the development set (test/extract/devset: articles written and annotated
 * independently of the engine, whose misses were then studied), with floors that guard against
 * regressions: measured core F1 0.905, all five 0.913, actors 0.983 when the floors were set.
 * How the engine does on text nobody tuned it for is heldout-score.test.ts's measure.
 */
import path from 'node:path';
import { describeScoredSet } from './scored-set.ts';
import { ROOT } from './score-corpus.ts';

describeScoredSet('dev set articles against gold', path.join(ROOT, 'test/extract/devset'), {
  core: 0.86,
  all: 0.87,
  precision: 0.96,
  actors: 0.95,
});
