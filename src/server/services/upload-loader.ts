/**
 * Bridges an API upload to the project's ingest parsers and loader, so an uploaded article is
 * cleaned, extracted, curated and written exactly like a file given to `entente load`.
 */
import type { ArticleMeta } from '../../extract/doc.ts';
import { InputError, UserError } from '../../errors.ts';
import { parseArticles } from '../../ingest/index.ts';
import { loadRaw } from '../../load/index.ts';
import type { UploadBody } from '../validate.ts';
import type { UploadLoader } from './article-service.ts';

/** The upload's form fields that describe the article. */
function givenMeta(upload: UploadBody): ArticleMeta {
  return Object.fromEntries(
    (['title', 'date', 'url', 'source'] as const).filter((k) => upload[k]).map((k) => [k, upload[k]]),
  ) as ArticleMeta;
}

export const loadUpload: UploadLoader = async (store, upload) => {
  const name = upload.filename ?? 'upload.txt';
  const raws = parseArticles(name, upload.text, { given: givenMeta(upload) }).map((p) => {
    if (p instanceof InputError) throw new UserError(p.message, 422);
    return p;
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
