/**
 * The shared store contract, unchanged, on the Neo4j adapter against a real Neo4j: as configured
 * by default, and with tiny transactions three at a time, so that every multi-article write in the
 * contract goes through concurrent chunk writes.
 */
import type { GraphStore } from '../../src/store/graph-store.ts';
import { createNeo4jStore, type Neo4jOptions } from '../../src/store/neo4j/neo4j-store.ts';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';
import { runStoreContract } from './contract.ts';

function opener(extra: Partial<Neo4jOptions>): () => Promise<GraphStore> {
  return async () => {
    const { uri, user, password, database } = neo4jConfig();
    const store = createNeo4jStore({ uri, user, password, database, ...extra });
    await store.init();
    return store;
  };
}

describeNeo4j('Neo4j store', () => {
  runStoreContract('neo4j', opener({}));
  runStoreContract('neo4j, three writers, one-article transactions', opener({ writers: 3, chunkRows: 1 }));
});
