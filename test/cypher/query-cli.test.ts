/** `entente query` without Neo4j: the query list works, a query says in one line that Cypher needs Neo4j. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entente, storeEnv } from '../support/run-cli.ts';

describe('entente query on the embedded store', () => {
  const env = storeEnv({ dataDir: mkdtempSync(path.join(tmpdir(), 'entente-query-')) });

  it('lists the library with parameters', async () => {
    const r = await entente(['query', '--list'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^stances-toward\s+Who criticised/m);
    expect(r.stdout).toMatch(/params: \$target \$types/);
  });

  it('explains in one line that Cypher needs Neo4j and how to start one', async () => {
    const r = await entente(['query', 'who-met-whom'], env);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/need Neo4j.*npm run neo4j.*docker compose up/);
  });

  it('names the known queries when the name is wrong', async () => {
    const r = await entente(['query', 'no-such-query'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no library query "no-such-query"; known: .*who-met-whom/);
  });
});
