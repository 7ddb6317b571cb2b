/**
 * Runs arbitrary Cypher from the query library (cypher/queries) and returns plain rows. The
 * library's statements are the project's own files; their inputs always travel as parameters.
 */
import { createDriver, unavailable, verify, type Neo4jOptions } from './connection.ts';
import { toPlain } from './values.ts';

export type Row = Record<string, unknown>;

export interface CypherRunner {
  run(query: string, params?: Record<string, unknown>): Promise<Row[]>;
  close(): Promise<void>;
}

export async function createCypherRunner(options: Neo4jOptions): Promise<CypherRunner> {
  const driver = createDriver(options);
  try {
    await verify(driver, options);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return {
    async run(query, params = {}) {
      try {
        const { records } = await driver.executeQuery(query, params, { database: options.database });
        return records.map((record) => toPlain(record.toObject()) as Row);
      } catch (err) {
        throw unavailable(err, options) ?? err;
      }
    },
    close: () => driver.close(),
  };
}
