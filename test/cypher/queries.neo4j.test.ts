/**
 * Every query of the Cypher library, run with its documented `:param` values against the real
 * Neo4j after loading the seed articles, and checked against what the seeds say.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadInputs } from '../../src/load/index.ts';
import { findQuery, listQueries } from '../../src/query/library.ts';
import { runLibraryQuery } from '../../src/query/run-library-query.ts';
import { createCypherRunner, type CypherRunner, type Row } from '../../src/store/neo4j/cypher-runner.ts';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');

describeNeo4j('the Cypher library on the seeds, in Neo4j', () => {
  let runner: CypherRunner;
  const run = (name: string, params: Record<string, unknown> = {}): Promise<Row[]> =>
    runLibraryQuery(runner, findQuery(name), params);

  beforeAll(async () => {
    const config = neo4jConfig();
    const store = createNeo4jStore(config);
    await store.init();
    await store.clear();
    const summary = await loadInputs(store, [SEEDS]);
    expect(summary.loaded).toBe(5);
    await store.close();
    runner = await createCypherRunner(config);
  });
  afterAll(async () => runner?.close());

  it('every library query runs with its :param defaults', async () => {
    for (const q of listQueries()) {
      await expect(runLibraryQuery(runner, q), q.name).resolves.toBeInstanceOf(Array);
    }
  });

  it('who-met-whom: Trump met Macron, and Starmer met Zelensky (held)', async () => {
    const trump = await run('who-met-whom');
    expect(trump.map((r) => r.counterpart)).toContain('Emmanuel Macron');
    const starmer = await run('who-met-whom', { actor: 'keir-starmer', status: 'held' });
    expect(starmer.map((r) => r.counterpart)).toContain('Volodymyr Zelensky');
    expect(starmer.every((r) => r.status === 'held')).toBe(true);
  });

  it('stances-toward: Trump CRITICISED Zelensky, with the evidence sentence', async () => {
    const rows = await run('stances-toward');
    const hit = rows.find((r) => r.source === 'Donald Trump' && r.type === 'CRITICISED');
    expect(hit).toBeDefined();
    expect(String(hit!.evidence)).toMatch(/Zelensk/);
  });

  it('stance-network: Trump criticised Zelensky (outgoing)', async () => {
    const rows = await run('stance-network');
    expect(rows).toContainEqual(
      expect.objectContaining({ direction: 'outgoing', type: 'CRITICISED', counterpart: 'Volodymyr Zelensky' }),
    );
  });

  it('meetings-in-range: February 2025 meetings list their participants; an empty range lists none', async () => {
    const rows = await run('meetings-in-range');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(String(r.date) >= '2025-02-01' && String(r.date) <= '2025-02-28').toBe(true);
      expect((r.participants as string[]).length).toBeGreaterThanOrEqual(2);
    }
    expect(rows.some((r) => (r.participants as string[]).includes('Keir Starmer'))).toBe(true);
    expect(await run('meetings-in-range', { from: '1990-01-01', to: '1990-12-31' })).toEqual([]);
  });

  it('pair-timeline: Trump and Zelensky, dated and with a running score that sums the weights', async () => {
    const rows = await run('pair-timeline');
    expect(rows.length).toBeGreaterThan(0);
    let sum = 0;
    for (const r of rows) {
      sum += Number(r.goldstein);
      expect(Number(r.score)).toBeCloseTo(sum, 6);
    }
    expect(rows.some((r) => r.type === 'CRITICISED' && r.source === 'Donald Trump')).toBe(true);
  });

  it('most-criticised: Zelensky is among the most criticised, critics include Trump', async () => {
    const rows = await run('most-criticised', { limit: 5 });
    expect(rows.length).toBeLessThanOrEqual(5);
    const z = rows.find((r) => r.actor === 'Volodymyr Zelensky');
    expect(z).toBeDefined();
    expect(z!.critics).toContain('Donald Trump');
    const counts = rows.map((r) => Number(r.criticisms));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('most-supported: Ukraine is the most supported actor', async () => {
    const rows = await run('most-supported');
    expect(rows[0]?.actor).toBe('Ukraine');
  });

  it('contradictions: every row really has both a SUPPORTED and a CRITICISED edge', async () => {
    const rows = await run('contradictions');
    for (const r of rows) {
      expect((r.supported_on as unknown[]).length).toBeGreaterThan(0);
      expect((r.criticised_on as unknown[]).length).toBeGreaterThan(0);
    }
    const check = await runner.run(
      `MATCH (a:Actor)-[:SUPPORTED]->(c:Actor) MATCH (a)-[:CRITICISED]->(c) RETURN count(DISTINCT [a, c]) AS n`,
    );
    expect(rows.length).toBe(check[0]!.n);
  });

  it('shortest-connection: Starmer reaches Putin in one or two hops, through named actors', async () => {
    const [row] = await run('shortest-connection');
    expect(row).toBeDefined();
    expect(Number(row!.hops)).toBeLessThanOrEqual(2);
    const actors = row!.actors as string[];
    expect(actors[0]).toBe('Keir Starmer');
    expect(actors.at(-1)).toBe('Vladimir Putin');
  });

  it('relation-evidence: the sentence, the article and the rule behind Trump CRITICISED Zelensky', async () => {
    const rows = await run('relation-evidence');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(String(r.evidence).length).toBeGreaterThan(20);
      expect(String(r.rule).length).toBeGreaterThan(0);
      expect(String(r.file)).toMatch(/\.txt$/);
    }
  });

  it('co-mentions: articles that name both Starmer and Trump, with counts', async () => {
    const rows = await run('co-mentions');
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) expect(Number(r.a_mentions)).toBeGreaterThan(0);
    expect(await run('co-mentions', { a: 'keir-starmer', b: 'no-such-actor' })).toEqual([]);
  });

  it('country-rollup: the United States criticised Ukraine once people are rolled up to states', async () => {
    const rows = await run('country-rollup');
    expect(rows).toContainEqual(expect.objectContaining({ from_state: 'United States', type: 'CRITICISED', to_state: 'Ukraine' }));
    expect(rows.every((r) => r.from_state !== r.to_state)).toBe(true);
  });

  it('new-since: only relations dated on or after the date', async () => {
    const rows = await run('new-since', { since: '2025-02-24' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => String(r.date) >= '2025-02-24')).toBe(true);
    const all = await run('new-since', { since: '2000-01-01' });
    expect(all.length).toBeGreaterThan(rows.length);
  });

  it('actor-profile: Keir Starmer is a British person with relations', async () => {
    const [row] = await run('actor-profile');
    expect(row).toMatchObject({ name: 'Keir Starmer', kind: 'Person', country: 'GBR' });
    expect((row!.relations as unknown[]).length).toBeGreaterThan(0);
  });
});

describeNeo4j('entente query against Neo4j', () => {
  it('prints a table, and --json rows, with --param overriding the :param defaults', async () => {
    const { entente, storeEnv } = await import('../support/run-cli.ts');
    const c = neo4jConfig();
    const env = storeEnv({ NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database });
    const table = await entente(['query', 'stances-toward'], env);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^source\s+\| type\s+\| date/);
    const json = await entente(['query', 'most-criticised', '--param', 'limit=1', '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
  });
});
