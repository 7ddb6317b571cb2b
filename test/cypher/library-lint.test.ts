/**
 * Lints every .cypher file of the repo with Neo4j's own language support (syntax and
 * semantics), and checks each library query documents what Neo4j Browser users need.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/model/schema.ts';
import { listQueries } from '../../src/query/library.ts';

// The package's ESM build has extensionless imports that Node cannot resolve; its CJS build works.
const require = createRequire(import.meta.url);
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as {
  lintCypherQuery: (query: string, schema: object) => { severity: number; message: string }[];
};

const SCHEMA = {
  labels: ['Actor', 'Person', 'Country', 'Organization', 'Group', 'Article', 'Meeting'],
  relationshipTypes: [...RELATION_TYPES, 'MENTIONS', 'ATTENDED', 'REPORTED_IN', 'REPRESENTS'],
};

const queries = listQueries();

describe('the Cypher query library', () => {
  it('has at least twelve queries, each with a summary, parameters and a :param line', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const q of queries) {
      const text = readFileSync(q.file, 'utf8');
      expect(q.summary.length, q.name).toBeGreaterThan(10);
      expect(text, q.name).toMatch(/^\/\/ Answers: /m);
      expect(text, q.name).toMatch(/^\/\/ Example answer:/m);
      expect(q.paramLiteral, q.name).toMatch(/^\{.*\}$/);
      for (const p of q.parameters) expect(q.paramLiteral, `${q.name}: $${p.name} in :param`).toContain(`${p.name}:`);
    }
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s lints clean against the graph model', (_name, q) => {
    const parameters = Object.fromEntries(q.parameters.map((p) => [p.name, 'x']));
    const diagnostics = lintCypherQuery(readFileSync(q.file, 'utf8'), { ...SCHEMA, parameters });
    expect(diagnostics.map((d) => d.message)).toEqual([]);
  });

  it('catches what it should: an undocumented parameter and an unknown relationship type', () => {
    const diagnostics = lintCypherQuery('MATCH (a:Actor)-[:PRAISED]->(b) WHERE a.id = $who RETURN b', SCHEMA);
    const messages = diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/\$who/);
    expect(messages).toMatch(/PRAISED/);
  });

  it('schema.cypher lints clean', () => {
    const schemaFile = readdirSync('cypher').find((f) => f === 'schema.cypher');
    expect(schemaFile).toBe('schema.cypher');
    expect(lintCypherQuery(readFileSync('cypher/schema.cypher', 'utf8'), SCHEMA).map((d) => d.message)).toEqual([]);
  });
});
