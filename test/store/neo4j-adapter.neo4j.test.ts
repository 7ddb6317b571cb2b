/**
 * What only the Neo4j adapter has: the schema file applied idempotently, the graph readable with a
 * user's own Cypher, integer and label conventions, the bulk path, and one-line connection errors.
 */
import net from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { createNeo4jStore, type Neo4jOptions } from '../../src/store/neo4j/neo4j-store.ts';
import { schemaName, splitStatements } from '../../src/store/neo4j/schema-file.ts';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';
import { A1, A2, bulkFacts, bulkRelationCount } from './fixtures.ts';

function options(): Neo4jOptions {
  const { uri, user, password, database } = neo4jConfig();
  return { uri, user, password, database };
}

/** init() on a store that must fail; returns the error, closing the store either way. */
async function initError(opts: Neo4jOptions): Promise<StoreUnavailableError> {
  const store = createNeo4jStore(opts);
  try {
    await store.init();
  } catch (err) {
    return err as StoreUnavailableError;
  } finally {
    await store.close();
  }
  throw new Error('init() succeeded');
}

/** A TCP relay to Neo4j that can be cut, as when the server goes away under a running store. */
async function relayTo(uri: string): Promise<{ uri: string; cut(): void }> {
  const target = new URL(uri.replace(/^bolt:/, 'http:'));
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined).on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

it('splits a schema script on semicolons outside comments and strings', () => {
  const script = "// a; comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n/* b; */ RETURN 'x;y' AS s;\n\n";
  expect(splitStatements(script)).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', "RETURN 'x;y' AS s"]);
  expect(splitStatements(script).map(schemaName)).toEqual(['a', undefined]);
  expect(schemaName('CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name]')).toBe('actor_names');
});

