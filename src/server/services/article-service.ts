/** Article reads and uploads. Uploads go through the project's loader (src/load) so they are extracted like files. */
import type { GraphStore } from '../../store/graph-store.ts';
import type { Article } from '../../model/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { UploadBody } from '../validate.ts';

/** What one upload did, as reported to the client. */
export interface UploadResult {
  /** Id of the (first) article written. */
  article: string;
  /** A .json upload may hold several articles. */
  articles: string[];
  outcome: 'loaded' | 'replaced' | 'unchanged';
  actors: number;
  relations: number;
  meetings: number;
}

/** Turns uploaded text into facts and writes them; provided by the loader (see upload-loader.ts). */
export type UploadLoader = (store: GraphStore, upload: UploadBody) => Promise<UploadResult>;

export function createArticleService(store: GraphStore, load: UploadLoader) {
  return {
    async get(id: string): Promise<Article> {
      const article = await store.getArticle(id);
      if (!article) throw new NotFoundError(`no article with id "${id}"`);
      return article;
    },
    upload(body: UploadBody): Promise<UploadResult> {
      return load(store, body);
    },
  };
}

export type ArticleService = ReturnType<typeof createArticleService>;
