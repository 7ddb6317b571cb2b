/** Starts Neo4j Community (org.neo4j.server.CommunityEntryPoint) as a child process and stops it cleanly. */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, closeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { waitForBolt } from './bolt-probe.ts';
import { confDir, JVM_FLAGS, prepareHome, type ServerSettings } from './server-config.ts';
import type { RuntimeHome } from './runtime-home.ts';

export interface LaunchOptions extends ServerSettings {
  java: string;
  home: RuntimeHome;
  /** 'inherit': the server log goes to our terminal; a path: it is appended to that file. */
  output: 'inherit' | string;
  startTimeoutMs?: number;
}

export interface RunningNeo4j {
  boltUri: string;
  httpUrl: string;
  pid: number;
  /** Resolves with the exit code once the JVM has gone. */
  exited: Promise<number | null>;
  /** SIGTERM (Neo4j checkpoints and shuts down), SIGKILL if it takes longer than `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Rejects with a UserError if something already listens on 127.0.0.1:port. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () => reject(new UserError(`port ${port} (${what}) is already in use on 127.0.0.1: stop that process or pick another port (--port, --http-port)`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** A port the OS says is free on 127.0.0.1 right now (the server binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function launchNeo4j(o: LaunchOptions): Promise<RunningNeo4j> {
  await assertPortFree(o.boltPort, 'Bolt');
  await assertPortFree(o.httpPort, 'HTTP');
  prepareHome(o, o.home, o.java);
  const logFd = o.output === 'inherit' ? undefined : openSync(o.output, 'a');
  const child = spawn(
    o.java,
    [...JVM_FLAGS, '-cp', path.join(o.home.libDir, '*'), 'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${o.dataDir}`, `--config-dir=${confDir(o.dataDir)}`, '--console-mode'],
    { stdio: logFd === undefined ? ['ignore', 'inherit', 'inherit'] : ['ignore', logFd, logFd] },
  );
  if (logFd !== undefined) closeSync(logFd);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // If we exit without stopping it (Ctrl-C in vitest, an uncaught error), the JVM still shuts down.
  const orphanGuard = () => child.kill('SIGTERM');
  process.once('exit', orphanGuard);
  let dead = false;
  void exited.then(() => {
    dead = true;
    process.off('exit', orphanGuard);
  });

  const boltUri = `bolt://127.0.0.1:${o.boltPort}`;
  const running: RunningNeo4j = {
    boltUri,
    httpUrl: `http://127.0.0.1:${o.httpPort}`,
    pid: child.pid ?? -1,
    exited,
    stop: (graceMs = 30_000) => stopChild(child, exited, graceMs),
  };
  try {
    const status = await waitForBolt(
      { uri: boltUri, user: 'neo4j', password: o.password },
      { timeoutMs: o.startTimeoutMs ?? 120_000, isDead: () => dead },
    );
    if (status === 'unauthorized') {
      throw new UserError(
        `Neo4j in ${o.dataDir} was set up with another password than NEO4J_PASSWORD: use that one, or delete ${o.dataDir} to start afresh`,
      );
    }
  } catch (err) {
    await running.stop(10_000);
    if (err instanceof UserError) throw err;
    throw new UserError(`Neo4j did not start: ${(err as Error).message}${logTail(o.output)}`);
  }
  return running;
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

function logTail(output: string): string {
  if (output === 'inherit') return '';
  try {
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n').slice(-15);
    return `\n--- last lines of ${output} ---\n${lines.join('\n')}`;
  } catch {
    return '';
  }
}
