/** JSON articles: one object or an array (`.json`), or one object per line (`.jsonl`), validated with zod. */
import { z } from 'zod';
import type { ArticleMeta } from '../extract/doc.ts';
import { InputError } from '../errors.ts';
import { cleanText } from './boilerplate.ts';
import { normaliseDate } from './dates.ts';

const JsonArticle = z.object({
  text: z.string().trim().min(1, 'empty "text"'),
  title: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});
type JsonArticle = z.infer<typeof JsonArticle>;

export interface ParsedJson {
  text: string;
  meta: ArticleMeta;
  /** 1-based line in a `.jsonl` file. */
  line?: number;
}

function toArticle(file: string, value: unknown, line?: number): ParsedJson | InputError {
  const parsed = JsonArticle.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const what = issue.path.length ? `"${issue.path.join('.')}": ${issue.message}` : issue.message;
    return new InputError(file, issue.path[0] === 'text' && issue.code === 'invalid_type' ? 'missing "text"' : what, line);
  }
  const a: JsonArticle = parsed.data;
  const date = normaliseDate(a.date);
  const meta: ArticleMeta = { ...(a.title && { title: a.title }), ...(a.url && { url: a.url }), ...(a.source && { source: a.source }) };
  if (date) Object.assign(meta, { date, dateSource: 'metadata' });
  return { text: cleanText(a.text), meta };
}

/** A `.json` file: an article object or an array of them (errors name the array index as "item"). */
export function parseJson(file: string, raw: string): (ParsedJson | InputError)[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return [new InputError(file, `malformed JSON: ${(err as Error).message}`)];
  }
  if (!Array.isArray(value)) return [toArticle(file, value)];
  return value.map((item, i) => {
    const r = toArticle(file, item);
    return r instanceof InputError ? new InputError(file, `item ${i}: ${r.message.slice(file.length + 2)}`) : r;
  });
}

/** A `.jsonl` file: one article per non-blank line; errors carry the 1-based line number. */
export function parseJsonLines(file: string, raw: string): (ParsedJson | InputError)[] {
  const out: (ParsedJson | InputError)[] = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const r = toArticle(file, JSON.parse(line), i + 1);
      out.push(r instanceof InputError ? r : { ...r, line: i + 1 });
    } catch (err) {
      out.push(new InputError(file, `malformed JSON line: ${(err as Error).message}`, i + 1));
    }
  });
  return out;
}
