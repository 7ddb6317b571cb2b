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

/** `onWrite` runs after each upload (the graph cache forgets what it held). */
export function createArticleService(store: GraphStore, load: UploadLoader, onWrite: () => void = () => {}) {
  return {
    async get(id: string): Promise<Article> {
      const article = await store.getArticle(id);
      if (!article) throw new NotFoundError(`no article with id "${id}"`);
      return article;
    },
    async upload(body: UploadBody): Promise<UploadResult> {
      try {
        return await load(store, body);
      } finally {
        onWrite();
      }
    },
  };
}

export type ArticleService = ReturnType<typeof createArticleService>;
