/**
 * Reads cypher/schema.cypher and applies it statement by statement: schema commands cannot share
 * a transaction with each other, and every statement in the file is idempotent (IF NOT EXISTS).
 */
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';

export const SCHEMA_FILE = new URL('../../../cypher/schema.cypher', import.meta.url);

/**
 * Split a Cypher script into statements on `;`, ignoring semicolons inside comments (line and
 * block) and inside string literals or backtick-quoted names. Comments are dropped.
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (ch === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
    } else if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? script.length : end + 2;
      current += ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < script.length && script[j] !== ch) j += script[j] === '\\' && ch !== '`' ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
    } else if (ch === ';') {
      statements.push(current);
      current = '';
      i += 1;
    } else {
      current += ch;
      i += 1;
    }
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The name a `CREATE CONSTRAINT|INDEX name IF NOT EXISTS` statement gives, if it names one. */
export function schemaName(statement: string): string | undefined {
  return /^CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS/i.exec(statement)?.[1];
}

/**
 * Apply the statements of the schema file to `database`, then wait for indexes to come online.
 * Statements whose constraint or index already exists are skipped (IF NOT EXISTS would make
 * them no-ops anyway): a second init() costs one round trip instead of one per statement.
 */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  const statements = splitStatements(await readFile(SCHEMA_FILE, 'utf8'));
  const listed = await Promise.all(
    ['SHOW INDEXES YIELD name', 'SHOW CONSTRAINTS YIELD name'].map((q) => driver.executeQuery(q, {}, { database })),
  );
  const existing = new Set(listed.flatMap((l) => l.records.map((r) => r.get('name') as string)));
  const missing = statements.filter((s) => !existing.has(schemaName(s) ?? ''));
  for (const statement of missing) await driver.executeQuery(statement, {}, { database });
  if (missing.length > 0) await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
