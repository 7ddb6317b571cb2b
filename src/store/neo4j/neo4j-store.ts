/**
 * The Neo4j adapter of the GraphStore seam: one driver per store, reads through
 * `driver.executeQuery`, writes in managed transactions (retried on transient errors), schema
 * from cypher/schema.cypher at init(). Failures to reach the server become one-line
 * StoreUnavailableErrors; driver types stay inside this folder.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ArticleFacts } from '../../model/schema.ts';
import type { GraphStore, WriteOutcome } from '../graph-store.ts';
import { checkFactsShape } from '../check-facts.ts';
import { createDriver, rejected, unavailable, verify, type Neo4jOptions } from './connection.ts';
import * as reads from './read-queries.ts';
import { getGraph } from './read-graph.ts';
import { applySchema } from './schema-file.ts';
import { deleteArticleFacts, deleteOrphans, writeChunk } from './write-facts.ts';
import { CHUNK_LIMITS, chunkBatch } from './write-rows.ts';
import { writeChunks } from './chunk-writers.ts';

export type { Neo4jOptions } from './connection.ts';

/**
 * clear() removes the nodes of the labels the store owns and nothing else in the database:
 * relationships first, in batches (a batch of dense actors detached at once can exceed the
 * server's transaction memory), then the nodes.
 */
const CLEAR_BATCHES = [
  `MATCH (n)-[r]->() WHERE n:Actor OR n:Article OR n:Meeting
   CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`,
  `MATCH (n) WHERE n:Actor OR n:Article OR n:Meeting
   CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS`,
];

/** Write transactions in flight in a bulk write; more than the server's cores gains nothing. */
export const DEFAULT_WRITERS = 2;

export function createNeo4jStore(options: Neo4jOptions): GraphStore {
  let driver: Driver | null = null;
  const connect = (): Driver => (driver ??= createDriver(options));

  /** Run an operation, turning availability failures into one-line errors. */
  async function guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (err) {
      throw unavailable(err, options) ?? err;
    }
  }

  const read: reads.Read = (query, params = {}) =>
    guard(async () => {
      const result = await connect().executeQuery(query, params, {
        database: options.database,
        routing: neo4j.routing.READ,
      });
      return result.records;
    });

  /** One managed write transaction: committed whole, retried on transient errors. */
  const write = <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> =>
    guard(async () => {
      const session = connect().session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    });

  /**
   * Check every article first, then write chunks of whole articles, one transaction each, with
   * up to `writers` transactions in flight (the server runs each on one core).
   */
  async function writeArticles(batch: ArticleFacts[]): Promise<WriteOutcome[]> {
    const chunks = chunkBatch(batch.map(checkFactsShape), { ...CHUNK_LIMITS, rows: options.chunkRows ?? CHUNK_LIMITS.rows });
    const outcomes = await writeChunks(chunks, options.writers ?? DEFAULT_WRITERS, async (i, alone) => {
      const chunk = chunks[i]!.facts;
      try {
        return await write((tx) => writeChunk(tx, chunk, { alone }));
      } catch (err) {
        throw rejected(err, chunk) ?? err;
      }
    });
    return outcomes.flat();
  }

  return {
    description: `neo4j ${options.uri} (db ${options.database})`,

    async init() {
      const d = connect();
      await verify(d, options);
      await guard(() => applySchema(d, options.database));
    },

    async close() {
      const d = driver;
      driver = null;
      await d?.close();
    },

    async writeArticle(facts) {
      const [outcome] = await writeArticles([facts]);
      return outcome!;
    },
    writeArticles,

    removeArticle: (id) =>
      write(async (tx) => {
        const found = await tx.run('MATCH (ar:Article {id: $id}) RETURN ar.id AS id', { id });
        if (found.records.length === 0) return false;
        await deleteOrphans(tx, await deleteArticleFacts(tx, [id]));
        return true;
      }),

    clear: () =>
      guard(async () => {
        // CALL ... IN TRANSACTIONS needs an auto-commit transaction: a big graph is deleted in batches.
        const session = connect().session({ database: options.database });
        try {
          for (const statement of CLEAR_BATCHES) await session.run(statement);
        } finally {
          await session.close();
        }
      }),

    hasArticle: (id) => reads.hasArticle(read, id),
    getArticle: (id) => reads.getArticle(read, id),
    listArticles: () => reads.listArticles(read),
    getGraph: (filter) => getGraph(read, filter),
    searchActors: (q, limit) => reads.searchActors(read, q, limit),
    getActor: (id) => reads.getActor(read, id),
    listRelations: (filter) => reads.listRelations(read, filter),
    listMeetings: (filter) => reads.listMeetings(read, filter),
    shortestPath: (from, to, maxDepth) => reads.shortestPath(read, from, to, maxDepth),
    stats: () => reads.stats(read),
    snapshot: () => reads.snapshot(read),
  };
}
