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

export interface ParseOptions extends ReadOptions {
  /** Recorded as the article's file (absent for an upload). */
  file?: string;
  /** Metadata given with the text (an upload's form fields); it wins over what the text says. */
  given?: ArticleMeta;
}

/**
 * The articles in one file's (or upload's) contents, parsed by the format its `name` says, with
 * the date filled in (given, else header/metadata, else a dateline in the text, else the option).
 */
export function parseArticles(name: string, raw: string, opts: ParseOptions = {}): (RawArticle | InputError)[] {
  return parseFile(name, raw).map((parsed) => {
    if (parsed instanceof InputError) return parsed;
    if (!parsed.text.trim()) return new InputError(name, 'no article text left after removing page boilerplate', parsed.line);
    const meta: ArticleMeta = { ...(opts.file ? { file: opts.file } : {}), ...parsed.meta, ...opts.given };
    if (opts.given?.date) meta.dateSource = 'option';
    else if (!meta.date) {
      const inText = dateInText(parsed.text);
      if (inText) Object.assign(meta, { date: inText, dateSource: 'text' });
      else if (opts.date) Object.assign(meta, { date: opts.date, dateSource: 'option' });
    }
    return createRawArticle(parsed.text, meta);
  });
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
    yield* parseArticles(file, raw, { ...opts, file });
  }
}
