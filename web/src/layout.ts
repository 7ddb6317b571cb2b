/**
 * Deterministic layout: seeded initial positions from a hash of each id, then a fixed number of
 * ForceAtlas2 rounds in its web worker, then noverlap, so the same data always gives the same picture.
 */
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { NoverlapRequest } from './noverlap-worker.ts';

/** FNV-1a: a tiny stable string hash. */
function hash(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A point in the unit disc chosen by the id alone. */
export function seededPosition(id: string, spread = 100): { x: number; y: number } {
  const angle = (hash(id) / 0xffffffff) * 2 * Math.PI;
  const radius = Math.sqrt(hash(id, 0x9e3779b9) / 0xffffffff) * spread;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export function seedPositions(graph: Graph): void {
  const spread = Math.max(10, Math.sqrt(graph.order) * 10);
  graph.forEachNode((id) => graph.mergeNodeAttributes(id, seededPosition(id, spread)));
}

/** Fewer rounds on big graphs: each round is costlier there and the picture settles sooner. */
function roundsFor(order: number): number {
  return order < 500 ? 300 : order < 3000 ? 150 : 60;
}

/** noverlap in a worker, in node order; positions are written back into the graph. */
function removeOverlaps(graph: Graph): Promise<void> {
  const nodes = graph.nodes();
  const xy = new Float64Array(nodes.length * 2);
  const sizes = new Float64Array(nodes.length);
  nodes.forEach((id, i) => {
    const a = graph.getNodeAttributes(id);
    xy[2 * i] = a.x;
    xy[2 * i + 1] = a.y;
    sizes[i] = a.size ?? 1;
  });
  const worker = new Worker(new URL('./noverlap-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Float64Array>) => {
      const out = event.data;
      nodes.forEach((id, i) => graph.mergeNodeAttributes(id, { x: out[2 * i], y: out[2 * i + 1] }));
      worker.terminate();
      resolve();
    };
    worker.onerror = (err) => {
      worker.terminate();
      reject(new Error(`noverlap worker: ${err.message}`));
    };
    const request: NoverlapRequest = { xy, sizes, maxIterations: graph.order > 2000 ? 20 : 50 };
    worker.postMessage(request, [xy.buffer, sizes.buffer]);
  });
}

export interface LayoutRun {
  done: Promise<void>;
  cancel(): void;
}

/** Run FA2 (worker) for a fixed number of rounds from seeded positions, then noverlap (worker); positions land in the graph. */
export function runLayout(graph: Graph): LayoutRun {
  seedPositions(graph);
  if (graph.order < 2) return { done: Promise.resolve(), cancel: () => {} };
  const rounds = roundsFor(graph.order);
  const first = graph.nodes()[0]!;
  let seen = 0;
  let cancelled = false;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  // Strong gravity keeps separate components (an article about other actors) near the main one.
  const settings = { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 1, barnesHutOptimize: graph.order > 300 };
  const layout: FA2Layout = new FA2Layout(graph, {
    settings,
    getEdgeWeight: null,
    // Called for every node after each round; counting the first node counts rounds.
    outputReducer: (key, attrs) => {
      if (key === first && ++seen >= rounds && layout.isRunning()) {
        layout.stop();
        setTimeout(() => {
          layout.kill();
          // Without noverlap (worker failed), the ForceAtlas2 positions still make a picture.
          if (!cancelled) void removeOverlaps(graph).catch(() => undefined).then(() => cancelled || finish());
        }, 0);
      }
      return attrs;
    },
  });
  layout.start();
  return {
    done,
    cancel() {
      cancelled = true;
      layout.kill();
      finish();
    },
  };
}
