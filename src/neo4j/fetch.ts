/** Downloads Neo4j Community and its dependencies from Maven Central with `mvn`, into the runtime cache. */
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { isFetched, NEO4J_VERSION, RUNTIME_POM, type RuntimeHome } from './runtime-home.ts';
import type { Toolchain } from './toolchain.ts';

export interface FetchResult {
  /** False when the cache already held this version. */
  downloaded: boolean;
  ms: number;
}

/**
 * Copies every runtime jar into `<home>/lib`. Maven keeps its own cache (~/.m2), so a second fetch
 * into a new home is quick. The jars land in a private dir first and are renamed into place, so an
 * interrupted or concurrent fetch never leaves a half-filled lib dir.
 */
export async function fetchNeo4j(
  home: RuntimeHome,
  toolchain: Toolchain,
  log: (line: string) => void = () => {},
): Promise<FetchResult> {
  const started = Date.now();
  if (isFetched(home)) return { downloaded: false, ms: 0 };
  mkdirSync(home.dir, { recursive: true });
  const partial = path.join(home.dir, `lib.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  log(`fetching Neo4j ${NEO4J_VERSION} Community from Maven Central into ${home.dir} (first time only, under a minute)`);
  const args = [
    '-B', '--no-transfer-progress', '-f', RUNTIME_POM,
    'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${partial}`,
  ];
  const { code, output } = await runMaven(toolchain.mvn, args);
  if (code !== 0) {
    rmSync(partial, { recursive: true, force: true });
    const tail = output.split('\n').filter((l) => l.includes('ERROR')).slice(0, 5).join('\n');
    throw new UserError(`mvn could not fetch Neo4j (exit ${code}):\n${tail || output.slice(-2000)}`);
  }
  try {
    renameSync(partial, home.libDir);
  } catch (err) {
    // Another process finished first: its lib dir is as good as ours.
    rmSync(partial, { recursive: true, force: true });
    if (!isFetched(home)) throw err;
  }
  return { downloaded: true, ms: Date.now() - started };
}

function runMaven(mvn: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
