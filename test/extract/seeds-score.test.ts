/**
 * The extractor scored on the five seed articles against their gold files, with the project's
 * quality bars: core F1 ≥ 0.90, each type's F1 ≥ 0.75, actors F1 ≥ 0.90.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/model/schema.ts';
import { SHARED, scoreCorpus, type Score } from './score-corpus.ts';

let score: Score;

beforeAll(async () => {
  ({ score } = await scoreCorpus([path.join(SHARED, 'corpus/seeds')], path.join(SHARED, 'eval/gold/seeds')));
});

describe('seed articles against gold', () => {
  it('extracts every seed article', () => {
    expect(score.articles.filter((a) => !a.found).map((a) => a.file)).toEqual([]);
  });

  it('reaches core F1 ≥ 0.90 (MET, CRITICISED, SUPPORTED)', () => {
    expect(score.core.f1, `core ${JSON.stringify(score.core)}`).toBeGreaterThanOrEqual(0.9);
  });

  it.each(RELATION_TYPES)('reaches F1 ≥ 0.75 on %s', (type) => {
    expect(score.byType[type]!.f1, `${type} ${JSON.stringify(score.byType[type])}`).toBeGreaterThanOrEqual(0.75);
  });

  it('reaches actor F1 ≥ 0.90', () => {
    expect(score.actors?.f1 ?? 0, `actors ${JSON.stringify(score.actors)}`).toBeGreaterThanOrEqual(0.9);
  });
});
