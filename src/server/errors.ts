/** The one error middleware: typed errors (src/errors.ts) become JSON `{error}` with their status; the rest are 500s. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { UserError } from '../errors.ts';

/** Errors raised by body parsers (express.json, multer) carry an exposable 4xx status. */
function clientStatus(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { status?: unknown; statusCode?: unknown; expose?: unknown; code?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  if (status !== undefined && status >= 400 && status < 500) return status;
  // multer's MulterError has a code but no status.
  if (typeof e.code === 'string' && e.code.startsWith('LIMIT_')) return 413;
  return undefined;
}

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  if (err instanceof UserError) {
    res.status(err.status).json({ error: err.message });
    return;
  }
  const status = clientStatus(err);
  if (status !== undefined) {
    res.status(status).json({ error: err instanceof Error ? err.message : 'bad request' });
    return;
  }
  console.error(err);
  res.status(500).json({ error: 'internal error' });
};

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: `not found: ${req.method} ${req.path}` });
};
