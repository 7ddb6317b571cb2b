/** The shared store contract, unchanged, on the Neo4j adapter against a real Neo4j. */
import type { GraphStore } from '../../src/store/graph-store.ts';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';
import { runStoreContract } from './contract.ts';

async function openStore(): Promise<GraphStore> {
  const { uri, user, password, database } = neo4jConfig();
  const store = createNeo4jStore({ uri, user, password, database });
  await store.init();
  return store;
}

describeNeo4j('Neo4j store', () => {
  runStoreContract('neo4j', openStore);
});