describeNeo4j('Neo4j adapter', () => {
  let store: GraphStore;
  let driver: Driver;
  const query = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database: options().database })).records.map((r) => r.toObject());

  beforeAll(async () => {
    store = createNeo4jStore(options());
    await store.init();
    driver = neo4j.driver(options().uri, neo4j.auth.basic(options().user, options().password));
  });
  afterAll(async () => {
    await store?.close();
    await driver?.close();
  });

  it('applies cypher/schema.cypher idempotently: init twice, every constraint and index listed once', async () => {
    // Drop one index: the next init() must put it back.
    await query('DROP INDEX article_url IF EXISTS');
    await store.init();
    await store.init();
    const constraints = (await query('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name as string);
    for (const name of ['actor_id', 'article_id', 'meeting_id', 'met_id', 'criticised_id', 'supported_id', 'urged_id', 'opposed_id']) {
      expect(constraints.filter((c) => c === name), name).toHaveLength(1);
    }
    const indexes = (await query("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name")).map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['article_url', 'article_file', 'article_date', 'met_article', 'opposed_date', 'actor_names']),
    );
  });

  it("answers a user's plain Cypher after a write, with labels, REPRESENTS and integer properties", async () => {
    await store.clear();
    await store.writeArticle(A1);
    await store.writeArticle(A2);
    const criticised = await query('MATCH (a)-[:CRITICISED]->(b) RETURN a.name AS a, b.name AS b ORDER BY a, b');
    expect(criticised).toEqual([
      { a: 'Border Watch', b: 'Borovia' },
      { a: 'Mira Kovač', b: 'Borovia' },
      { a: 'Mira Kovač', b: 'Borovia' },
    ]);
    expect(await query('MATCH (p:Person)-[o:REPRESENTS]->(c:Country) RETURN p.id AS p, o.role AS role, c.name AS c')).toEqual([
      { p: 'mira-kovac', role: 'President', c: 'Aldoria' },
    ]);
    const types = await query(
      `MATCH (:Article {id: 'a1'})-[m:MENTIONS]->(:Actor {id: 'mira-kovac'}), ()-[r:MET {id: 'r-a1-met'}]->()
       RETURN valueType(m.count) AS count, valueType(r.start) AS start, valueType(r.goldstein) AS goldstein`,
    );
    expect(types).toEqual([{ count: 'INTEGER NOT NULL', start: 'INTEGER NOT NULL', goldstein: 'FLOAT NOT NULL' }]);
    const [meeting] = await query(
      "MATCH (p:Actor)-[:ATTENDED]->(m:Meeting {id: 'm-a1'})-[:REPORTED_IN]->(a:Article) RETURN collect(p.id) AS who, a.id AS article",
    );
    expect(meeting).toEqual({ who: expect.arrayContaining(['mira-kovac', 'tomas-reyes']), article: 'a1' });
  });

  it('writes a bulk batch whole: every relation, mention and article of every article', async () => {
    await store.clear();
    const batch = Array.from({ length: 300 }, (_, i) => bulkFacts(i));
    const outcomes = await store.writeArticles(batch);
    expect(outcomes.every((o) => o === 'loaded')).toBe(true);
    const relations = batch.reduce((n, _, i) => n + bulkRelationCount(i), 0);
    expect(await store.stats()).toEqual({ articles: 300, actors: 305, relations, meetings: 0 });
    expect(await store.writeArticles(batch.slice(0, 5))).toEqual(Array(5).fill('unchanged'));
  });

  it('writes chunks side by side without losing an actor restated in several of them, and replaces alone', async () => {
    // Tiny chunks and three writers: 60 articles become about 20 transactions, up to three at once.
    const concurrent = createNeo4jStore({ ...options(), writers: 3, chunkRows: 8 });
    try {
      await concurrent.clear();
      // Every article restates one new actor with an alias of its own, and a shared one.
      const restated = (i: number) => {
        const f = bulkFacts(i);
        const host = { id: 'summit-host', kind: 'Person' as const, name: 'Summit Host', aliases: [`Host ${i}`], offices: [] };
        return { ...f, actors: [...f.actors, host], mentions: [...f.mentions, { actor: host.id, article: f.article.id, count: 1 }] };
      };
      const batch = Array.from({ length: 60 }, (_, i) => restated(i));
      expect(await concurrent.writeArticles(batch)).toEqual(Array(60).fill('loaded'));
      const [host] = await query("MATCH (n:Actor {id: 'summit-host'}) RETURN n.aliases AS aliases, n.lock_mark AS mark, n.placeholder AS p");
      expect(host).toEqual({ aliases: Array.from({ length: 60 }, (_, i) => `Host ${i}`).sort(), mark: null, p: null });
      const relations = batch.reduce((n, _, i) => n + bulkRelationCount(i), 0);
      expect(await concurrent.stats()).toEqual({ articles: 60, actors: 66, relations, meetings: 0 });

      // New versions (same url) of every other article: those chunks run alone and replace.
      const versions = batch.filter((_, i) => i % 2 === 0).map((f) => ({ ...f, article: { ...f.article, id: `${f.article.id}-v2`, text: `${f.article.text} Updated.` } }));
      const renamed = versions.map((f) => ({
        ...f,
        relations: f.relations.map((r) => ({ ...r, id: `${r.id}-v2`, article: f.article.id })),
        mentions: f.mentions.map((m) => ({ ...m, article: f.article.id })),
      }));
      const mixed = [...renamed, ...batch.filter((_, i) => i % 2 === 1)];
      expect(await concurrent.writeArticles(mixed)).toEqual([...Array(30).fill('replaced'), ...Array(30).fill('unchanged')]);
      expect(await concurrent.stats()).toEqual({ articles: 60, actors: 66, relations, meetings: 0 });
      const [old] = await query("MATCH ()-[r]->() WHERE r.article = 'bulk-0' RETURN count(r) AS n");
      expect(Number(old?.n)).toBe(0);
    } finally {
      await concurrent.close();
    }
  });

  it('keeps an office country as a hidden placeholder, and leaves no node behind once all is removed', async () => {
    await store.clear();
    await store.writeArticle(A1); // Kovač's office belongs to Aldoria, which a1 does not name
    expect(await query("MATCH (:Person {id: 'mira-kovac'})-[:REPRESENTS]->(c:Country) RETURN c.id AS id, c.placeholder AS p")).toEqual([
      { id: 'ALD', p: true },
    ]);
    expect((await store.snapshot()).actors.map((a) => a.id)).not.toContain('ALD');
    // A placeholder is not a stored actor: facts about Aldoria need Aldoria among their actors.
    const withoutAld = {
      ...A2,
      actors: A2.actors.filter((a) => a.id !== 'ALD'),
      mentions: A2.mentions.filter((m) => m.actor !== 'ALD'),
    };
    await expect(store.writeArticle(withoutAld)).rejects.toThrow(/^article a2: [A-Z]+ relations: 1 refer to an actor that is neither in the facts nor stored$/);
    expect(await store.hasArticle('a2')).toBe(false);
    expect(await store.removeArticle('a1')).toBe(true);
    const [left] = await query('MATCH (n) WHERE n:Actor OR n:Article OR n:Meeting RETURN count(n) AS n');
    expect(Number(left?.n)).toBe(0);
  });

  it('works through a neo4j:// (routing) URI as well as bolt://', async () => {
    const routed = createNeo4jStore({ ...options(), uri: options().uri.replace(/^bolt:/, 'neo4j:') });
    try {
      await routed.init();
      await routed.clear();
      expect(await routed.writeArticle(A2)).toBe('loaded');
      expect((await routed.stats()).relations).toBe(A2.relations.length);
    } finally {
      await routed.close();
    }
  });

  it('retries a lost connection, then gives one clear line', async () => {
    const relay = await relayTo(options().uri);
    const cutOff = createNeo4jStore({ ...options(), uri: relay.uri, maxRetryMs: 2_000 });
    try {
      await cutOff.init();
      relay.cut();
      const started = performance.now();
      const err = await cutOff.writeArticle(A1).catch((e: unknown) => e as Error);
      // The managed transaction kept retrying for maxRetryMs before giving up.
      expect(performance.now() - started).toBeGreaterThanOrEqual(1_500);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as Error).message).toMatch(new RegExp(`^Neo4j at ${relay.uri} is unreachable \\(.+\\): check that the server is running`));
      expect((err as Error).message).not.toContain('\n');
    } finally {
      relay.cut();
      await cutOff.close();
    }
  });

  it('gives one clear line for a wrong password', async () => {
    const opts = { ...options(), password: 'not-the-password' };
    const err = await initError(opts);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err.message).toBe(
      `Neo4j at ${opts.uri} refused the credentials for user ${opts.user}: check NEO4J_USER / NEO4J_PASSWORD`,
    );
  });

  it('gives one clear line for an unreachable port, a malformed URI and an unknown database', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const down = await initError({ ...options(), uri });
    expect(down).toBeInstanceOf(StoreUnavailableError);
    expect(down.message).toMatch(new RegExp(`^Neo4j at ${uri} is unreachable \\(.+\\): check that the server is running`));
    const malformed = await initError({ ...options(), uri: 'http://127.0.0.1:7474' });
    expect(malformed.message).toMatch(/^cannot connect to Neo4j: "http:\/\/127.0.0.1:7474" is not a usable Neo4j URI .*check NEO4J_URI/);
    const nodb = await initError({ ...options(), database: 'no-such-db' });
    expect(nodb.message).toBe(`Neo4j at ${options().uri} has no database "no-such-db": check NEO4J_DATABASE`);
    for (const err of [down, malformed, nodb]) {
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect(err.message).not.toContain('\n');
    }
  });
});
