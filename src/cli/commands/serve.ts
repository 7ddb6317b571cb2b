/** `entente serve [paths...]`: load the given files or folders, then serve the API and the web view. */
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { openStore } from '../../store/open-store.ts';
import { startServer } from '../../server/start-server.ts';
import { ensureWebBuilt } from '../../server/web-build.ts';
import { UserError } from '../../errors.ts';
import { formatSummary, loadInputs } from '../../load/index.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  /** false with --no-web: serve the API only, build nothing. */
  web: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the web view (http://127.0.0.1:3000); load the given files or folders first')
    .argument('[paths...]', 'article files (.txt, .html, .json) or folders to load before serving')
    .option('-p, --port <port>', 'port (default: $PORT or 3000)')
    .option('--host <host>', 'interface to listen on (default: $HOST or 127.0.0.1)')
    .option('--no-web', 'serve the API only (do not build or serve the web view)')
    .action(async (paths: string[], opts: ServeOptions) => {
      const config = readConfig();
      const port = opts.port !== undefined ? Number(opts.port) : config.PORT;
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: expected a port number, got "${opts.port}"`);
      const store = await openStore(config);
      try {
        if (paths.length) process.stdout.write(`${formatSummary(await loadInputs(store, paths))}\n`);
        const webDir = opts.web ? await ensureWebBuilt(undefined, (m) => process.stderr.write(`${m}\n`)) : '';
        const server = await startServer({ store, webDir, token: config.ENTENTE_TOKEN, host: opts.host ?? config.HOST, port });
        const stats = await store.stats();
        process.stdout.write(`Entente on ${server.url} — ${store.description}: ${stats.articles} articles, ${stats.relations} relations\n`);
        await waitForSignal();
        await server.close();
      } finally {
        await store.close();
      }
    });
}


function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
