/**
 * One scored article set (a folder of *.txt articles with gold/ beside them) as a test suite with
 * floors: every article extracted, core and all-five-types F1, precision, and actor F1.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreCorpus, type CorpusScore } from './score-corpus.ts';

export interface Floors {
  core: number;
  all: number;
  /** For core and for all five types. */
  precision: number;
  actors: number;
}

export function describeScoredSet(name: string, dir: string, floors: Floors): void {
  // the articles only: the gold JSON files beside them are not articles
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dir, f));
  let result: CorpusScore;

  describe(name, () => {
    beforeAll(async () => {
      result = await scoreCorpus(articles, path.join(dir, 'gold'));
    });

    it('has a gold file for every article and extracts each one', () => {
      expect(articles.length).toBeGreaterThanOrEqual(3);
      expect(result.score.articles.map((a) => a.file).sort()).toEqual(articles.map((f) => path.basename(f)).sort());
      expect(result.score.articles.filter((a) => !a.found).map((a) => a.file)).toEqual([]);
    });

    it(`reaches core F1 ≥ ${floors.core} (MET, CRITICISED, SUPPORTED)`, () => {
      expect(result.score.core.f1, result.table).toBeGreaterThanOrEqual(floors.core);
    });

    it(`reaches F1 ≥ ${floors.all} over all five types`, () => {
      expect(result.score.all.f1, result.table).toBeGreaterThanOrEqual(floors.all);
    });

    it(`keeps precision ≥ ${floors.precision} (core and all five types): recall is not bought with guesses`, () => {
      expect(result.score.core.precision, result.table).toBeGreaterThanOrEqual(floors.precision);
      expect(result.score.all.precision, result.table).toBeGreaterThanOrEqual(floors.precision);
    });

    it(`reaches actor F1 ≥ ${floors.actors}`, () => {
      expect(result.score.actors?.f1 ?? 0, result.table).toBeGreaterThanOrEqual(floors.actors);
    });
  });
}
