/** `entente neo4j`: fetch Neo4j 5.26 Community from Maven Central (once) and run it on 127.0.0.1. */
import path from 'node:path';
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { UserError } from '../../errors.ts';
import { fetchNeo4j } from '../../neo4j/fetch.ts';
import { launchNeo4j } from '../../neo4j/launch.ts';
import { NEO4J_VERSION, runtimeHome } from '../../neo4j/runtime-home.ts';
import { requireToolchain } from '../../neo4j/toolchain.ts';

interface Neo4jFlags {
  fetchOnly?: boolean;
  data: string;
  port: number;
  httpPort: number;
}

const port = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UserError(`--${name}: expected a port 1-65535, got "${v}"`);
  return n;
};

const say = (line: string) => process.stderr.write(`entente neo4j: ${line}\n`);

async function run(flags: Neo4jFlags): Promise<void> {
  const config = readConfig();
  const home = runtimeHome();
  const toolchain = requireToolchain();
  const fetched = await fetchNeo4j(home, toolchain, say);
  if (fetched.downloaded) say(`fetched in ${(fetched.ms / 1000).toFixed(1)} s`);
  if (flags.fetchOnly) {
    say(`Neo4j ${NEO4J_VERSION} is in ${home.libDir}`);
    return;
  }
  const dataDir = path.resolve(flags.data);
  const started = Date.now();
  say(`starting Neo4j ${NEO4J_VERSION} Community with data in ${dataDir}`);
  const server = await launchNeo4j({
    dataDir, boltPort: flags.port, httpPort: flags.httpPort, password: config.NEO4J_PASSWORD,
    java: toolchain.java, home, output: 'inherit',
  });
  const stop = () => void server.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(
    [
      '',
      `Neo4j ${NEO4J_VERSION} Community is ready (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  Bolt     ${server.boltUri}   (export NEO4J_URI=${server.boltUri})`,
      `  Browser  ${server.httpUrl}/browser/`,
      `  user neo4j, password from NEO4J_PASSWORD${process.env.NEO4J_PASSWORD ? '' : ' (default entente-dev)'}`,
      '  Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  const code = await server.exited;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  // Exit 143/130 are the JVM's answers to our SIGTERM / the terminal's SIGINT: a clean stop.
  if (code !== 0 && code !== 143 && code !== 130 && code !== null) throw new UserError(`Neo4j exited with code ${code}`);
  say('stopped');
}

export function register(program: Command): void {
  program
    .command('neo4j')
    .description('run Neo4j 5.26 Community on 127.0.0.1 (fetched once from Maven Central; needs Java 17 and Maven)')
    .option('--fetch-only', 'download Neo4j into the cache and exit')
    .option('--data <dir>', 'Neo4j home for databases, logs and conf', '.neo4j')
    .option('--port <port>', 'Bolt port', port('port'), 7687)
    .option('--http-port <port>', 'HTTP port (Neo4j Browser)', port('http-port'), 7474)
    .action((flags: Neo4jFlags) => run(flags));
}
