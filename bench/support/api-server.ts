/** Child process of the API benchmark: serves a SYNTHETIC graph and prints its URL, so load generation runs apart. */
import { startServer } from '../../src/server/start-server.ts';
import { syntheticStore } from './synthetic-graph.ts';

const [actors, edges] = process.argv.slice(2, 4).map(Number);
/** Optional: the built web view, for the render benchmark. */
const webDir = process.argv[4] ?? '/nonexistent';
const { store, dispose } = await syntheticStore({ actors: actors!, edges: edges! });
const server = await startServer({ store, host: '127.0.0.1', port: 0, webDir });
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  await dispose();
  process.exit(0);
});
