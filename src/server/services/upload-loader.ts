/**
 * Bridges an API upload to the project's ingest parsers and loader, so an uploaded article is
 * cleaned, extracted, curated and written exactly like a file given to `entente load`.
 */
import path from 'node:path';
import type { ArticleMeta } from '../../extract/doc.ts';
import { InputError, UserError } from '../../errors.ts';
import { dateInText } from '../../ingest/dates.ts';
import { parseHtml } from '../../ingest/html.ts';
import { parseJson, parseJsonLines } from '../../ingest/json.ts';
import { createRawArticle, type RawArticle } from '../../ingest/raw-article.ts';
import { parseTxt } from '../../ingest/txt.ts';
import { loadRaw } from '../../load/index.ts';
import type { UploadBody } from '../validate.ts';
import type { UploadLoader } from './article-service.ts';

type Parsed = { text: string; meta: ArticleMeta };

/** The parser for the uploaded file's format, chosen by its name like ingest does for files. */
function parse(upload: UploadBody): (Parsed | InputError)[] {
  const name = upload.filename ?? 'upload.txt';
  switch (path.extname(name).toLowerCase()) {
    case '.html':
    case '.htm':
      return [parseHtml(upload.text)];
    case '.json':
      return parseJson(name, upload.text);
    case '.jsonl':
      return parseJsonLines(name, upload.text);
    default:
      return [parseTxt(upload.text)];
  }
}

function toRaw(p: Parsed, upload: UploadBody): RawArticle {
  if (!p.text.trim()) throw new UserError('no article text left after removing page boilerplate', 422);
  const given = Object.fromEntries(
    (['title', 'date', 'url', 'source'] as const).filter((k) => upload[k]).map((k) => [k, upload[k]]),
  ) as ArticleMeta;
  const meta: ArticleMeta = { ...p.meta, ...given };
  if (given.date) meta.dateSource = 'option';
  else if (!meta.date) {
    const inText = dateInText(p.text);
    if (inText) Object.assign(meta, { date: inText, dateSource: 'text' });
  }
  return createRawArticle(p.text, meta);
}

export const loadUpload: UploadLoader = async (store, upload) => {
  const raws = parse(upload).map((p) => {
    if (p instanceof InputError) throw new UserError(p.message, 422);
    return toRaw(p, upload);
  });
  const summary = await loadRaw(store, raws);
  const failure = summary.failed[0];
  if (failure) throw new UserError(`${upload.filename ?? 'upload'}: ${failure.reason}`, 422);
  const outcome = summary.loaded ? 'loaded' : summary.replaced ? 'replaced' : 'unchanged';
  return {
    article: raws[0]!.id,
    articles: raws.map((r) => r.id),
    outcome,
    actors: summary.extracted.actors,
    relations: summary.extracted.relations,
    meetings: summary.extracted.meetings,
  };
};
