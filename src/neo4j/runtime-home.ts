/** Where the Neo4j runtime (jars fetched from Maven Central) lives on this machine, outside the repo. */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Must match `neo4j.version` in tools/neo4j/pom.xml (a test checks they agree). */
export const NEO4J_VERSION = '5.26.30';

/** The pom that names the server, its dependencies and Neo4j Browser. */
export const RUNTIME_POM = fileURLToPath(new URL('../../tools/neo4j/pom.xml', import.meta.url));

export interface RuntimeHome {
  /** Root of the cache for this version, e.g. ~/.cache/entente/neo4j-5.26.30. */
  dir: string;
  /** The jars; the server's classpath is `lib/*`. */
  libDir: string;
}

/** `$ENTENTE_NEO4J_HOME`, else `$XDG_CACHE_HOME/entente/neo4j-<version>`, else `~/.cache/...`. */
export function runtimeHome(env: NodeJS.ProcessEnv = process.env): RuntimeHome {
  const cacheRoot = env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  const dir = path.resolve(env.ENTENTE_NEO4J_HOME || path.join(cacheRoot, 'entente', `neo4j-${NEO4J_VERSION}`));
  return { dir, libDir: path.join(dir, 'lib') };
}

/** True when a previous fetch completed (the lib dir only appears once every jar is in place). */
export function isFetched(home: RuntimeHome): boolean {
  return existsSync(home.libDir) && readdirSync(home.libDir).some((f) => f.startsWith(`neo4j-${NEO4J_VERSION}`));
}
