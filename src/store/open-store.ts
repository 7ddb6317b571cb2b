/**
 * Picks the store from the configuration: Neo4j when NEO4J_URI is set, else the embedded store
 * under ENTENTE_DATA_DIR. The only place that knows both adapters.
 */
import type { Config } from '../config.ts';
import type { GraphStore } from './graph-store.ts';
import { createEmbeddedStore } from './embedded/embedded-store.ts';
import { createNeo4jStore } from './neo4j/neo4j-store.ts';
import type { Neo4jOptions } from './neo4j/connection.ts';

/** The Neo4j connection settings of the configuration. */
export function neo4jOptions(config: Config, uri: string): Neo4jOptions {
  return { uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE };
}

export async function openStore(config: Config): Promise<GraphStore> {
  const store = config.NEO4J_URI
    ? createNeo4jStore(neo4jOptions(config, config.NEO4J_URI))
    : createEmbeddedStore({ dataDir: config.ENTENTE_DATA_DIR });
  try {
    await store.init();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}
