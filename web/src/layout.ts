/**
 * Deterministic layout: seeded initial positions from a hash of each id, then a fixed number of
 * ForceAtlas2 rounds in its web worker, then noverlap, so the same data always gives the same picture.
 */
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

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

export interface LayoutRun {
  done: Promise<void>;
  cancel(): void;
}

/** Run FA2 (worker) for a fixed number of rounds from seeded positions, then noverlap; positions land in the graph. */
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
          if (!cancelled) {
            noverlap.assign(graph, { maxIterations: 50, settings: { ratio: 1.2, margin: 2 } });
            finish();
          }
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
