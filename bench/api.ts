/**
 * API latency on loopback: `/api/graph` p50/p99 and throughput (autocannon) on a SYNTHETIC graph of
 * 10k relations among 2,000 actors in the embedded store, served by a child process (so the load
 * generator does not share its event loop); target p99 < 50 ms.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { BenchResult } from './run.ts';

const GRAPH = { actors: 2000, edges: 10_000 };
const DURATION_S = 8;
const CONNECTIONS = 10;

async function measure(url: string, headers: Record<string, string> = {}): Promise<Record<string, number>> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  if (r.non2xx || r.errors) throw new Error(`bench api: ${r.non2xx} non-2xx answers, ${r.errors} errors from ${url}`);
  return { 'load average': os.loadavg()[0]!, 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, 'requests/s': Math.round(r.requests.average), 'KB/response': Math.round(r.throughput.average / r.requests.average / 1024) };
}

export async function run(): Promise<BenchResult[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'api-server.ts'), String(GRAPH.actors), String(GRAPH.edges)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const [url] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const label = (what: string) => `${what}; SYNTHETIC ${GRAPH.edges} relations / ${GRAPH.actors} actors; ${CONNECTIONS} connections, ${DURATION_S}s (target p99 < 50 ms)`;
    const gzip = { 'accept-encoding': 'gzip' };
    return [
      { label: label('GET /api/graph, whole graph, gzip (as browsers ask)'), figures: await measure(`${url}/api/graph`, gzip) },
      { label: label('GET /api/graph, whole graph, identity'), figures: await measure(`${url}/api/graph`) },
      { label: label('GET /api/graph?types=CRITICISED,MET&from&to, gzip'), figures: await measure(`${url}/api/graph?types=CRITICISED,MET&from=2024-03-01&to=2024-09-30`, gzip) },
      { label: label('GET /api/graph?focus=syn-1&depth=2, gzip'), figures: await measure(`${url}/api/graph?focus=syn-1&depth=2`, gzip) },
    ];
  } finally {
    child.stdin!.end();
    await once(child, 'exit');
  }
}
