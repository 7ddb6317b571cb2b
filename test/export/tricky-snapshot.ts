/** A small hand-built snapshot for export tests (our own invented text, no seed text). */
import type { GraphSnapshot } from '../../src/store/graph-store.ts';
import { sampleFacts } from '../load/facts-fixture.ts';

/** A snapshot whose texts carry the characters exports get wrong: quotes, commas, newlines, markup. */
export function trickySnapshot(): GraphSnapshot {
  const f = sampleFacts();
  const { text: _text, ...article } = f.article;
  f.actors[0]!.name = 'Ana "the Anchor" Ferro, Jr.';
  f.actors[0]!.aliases = ['A. Ferro', 'Ferro; Ana'];
  f.actors[1]!.country = 'EST';
  f.relations[1]!.evidence = 'Line one, with a comma;\nline "two" <b>&amp;</b>\r\nend';
  f.relations[1]!.quote = 'a "quoted" word';
  return { actors: f.actors, articles: [article], mentions: f.mentions, relations: f.relations, meetings: f.meetings };
}

