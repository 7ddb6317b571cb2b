/** Finds the Java 17+ and Maven that the Neo4j runtime needs, or says in one line what is missing. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { UserError } from '../errors.ts';

export const MIN_JAVA = 17;

export interface Toolchain {
  java: string;
  javaVersion: number;
  mvn: string;
}

/** The feature release of `java -version` output ("17.0.15" → 17, "1.8.0" → 8), or undefined. */
export function parseJavaVersion(output: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

function run(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return undefined;
  return `${r.stdout}${r.stderr}`;
}

/** Problems with the machine's Java and Maven, one message each; empty when both are usable. */
export function toolchainProblems(
  opts: { needMaven?: boolean; env?: NodeJS.ProcessEnv } = {},
): { problems: string[]; toolchain?: Toolchain } {
  const { needMaven = true, env = process.env } = opts;
  const problems: string[] = [];
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const out = run(java, ['-version']);
  const javaVersion = out === undefined ? undefined : parseJavaVersion(out);
  if (javaVersion === undefined) problems.push(`no Java found (${java}); install Java ${MIN_JAVA} (Debian: apt-get install openjdk-17-jre-headless)`);
  else if (javaVersion < MIN_JAVA) problems.push(`Java ${javaVersion} found, Neo4j 5.26 needs Java ${MIN_JAVA} or 21`);
  const mvn = 'mvn';
  if (needMaven && run(mvn, ['-v']) === undefined) problems.push('no Maven found (mvn); install it (Debian: apt-get install maven)');
  if (problems.length || javaVersion === undefined) return { problems };
  return { problems, toolchain: { java, javaVersion, mvn } };
}

/** The toolchain, or a UserError naming everything that is missing. Maven is only needed to fetch. */
export function requireToolchain(opts: { needMaven?: boolean; env?: NodeJS.ProcessEnv } = {}): Toolchain {
  const { problems, toolchain } = toolchainProblems(opts);
  if (!toolchain) throw new UserError(`cannot run Neo4j: ${problems.join('; ')}`);
  return toolchain;
}
