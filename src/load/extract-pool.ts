/**
 * Runs extraction on N worker threads (extraction is CPU-bound, writing is I/O-bound), or inline
 * when N is 1. Each worker takes the next article when it finishes one, so a slow article does
 * not hold the others back.
 */
import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../ingest/raw-article.ts';
import type { ArticleFacts } from '../model/schema.ts';

export interface ExtractRequest {
  seq: number;
  raw: RawArticle;
}
export type ExtractReply = { seq: number; facts: ArticleFacts } | { seq: number; error: string };

export interface ExtractPool {
  extract(raw: RawArticle): Promise<ArticleFacts>;
  close(): Promise<void>;
}

interface Task {
  req: ExtractRequest;
  resolve(f: ArticleFacts): void;
  reject(e: Error): void;
}

const ENTRY = new URL('./extract-worker-entry.mjs', import.meta.url);

export function createExtractPool(workers: number): ExtractPool {
  if (workers <= 1) {
    // Loaded on first use: the pipeline's gazetteers are only needed where extraction runs.
    let pipeline: Promise<typeof import('../extract/pipeline.ts')> | undefined;
    return {
      extract: async (raw) => (await (pipeline ??= import('../extract/pipeline.ts'))).extractArticle(raw),
      close: async () => undefined,
    };
  }
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Task>();
  let seq = 0;
  let failure: Error | null = null;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const w = idle.pop()!;
      const task = queue.shift()!;
      running.set(w, task);
      w.postMessage(task.req);
    }
  };

  const pool = Array.from({ length: workers }, () => {
    const w = new Worker(ENTRY);
    w.on('message', (reply: ExtractReply) => {
      const task = running.get(w);
      running.delete(w);
      idle.push(w);
      if (task) {
        if ('facts' in reply) task.resolve(reply.facts);
        else task.reject(new Error(reply.error));
      }
      dispatch();
    });
    // A worker that dies (not an extraction error: those are replies) fails its task and the pool.
    w.on('error', (err) => {
      failure = err;
      running.get(w)?.reject(err);
      running.delete(w);
      for (const t of queue.splice(0)) t.reject(err);
    });
    idle.push(w);
    return w;
  });

  return {
    extract(raw) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ req: { seq: seq++, raw }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
