/**
 * Vitest globalSetup of the `neo4j` project: finds a Neo4j for the *.neo4j.test.ts files (NEO4J_URI,
 * else one already on 127.0.0.1:7687, else one it starts from the `entente neo4j` runtime) and
 * stops only what it started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../src/config.ts';
import { probeBolt } from '../../src/neo4j/bolt-probe.ts';
import { fetchNeo4j } from '../../src/neo4j/fetch.ts';
import { freePort, launchNeo4j, type RunningNeo4j } from '../../src/neo4j/launch.ts';
import { isFetched, runtimeHome } from '../../src/neo4j/runtime-home.ts';
import { toolchainProblems } from '../../src/neo4j/toolchain.ts';
import { isCI, NEO4J_HINT, type Neo4jProvided } from './neo4j-provided.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = readConfig();
  const runDir = mkdtempSync(path.join(tmpdir(), 'entente-neo4j-tests-'));
  const base = { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, lockDir: runDir };
  let server: RunningNeo4j | undefined;
  let provided: Neo4jProvided;

  const local = 'bolt://127.0.0.1:7687';
  const candidate = config.NEO4J_URI ?? local;
  const status = await probeBolt({ uri: candidate, user: base.user, password: base.password });
  if (status === 'ready') {
    const httpUrl = await browserUrl(candidate);
    provided = { available: true, ...base, uri: candidate, httpUrl, origin: config.NEO4J_URI ? 'env' : 'local' };
  } else if (config.NEO4J_URI) {
    provided = { available: false, reason: `NEO4J_URI=${candidate} is ${status} with user ${base.user} and NEO4J_PASSWORD` };
  } else {
    const home = runtimeHome();
    const { problems, toolchain } = toolchainProblems({ needMaven: !isFetched(home) });
    if (!toolchain) {
      provided = { available: false, reason: problems.join('; ') };
    } else {
      try {
        await fetchNeo4j(home, toolchain, (line) => process.stderr.write(`[neo4j] ${line}\n`));
        const [boltPort, httpPort] = [await freePort(), await freePort()];
        server = await launchNeo4j({
          dataDir: path.join(runDir, 'home'), boltPort, httpPort, password: base.password,
          java: toolchain.java, home, output: path.join(runDir, 'neo4j.log'),
        });
        provided = { available: true, ...base, database: 'neo4j', uri: server.boltUri, httpUrl: server.httpUrl, origin: 'started' };
      } catch (err) {
        provided = { available: false, reason: (err as Error).message };
      }
    }
  }
  if (!provided.available) {
    // One line for the whole run; under CI every Neo4j test fails with the reason instead.
    process.stderr.write(isCI() ? `Neo4j not available (CI): ${provided.reason}\n` : `${NEO4J_HINT} (${provided.reason})\n`);
  }
  project.provide('neo4j', provided);

  return async () => {
    await server?.stop();
    rmSync(runDir, { recursive: true, force: true });
  };
}

/**
 * Where a reused server serves Neo4j Browser: NEO4J_HTTP_URL, else port 7474 of the Bolt host
 * when it answers there (a server we start reports its own HTTP address).
 */
async function browserUrl(boltUri: string): Promise<string | undefined> {
  const url = process.env.NEO4J_HTTP_URL || `http://${new URL(boltUri).hostname}:7474`;
  try {
    const res = await fetch(new URL('/browser/', url), { signal: AbortSignal.timeout(3000) });
    return res.ok ? url : undefined;
  } catch {
    return undefined;
  }
}
