/**
 * `entente query <name>`: runs a query of the Cypher library against Neo4j and prints a table
 * (or JSON). Cypher needs Neo4j: on the embedded store it says so, and how to start one.
 */
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { UserError } from '../../errors.ts';
import { findQuery, listQueries, parseParamValue } from '../../query/library.ts';
import { runLibraryQuery } from '../../query/run-library-query.ts';
import { createCypherRunner } from '../../store/neo4j/cypher-runner.ts';
import { neo4jOptions } from '../../store/open-store.ts';
import { formatTable } from '../format-table.ts';

function collectParam(raw: string, acc: Record<string, unknown>): Record<string, unknown> {
  const eq = raw.indexOf('=');
  if (eq <= 0) throw new UserError(`--param expects key=value, got "${raw}"`);
  return { ...acc, [raw.slice(0, eq)]: parseParamValue(raw.slice(eq + 1)) };
}

export function register(program: Command): void {
  program
    .command('query')
    .description('run a query of the Cypher library (cypher/queries) against Neo4j')
    .argument('[name]', 'query name; omit it with --list to see them all')
    .option('-p, --param <key=value>', 'a parameter (JSON or plain string); repeat for more', collectParam, {})
    .option('--list', 'list the library queries and their parameters')
    .option('--json', 'print the rows as JSON')
    .action(async (name: string | undefined, opts: { param: Record<string, unknown>; list?: boolean; json?: boolean }) => {
      if (opts.list || !name) {
        for (const q of listQueries()) {
          const params = q.parameters.map((p) => `$${p.name}`).join(' ');
          process.stdout.write(`${q.name.padEnd(22)} ${q.summary}${params ? `\n${''.padEnd(22)} params: ${params}` : ''}\n`);
        }
        return;
      }
      const query = findQuery(name);
      const config = readConfig();
      if (!config.NEO4J_URI) {
        throw new UserError(
          'Cypher queries need Neo4j, and NEO4J_URI is not set (the embedded store has no Cypher): ' +
            'start one with `npm run neo4j` (or `docker compose up -d neo4j`) and set NEO4J_URI=bolt://127.0.0.1:7687',
        );
      }
      const runner = await createCypherRunner(neo4jOptions(config, config.NEO4J_URI));
      try {
        const rows = await runLibraryQuery(runner, query, opts.param);
        process.stdout.write(opts.json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatTable(rows)}\n`);
      } finally {
        await runner.close();
      }
    });
}
