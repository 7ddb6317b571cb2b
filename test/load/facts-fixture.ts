/** Hand-built ArticleFacts for loader unit tests (our own invented sentences, no seed text). */
import type { Actor, ArticleFacts, Relation } from '../../src/model/schema.ts';

export function actor(id: string, name: string, kind: Actor['kind'] = 'Person', extra: Partial<Actor> = {}): Actor {
  return { id, name, kind, aliases: [], offices: [], ...extra };
}

export function relation(article: string, type: Relation['type'], source: string, target: string, extra: Partial<Relation> = {}): Relation {
  return {
    id: `${article}-${type}-${source}-${target}`,
    type,
    source,
    target,
    article,
    evidence: 'The envoy praised the harbour treaty.',
    start: 0,
    end: 36,
    cue: 'praised',
    cameo: '051',
    goldstein: 3.4,
    confidence: 0.8,
    rule: 'test-rule',
    ...extra,
  };
}

/** Ana Ferro met Boris Lind; Lind criticised Carla Moss; Carla Moss supported Ana Ferro. */
export function sampleFacts(id = 'art1'): ArticleFacts {
  return {
    article: { id, text: 'Ana Ferro met Boris Lind in Tallinn. Lind criticised Carla Moss.', file: `${id}.txt`, date: '2025-03-01' },
    actors: [actor('ana-ferro', 'Ana Ferro'), actor('boris-lind', 'Boris Lind'), actor('carla-moss', 'Carla Moss'), actor('b-lind', 'B. Lind')],
    mentions: [
      { actor: 'ana-ferro', article: id, count: 2 },
      { actor: 'boris-lind', article: id, count: 1 },
      { actor: 'b-lind', article: id, count: 3 },
      { actor: 'carla-moss', article: id, count: 1 },
    ],
    relations: [
      relation(id, 'MET', 'ana-ferro', 'boris-lind', { meeting: 'm1', status: 'held' }),
      relation(id, 'CRITICISED', 'b-lind', 'carla-moss'),
      relation(id, 'CRITICISED', 'boris-lind', 'carla-moss'),
      relation(id, 'SUPPORTED', 'carla-moss', 'ana-ferro'),
    ],
    meetings: [
      { id: 'm1', article: id, kind: 'talks', status: 'held', participants: ['ana-ferro', 'boris-lind'], evidence: 'Ana Ferro met Boris Lind in Tallinn.' },
    ],
  };
}
