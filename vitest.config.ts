/**
 * Test runner configuration. Three projects under one `npm test`:
 * - unit: everything else, files in parallel;
 * - neo4j: *.neo4j.test.ts, against a real Neo4j (test/support/neo4j-global-setup.ts), ONE FILE AT A
 *   TIME (a single fork) because Neo4j Community has a single database (describeNeo4j checks this holds);
 * - browser: *.browser.test.ts, in real headless Chromium (test/support/chromium.ts).
 * A browser test that also needs Neo4j is named *.browser.neo4j.test.ts and runs in the neo4j project.
 */
import { configDefaults, defineConfig } from 'vitest/config';

const NEO4J = 'test/**/*.neo4j.test.ts';
const BROWSER = 'test/**/*.browser.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, NEO4J, BROWSER] } },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: [NEO4J],
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          // One worker process runs the files one after another (vitest 3 has no per-project fileParallelism).
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
      { extends: true, test: { name: 'browser', include: [BROWSER], exclude: [...configDefaults.exclude, NEO4J] } },
    ],
  },
});
