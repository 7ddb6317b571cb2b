/**
 * The boundary between driver values and plain JS: neo4j Integers and temporal values become
 * numbers and ISO strings on the way out, whole numbers become neo4j Integers on the way in.
 * Nothing shaped by the driver leaves the adapter.
 */
import neo4j from 'neo4j-driver';

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** Convert a value read from Neo4j into plain JS (recursively through lists and maps). */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (isTemporal(value)) return value.toString();
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value as Plain;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/** A map of properties read from Neo4j, with its null/absent entries dropped. */
export function plainProps(value: unknown): Record<string, unknown> {
  const plain = toPlain(value);
  const out: Record<string, unknown> = {};
  if (plain && typeof plain === 'object' && !Array.isArray(plain)) {
    for (const [k, v] of Object.entries(plain)) if (v !== null) out[k] = v;
  }
  return out;
}

/** A whole number as a neo4j Integer, so it is stored as INTEGER rather than FLOAT. */
export function int(n: number): unknown {
  return neo4j.int(n);
}

/** Properties for a node or relationship: undefined entries dropped (SET n = $props). */
export function props(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}
