/** What the Neo4j globalSetup hands to test files through vitest's provide/inject, and shared wording. */

export type Neo4jProvided =
  | {
      available: true;
      uri: string;
      user: string;
      password: string;
      database: string;
      /** Neo4j's HTTP endpoint (Browser at /browser/), known only for a server the setup started. */
      httpUrl?: string;
      /** Where it came from: NEO4J_URI, an already-running local server, or started for this run. */
      origin: 'env' | 'local' | 'started';
      /** A directory private to this test run (the one-file-at-a-time guard lives there). */
      lockDir: string;
    }
  | { available: false; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jProvided;
  }
}

export const NEO4J_HINT =
  'Neo4j not available: run `npm run neo4j` (needs Java 17 and Maven) or `docker compose up -d neo4j`';

/** Under CI nothing may be skipped: a missing Neo4j or Chromium is a failure. */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? '').toLowerCase();
  return v !== '' && v !== 'false' && v !== '0';
}
