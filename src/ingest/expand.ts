/** Turns the CLI's file, directory and glob arguments into a sorted list of article files. */
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../errors.ts';

/** Extensions ingest can read. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.jsonl'] as const;

const isArticle = (file: string): boolean => (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => byPath(a.name, b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(full)));
    else if (e.isFile() && isArticle(full)) files.push(full);
  }
  return files;
}

/** Files named by `inputs`, each argument's files sorted, duplicates dropped; unknown paths are errors. */
export async function expandInputs(inputs: string[]): Promise<(string | InputError)[]> {
  const out: (string | InputError)[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(path.resolve(file))) {
      seen.add(path.resolve(file));
      out.push(file);
    }
  };
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const files = (await glob(input, { onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(input) })).filter(isArticle).sort(byPath);
      if (!files.length) out.push(new InputError(input, 'no article files match'));
      files.forEach(add);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) out.push(new InputError(input, 'no such file or directory'));
    else if (info.isDirectory()) (await walk(input)).forEach(add);
    else add(input);
  }
  return out;
}
