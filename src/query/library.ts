/**
 * The Cypher query library (cypher/queries/*.cypher): finds the files and reads their header
 * comments — summary, parameters and the `:param` line a user pastes into Neo4j Browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.ts';

export const QUERY_DIR = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

export interface LibraryQuery {
  /** File name without `.cypher`: the name `entente query <name>` takes. */
  name: string;
  file: string;
  /** First line of the header. */
  summary: string;
  /** Parameter names with their descriptions, from the `Parameters:` block. */
  parameters: { name: string; description: string }[];
  /** The map literal of the `// :param {...}` line (Cypher, as Neo4j Browser evaluates it). */
  paramLiteral: string;
  /** The statement itself, without the header. */
  cypher: string;
}

/** Parse one library file; the header is the leading block of `//` lines. */
export function parseQueryFile(file: string, text: string): LibraryQuery {
  const lines = text.split('\n');
  const header: string[] = [];
  let i = 0;
  for (; i < lines.length && (lines[i]!.startsWith('//') || lines[i]!.trim() === ''); i++) {
    if (lines[i]!.startsWith('//')) header.push(lines[i]!.replace(/^\/\/ ?/, ''));
  }
  const cypher = lines.slice(i).join('\n').trim();
  const paramLine = header.find((l) => l.startsWith(':param '));
  if (!header[0] || !paramLine || !cypher) {
    throw new UserError(`${file}: a library query needs a header (summary, Parameters, :param line) and a statement`);
  }
  const parameters: LibraryQuery['parameters'] = [];
  const start = header.findIndex((l) => l.startsWith('Parameters:'));
  for (let j = start + 1; start >= 0 && j < header.length; j++) {
    const m = /^\s+\$(\w+)\s+(.*)$/.exec(header[j]!);
    if (!m) break;
    parameters.push({ name: m[1]!, description: m[2]!.trim() });
  }
  return {
    name: basename(file, '.cypher'),
    file,
    summary: header[0].trim(),
    parameters,
    paramLiteral: paramLine.slice(':param '.length).trim(),
    cypher,
  };
}

/** Every query of the library, sorted by name. */
export function listQueries(dir = QUERY_DIR): LibraryQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseQueryFile(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

export function findQuery(name: string, dir = QUERY_DIR): LibraryQuery {
  const all = listQueries(dir);
  const found = all.find((q) => q.name === name);
  if (!found) {
    throw new UserError(`no library query "${name}"; known: ${all.map((q) => q.name).join(', ')}`);
  }
  return found;
}

/**
 * A `--param k=v` value: JSON when it parses (numbers, lists, null, quoted strings), else the
 * plain string, so `--param actor=donald-trump` and `--param types='["MET"]'` both work.
 */
export function parseParamValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
