/** Body of an extraction worker thread: turns each RawArticle it is sent into ArticleFacts. */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/pipeline.ts';
import type { ExtractReply, ExtractRequest } from './extract-pool.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

port.on('message', (req: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { seq: req.seq, facts: extractArticle(req.raw) };
  } catch (err) {
    reply = { seq: req.seq, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
