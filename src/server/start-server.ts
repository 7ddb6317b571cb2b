/** Starts the HTTP server on a host and port and gives back its URL and a close function. */
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(options: AppOptions & { host: string; port: number }): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host, (err?: Error) => {
      if (err) return reject(err);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
