/**
 * For *.neo4j.test.ts files: the Neo4j the globalSetup found or started, and `describeNeo4j`, which
 * skips with one line on a machine without Neo4j, fails under CI, and checks that no two Neo4j test
 * files run at once (Community has one database).
 */
import { closeSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { isCI, type Neo4jProvided } from './neo4j-provided.ts';

export { NEO4J_HINT } from './neo4j-provided.ts';
export type Neo4jTestConfig = Extract<Neo4jProvided, { available: true }>;

function provided(): Neo4jProvided {
  const p = inject('neo4j');
  if (!p) {
    return { available: false, reason: 'no Neo4j was provided: name the test file *.neo4j.test.ts so it runs in the neo4j project' };
  }
  return p;
}

export function neo4jAvailable(): boolean {
  return provided().available;
}

/** Connection settings (uri, user, password, database, httpUrl); throws when there is no Neo4j. */
export function neo4jConfig(): Neo4jTestConfig {
  const p = provided();
  if (!p.available) throw new Error(`Neo4j not available: ${p.reason}`);
  return p;
}

// Held from the first describeNeo4j's beforeAll to the last afterAll of this file.
let holders = 0;
let lockPath: string | undefined;

function acquire(lockDir: string): void {
  if (holders++ > 0) return;
  lockPath = path.join(lockDir, 'neo4j-test-file.lock');
  try {
    closeSync(openSync(lockPath, 'wx'));
  } catch {
    holders = 0;
    lockPath = undefined;
    throw new Error('another *.neo4j.test.ts file is running at the same time: the neo4j project in vitest.config.ts must keep its single fork');
  }
}

function release(): void {
  if (--holders > 0 || !lockPath) return;
  rmSync(lockPath, { force: true });
  lockPath = undefined;
}

/** `describe` for tests that need Neo4j. */
export function describeNeo4j(name: string, fn: () => void): void {
  const p = provided();
  if (p.available) {
    describe(name, () => {
      beforeAll(() => acquire(p.lockDir));
      afterAll(release);
      fn();
    });
  } else if (isCI()) {
    describe(name, () => {
      it('needs Neo4j (CI=true: missing Neo4j is a failure)', () => {
        throw new Error(`Neo4j not available: ${p.reason}`);
      });
    });
  } else {
    // The globalSetup already printed the one-line hint for the run.
    describe.skip(name, fn);
  }
}
