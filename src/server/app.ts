/** The Express app factory: security, body limits, API routes, the built web view, then 404 and error handlers. */
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { GraphStore } from '../store/graph-store.ts';
import { securityHeaders } from './security.ts';
import { errorHandler, notFoundHandler } from './errors.ts';
import { createGraphService } from './services/graph-service.ts';
import { createArticleService, type UploadLoader } from './services/article-service.ts';
import { graphRoutes } from './routes/graph-routes.ts';
import { articleRoutes } from './routes/article-routes.ts';
import { loadUpload } from './services/upload-loader.ts';
import { createGraphCache } from './services/graph-cache.ts';

export interface AppOptions {
  store: GraphStore;
  /** When set, non-loopback clients may upload with `Authorization: Bearer <token>`. */
  token?: string;
  /** Directory of the built web view (web/dist); omitted or missing → API only. */
  webDir?: string;
  /** How uploads become facts; defaults to the project's loader. */
  loader?: UploadLoader;
}

export const DEFAULT_WEB_DIR = path.resolve(import.meta.dirname, '../../web/dist');

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.use(securityHeaders());
  app.use(express.json({ limit: '6mb' }));

  const cache = createGraphCache(options.store);
  app.use(graphRoutes(createGraphService(options.store, cache)));
  app.use(articleRoutes(createArticleService(options.store, options.loader ?? loadUpload, cache.invalidate), options.token));

  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
  if (webDir && existsSync(path.join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheHtml }));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Entente API is running; no web view is served here (build it with `npm run build:web` and start without --no-web).\n');
    });
  }

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

/** index.html must not be cached, so a rebuilt bundle (hashed names) is picked up at once. */
function noCacheHtml(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
