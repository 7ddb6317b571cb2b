/**
 * Ingest: reads article files of every supported format into cleaned RawArticles, one at a time,
 * yielding an InputError for a bad file or line instead of stopping.
 */
import path from 'node:path';
import type { ArticleMeta } from '../extract/doc.ts';
import { InputError } from '../errors.ts';
import { readText } from './decode.ts';
import { dateInText } from './dates.ts';
import { expandInputs } from './expand.ts';
import { parseHtml } from './html.ts';
import { parseJson, parseJsonLines } from './json.ts';
import { createRawArticle, type RawArticle } from './raw-article.ts';
import { parseTxt } from './txt.ts';

export type { RawArticle } from './raw-article.ts';
export { contentId } from './raw-article.ts';
export { cleanText, removeBoilerplate } from './boilerplate.ts';

export interface ReadOptions {
  /** Date for articles whose file and text give none (YYYY-MM-DD). */
  date?: string;
}

type Parsed = { text: string; meta: ArticleMeta; line?: number };

function parseFile(file: string, raw: string): (Parsed | InputError)[] {
  switch (path.extname(file).toLowerCase()) {
    case '.html':
    case '.htm':
      return [parseHtml(raw)];
    case '.json':
      return parseJson(file, raw);
    case '.jsonl':
      return parseJsonLines(file, raw);
    default:
      return [parseTxt(raw)];
  }
}

/** Fills in the date (text dateline, else the option) and the file, and hashes the cleaned text. */
function finish(file: string, parsed: Parsed, opts: ReadOptions): RawArticle | InputError {
  if (!parsed.text.trim()) return new InputError(file, 'no article text left after removing page boilerplate', parsed.line);
  const meta: ArticleMeta = { file, ...parsed.meta };
  if (!meta.date) {
    const inText = dateInText(parsed.text);
    if (inText) Object.assign(meta, { date: inText, dateSource: 'text' });
    else if (opts.date) Object.assign(meta, { date: opts.date, dateSource: 'option' });
  }
  return createRawArticle(parsed.text, meta);
}

/** Articles (or errors) from files, directories (recursive, sorted) and globs, in a stable order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncIterable<RawArticle | InputError> {
  for (const file of await expandInputs(paths)) {
    if (file instanceof InputError) {
      yield file;
      continue;
    }
    const raw = await readText(file);
    if (raw instanceof InputError) {
      yield raw;
      continue;
    }
    for (const parsed of parseFile(file, raw)) yield parsed instanceof InputError ? parsed : finish(file, parsed, opts);
  }
}
