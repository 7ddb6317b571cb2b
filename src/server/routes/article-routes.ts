/** Article routes: read one article, and upload new ones as JSON, plain text or a multipart file. */
import express, { Router, type Request } from 'express';
import multer from 'multer';
import type { ArticleService } from '../services/article-service.ts';
import { uploadGuard } from '../security.ts';
import { IdParam, UploadBody, parse } from '../validate.ts';
import { UserError } from '../../errors.ts';

const MAX_UPLOAD = 5 * 1024 * 1024;

/** The upload as one object, whichever encoding the client used. */
function uploadFields(req: Request): unknown {
  const file = (req as Request & { file?: Express.Multer.File }).file;
  if (file) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.buffer);
    return { ...(req.body as object), text, filename: file.originalname };
  }
  // A raw text/html body is read as HTML, like a .html file.
  if (typeof req.body === 'string') return { ...(req.is('html') ? { filename: 'upload.html' } : {}), ...req.query, text: req.body };
  if (req.body && typeof req.body === 'object') return req.body;
  throw new UserError('expected JSON {text, title?, date?, url?, source?}, text/plain or a multipart file', 415);
}

export function articleRoutes(service: ArticleService, token: string | undefined): Router {
  const router = Router();

  router.get('/api/articles/:id', async (req, res) => {
    res.json(await service.get(parse(IdParam, req.params).id));
  });

  router.post(
    '/api/articles',
    uploadGuard(token),
    express.text({ type: 'text/*', limit: MAX_UPLOAD }),
    multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD, files: 1 } }).single('file'),
    async (req, res) => {
      const result = await service.upload(parse(UploadBody, uploadFields(req)));
      res.status(result.outcome === 'unchanged' ? 200 : 201).json(result);
    },
  );

  return router;
}
