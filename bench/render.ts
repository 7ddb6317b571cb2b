/**
 * First render of a SYNTHETIC 10k-node / 50k-edge graph in headless Chromium: the Entente page
 * (fetch from the API, build, draw) against sigma's plain large-graph setup (graphology + Sigma on
 * a random graph of the same size, no extras), both timed from navigation start to the first frame
 * with the graph drawn, in the same run. Target: ratio ≤ 2.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from 'playwright-core';
import { ensureWebBuilt } from '../src/server/web-build.ts';
import { launchChromium } from '../test/support/chromium-launch.ts';
import type { BenchResult } from './run.ts';

const NODES = 10_000;
const EDGES = 50_000;
const RUNS = 5;
const ROOT = path.resolve(import.meta.dirname, '..');

/** The plain setup: random graph, random positions, `new Sigma(graph, container)`. */
const BASELINE_SCRIPT = `
const N = ${NODES}, E = ${EDGES};
let s = 7; const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const graph = new graphology.Graph();
for (let i = 0; i < N; i++) graph.addNode('n' + i, { x: rand(), y: rand(), size: 2 + rand() * 4, color: '#4c6ef5', label: 'Node ' + i });
while (graph.size < E) { const a = 'n' + Math.floor(rand() * N), b = 'n' + Math.floor(rand() * N); if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { size: 1, color: '#ccc' }); }
new Sigma(graph, document.getElementById('c'));
requestAnimationFrame(() => performance.mark('entente:first-render'));
`;

async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(() => performance.getEntriesByName('entente:first-render')[0]?.startTime, null, { timeout: 120_000 });
  return (await handle.jsonValue()) as number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<BenchResult> {
  const webDir = await ensureWebBuilt();
  const load = os.loadavg()[0]!;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'support/api-server.ts'), String(NODES), String(EDGES), webDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const browser = await launchChromium();
  try {
    const [url] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const libs = await Promise.all([
      readFile(path.join(ROOT, 'node_modules/graphology/dist/graphology.umd.min.js'), 'utf8'),
      readFile(path.join(ROOT, 'node_modules/sigma/dist/sigma.min.js'), 'utf8'),
    ]);
    // A fresh page per measurement, so neither side inherits the other's heap or workers.
    const measure = async (url: string): Promise<{ ms: number; drawn: string }> => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.route('http://baseline.bench/**', (route) => {
        const file = new URL(route.request().url()).pathname;
        if (file === '/graphology.js') return route.fulfill({ contentType: 'text/javascript', body: libs[0] });
        if (file === '/sigma.js') return route.fulfill({ contentType: 'text/javascript', body: libs[1] });
        return route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html><body style="margin:0"><div id="c" style="width:100vw;height:100vh"></div>
<script src="/graphology.js"></script><script src="/sigma.js"></script><script>${BASELINE_SCRIPT}</script></body></html>`,
        });
      });
      const ms = await firstRender(page, url);
      const drawn = await page.$eval('#graph', (el) => `${(el as HTMLElement).dataset.nodes}/${(el as HTMLElement).dataset.edges}`).catch(() => '');
      // Closing also stops the page's layout worker, which would slow the next measurement.
      await page.close();
      return { ms, drawn };
    };
    const baseline: number[] = [];
    const entente: number[] = [];
    let drawn = '';
    for (let i = 0; i < RUNS; i++) {
      baseline.push((await measure('http://baseline.bench/')).ms);
      const e = await measure(url.replace(/\/?$/, '/'));
      entente.push(e.ms);
      drawn = e.drawn;
    }
    return {
      label: `first render, SYNTHETIC ${NODES} nodes / ${EDGES} edges, headless Chromium (software GL), median of ${RUNS} (target ratio ≤ 2)`,
      figures: {
        'plain sigma ms': Math.round(median(baseline)),
        'entente page ms': Math.round(median(entente)),
        ratio: median(entente) / median(baseline),
        'plain sigma runs ms': baseline.map(Math.round).join(' '),
        'entente runs ms': entente.map(Math.round).join(' '),
        'entente drawn nodes/edges': drawn,
        'load average at start': load,
      },
    };
  } finally {
    await browser.close();
    child.stdin!.end();
    await once(child, 'exit');
  }
}
