/**
 * The curation file (`entente.curation.yaml`): hand corrections applied to every article's facts
 * before they are written — extra aliases, corrected names/roles/countries, merges, ignores.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ActorKind } from '../model/schema.ts';
import { UserError } from '../errors.ts';

/** Corrections for one actor, keyed by its id. */
const ActorCorrection = z.strictObject({
  aliases: z.array(z.string().min(1)).optional(),
  name: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  country: z.string().length(3, 'expected an ISO alpha-3 code').optional(),
  kind: ActorKind.optional(),
});
export type ActorCorrection = z.infer<typeof ActorCorrection>;

const Merge = z.strictObject({
  from: z.array(z.string().min(1)).min(1),
  into: z.string().min(1),
});
export type Merge = z.infer<typeof Merge>;

export const Curation = z.strictObject({
  actors: z.record(z.string(), ActorCorrection).default({}),
  /** One merge or a list of them. */
  merge: z
    .union([Merge, z.array(Merge)])
    .default([])
    .transform((m) => (Array.isArray(m) ? m : [m])),
  ignore: z.array(z.string().min(1)).default([]),
});
export type Curation = z.infer<typeof Curation>;

export const EMPTY_CURATION: Curation = { actors: {}, merge: [], ignore: [] };

export const DEFAULT_CURATION_FILE = 'entente.curation.yaml';

/** Validate parsed YAML; the error names the file and the offending key. */
export function parseCuration(data: unknown, file: string): Curation {
  const parsed = Curation.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = formatPath(issue.path);
    const extra = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    throw new UserError(`${file}: ${key || '(top level)'}: ${issue.message}${extra}`);
  }
  checkConsistency(parsed.data, file);
  return parsed.data;
}

/** Read and validate a curation file; messages call it `name`. */
export async function readCuration(location: string, name = location): Promise<Curation> {
  const file = name;
  let text: string;
  try {
    text = await readFile(location, 'utf8');
  } catch (err) {
    throw new UserError(`${file}: cannot read the curation file (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new UserError(`${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  return parseCuration(data, file);
}

/** ./entente.curation.yaml when present, else no curation: what every load applies by default. */
export async function defaultCuration(cwd = process.cwd()): Promise<Curation> {
  const file = path.join(cwd, DEFAULT_CURATION_FILE);
  return existsSync(file) ? readCuration(file, DEFAULT_CURATION_FILE) : EMPTY_CURATION;
}

/** Merges must not chain or loop: an id is merged at most once and never into an ignored id. */
function checkConsistency(c: Curation, file: string): void {
  const seen = new Set<string>();
  c.merge.forEach((m, i) => {
    m.from.forEach((id, j) => {
      if (seen.has(id)) throw new UserError(`${file}: merge[${i}].from[${j}]: "${id}" is merged twice`);
      if (id === m.into) throw new UserError(`${file}: merge[${i}].from[${j}]: "${id}" is merged into itself`);
      seen.add(id);
    });
  });
  c.merge.forEach((m, i) => {
    if (seen.has(m.into)) throw new UserError(`${file}: merge[${i}].into: "${m.into}" is itself merged away`);
    if (c.ignore.includes(m.into)) throw new UserError(`${file}: merge[${i}].into: "${m.into}" is also ignored`);
  });
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
