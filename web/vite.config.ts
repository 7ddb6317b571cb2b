/** Vite build of the web view: web/ is the root, the bundle goes to web/dist, `/api` is proxied in dev. */
import { defineConfig } from 'vite';
import path from 'node:path';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    // The app imports the shared palette from src/model.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    fs: { allow: [path.resolve(here, '..')] },
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
