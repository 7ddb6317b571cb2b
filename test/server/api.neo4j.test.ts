/**
 * The API contract on Neo4j: the same requests against a server on the embedded store and one on
 * a real Neo4j, both holding the same articles, must give the same answers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';
import { WORLD } from '../store/fixtures.ts';
import { startTestServer, XSS_FACTS, type TestServer } from './test-server.ts';

const FACTS = [...WORLD, XSS_FACTS];

/** Every route, valid and invalid requests alike. */
const REQUESTS = [
  '/api/graph',
  '/api/graph?types=MET,CRITICISED',
  '/api/graph?kinds=Country,Organization',
  '/api/graph?from=2025-02-01&to=2025-03-31',
  '/api/graph?from=2025-05-01&to=2025-05-31&datedOnly=true',
  '/api/graph?country=ALD',
  '/api/graph?focus=tomas-reyes&depth=2',
  '/api/graph?focus=nobody',
  '/api/graph?types=HUGGED',
  '/api/actors?q=bor',
  '/api/actors/mira-kovac',
  '/api/actors/BOR',
  '/api/actors/nobody',
  '/api/relations?source=mira-kovac',
  '/api/relations?actor=ALD&type=SUPPORTED',
  '/api/meetings',
  '/api/meetings?status=planned',
  '/api/path?from=mira-kovac&to=jane-holt',
  '/api/path?from=mira-kovac&to=lena-ost',
  '/api/timeline?a=BOR&b=mira-kovac',
  '/api/timeline?a=ALD&b=northern-compact',
  '/api/articles/xss-1',
  '/api/articles/nope',
];

/** Arrays whose order the API does not promise are compared as sorted. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((v) => typeof v === 'object' && v !== null && 'id' in v)
      ? [...items].sort((a, b) => String((a as { id: unknown }).id).localeCompare(String((b as { id: unknown }).id)))
      : items;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  return value;
}

describeNeo4j('the API on Neo4j', () => {
  let embedded: TestServer;
  let neo4j: TestServer;

  beforeAll(async () => {
    const { uri, user, password, database } = neo4jConfig();
    const store = createNeo4jStore({ uri, user, password, database });
    await store.init();
    [embedded, neo4j] = await Promise.all([startTestServer({ facts: FACTS }), startTestServer({ facts: FACTS, store })]);
  });
  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
  });

  it.each(REQUESTS)('GET %s answers the same as on the embedded store', async (path) => {
    const [a, b] = await Promise.all([fetch(embedded.url + path), fetch(neo4j.url + path)]);
    expect(b.status).toBe(a.status);
    expect(canonical(await b.json())).toEqual(canonical(await a.json()));
  });

  it('reports the same totals in /healthz, naming its store', async () => {
    const [a, b] = await Promise.all([fetch(`${embedded.url}/healthz`).then((r) => r.json()), fetch(`${neo4j.url}/healthz`).then((r) => r.json())]);
    expect(b.stats).toEqual(a.stats);
    expect(b.store).toMatch(/^neo4j /);
  });
});
