/** Builds the web view with Vite when web/dist is missing or older than its sources, so a fresh clone serves a page. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['web/index.html', 'web/vite.config.ts', 'web/src', 'src/model/palette.ts', 'src/model/schema.ts'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

export function webIsStale(outDir = path.join(ROOT, 'web/dist')): boolean {
  const built = newestMtime(path.join(outDir, 'index.html'));
  return built === 0 || SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

/** Build into `outDir` (default web/dist) if stale; returns the directory. */
export async function ensureWebBuilt(outDir = path.join(ROOT, 'web/dist'), log: (m: string) => void = () => {}): Promise<string> {
  if (!webIsStale(outDir)) return outDir;
  log('building the web view (vite)…');
  const { build } = await import('vite');
  await build({
    configFile: path.join(ROOT, 'web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
