/** Runs the real `entente` CLI as a child process with a chosen environment (store, cwd). */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEEDS = path.resolve(ROOT, '../shared/corpus/seeds');
const BIN = path.join(ROOT, 'bin/entente.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment for the embedded store in `dataDir` (NEO4J_URI removed), or for Neo4j by its variables. */
export function storeEnv(store: { dataDir: string } | Record<string, string>): NodeJS.ProcessEnv {
  const { NEO4J_URI: _uri, ...rest } = process.env;
  return 'dataDir' in store ? { ...rest, ENTENTE_DATA_DIR: store.dataDir } : { ...rest, ...store };
}

export function entente(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** `entente load ... --json` and its parsed summary. */
export async function loadJson(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<CliResult & { summary: Record<string, any> }> {
  const r = await entente(['load', ...args, '--json'], env, cwd);
  let summary: Record<string, any>;
  try {
    summary = JSON.parse(r.stdout);
  } catch {
    throw new Error(`entente load printed no JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  return { ...r, summary };
}

/** Start the CLI without waiting, for tests that interrupt it. */
export function spawnEntente(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}
