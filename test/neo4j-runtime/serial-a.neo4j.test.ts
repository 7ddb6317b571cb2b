/** With serial-b.neo4j.test.ts: proves Neo4j test files never overlap (describeNeo4j's guard would throw). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';

describeNeo4j('one Neo4j test file at a time (a)', () => {
  it('holds the run-wide guard while it runs, long enough for an overlap to show', async () => {
    const guard = path.join(neo4jConfig().lockDir, 'neo4j-test-file.lock');
    expect(existsSync(guard)).toBe(true);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(existsSync(guard)).toBe(true);
  });
});
