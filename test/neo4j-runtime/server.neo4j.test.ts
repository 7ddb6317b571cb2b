/** The Neo4j that the test setup found or launched answers Cypher over Bolt and serves Neo4j Browser. */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isCI } from '../support/neo4j-provided.ts';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';

describeNeo4j('Neo4j runtime', () => {
  let driver: Driver;

  beforeAll(() => {
    const c = neo4jConfig();
    driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
  });
  afterAll(() => driver?.close());

  it('answers Cypher over Bolt with a parameter round trip', async () => {
    const c = neo4jConfig();
    const { records, summary } = await driver.executeQuery('RETURN 1 AS one, $word AS word', { word: 'entente' }, { database: c.database });
    expect(records[0]?.get('one').toNumber()).toBe(1);
    expect(records[0]?.get('word')).toBe('entente');
    expect(summary.server.agent).toMatch(/^Neo4j\/5\./);
  });

  it('is Neo4j 5.26 Community (what `npm run neo4j` and docker-compose.yml both run)', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition');
    expect(records[0]?.get('v')).toMatch(/^5\.26\./);
    expect(records[0]?.get('edition')).toBe('community');
  });

  it('serves Neo4j Browser and the discovery document over HTTP', async ({ skip }) => {
    const { httpUrl } = neo4jConfig();
    // Under CI nothing may be skipped: a server without a reachable Browser is a failure there.
    if (!httpUrl && !isCI()) skip('no Browser found for the reused server (set NEO4J_HTTP_URL)');
    expect(httpUrl, 'Neo4j Browser URL').toBeDefined();
    const discovery = (await (await fetch(`${httpUrl}/`)).json()) as Record<string, string>;
    expect(discovery.neo4j_edition).toBe('community');
    expect(discovery.bolt_direct).toBe(neo4jConfig().uri);
    const page = await fetch(`${httpUrl}/browser/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Neo4j Browser</title>');
  });
});
