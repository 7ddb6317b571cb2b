/**
 * Runs a library query the way Neo4j Browser would: the file's `:param` map is evaluated by the
 * server to give the defaults, the caller's parameters override them, then the statement runs.
 */
import type { CypherRunner, Row } from '../store/neo4j/cypher-runner.ts';
import type { LibraryQuery } from './library.ts';

export async function runLibraryQuery(
  runner: CypherRunner,
  query: LibraryQuery,
  overrides: Record<string, unknown> = {},
): Promise<Row[]> {
  // The literal comes from the repo's own query file, never from user input.
  const [defaults] = await runner.run(`RETURN ${query.paramLiteral} AS p`);
  const params = { ...((defaults?.p as Record<string, unknown> | undefined) ?? {}), ...overrides };
  return runner.run(query.cypher.replace(/;\s*$/, ''), params);
}
