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
const DURATION_S = 5;

async function measure(url: string, connections: number, headers: Record<string, string> = {}): Promise<Record<string, number>> {
  const r = await autocannon({ url, connections, duration: DURATION_S, headers });
  if (r.non2xx || r.errors) throw new Error(`bench api: ${r.non2xx} non-2xx answers, ${r.errors} errors from ${url}`);
  return { 'load average': os.loadavg()[0]!, 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, 'requests/s': Math.round(r.requests.average), 'KB/response': Math.round(r.throughput.average / r.requests.average / 1024) };
}

/** Sequential requests that each miss the cache: what the store and serialisation cost. */
async function uncached(url: string): Promise<Record<string, number>> {
  const times: number[] = [];
  for (let day = 1; day <= 28; day++) {
    const t = performance.now();
    const res = await fetch(`${url}/api/graph?to=2024-12-${String(day).padStart(2, '0')}`);
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { 'p50 ms': times[Math.floor(times.length / 2)]!, 'max ms': times.at(-1)! };
}

export async function run(): Promise<BenchResult[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'support/api-server.ts'), String(GRAPH.actors), String(GRAPH.edges)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const [url] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const label = (what: string, c: number) => `${what}; SYNTHETIC ${GRAPH.edges} relations / ${GRAPH.actors} actors; ${c} connection(s), ${DURATION_S}s, gzip (target p99 < 50 ms)`;
    const gzip = { 'accept-encoding': 'gzip' };
    const out: BenchResult[] = [];
    for (const [what, path] of [
      ['GET /api/graph (whole graph)', '/api/graph'],
      ['GET /api/graph?types=CRITICISED,MET&from&to', '/api/graph?types=CRITICISED,MET&from=2024-03-01&to=2024-09-30'],
      ['GET /api/graph?focus=syn-1&depth=2', '/api/graph?focus=syn-1&depth=2'],
    ] as const) {
      for (const c of [1, 10]) out.push({ label: label(what, c), figures: await measure(url + path, c, gzip) });
    }
    out.push({ label: `GET /api/graph uncached (a new date filter each time: store aggregation + serialisation); SYNTHETIC ${GRAPH.edges} relations`, figures: await uncached(url) });
    return out;
  } finally {
    child.stdin!.end();
    await once(child, 'exit');
  }
}
