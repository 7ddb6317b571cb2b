/**
 * The visual encoding of the graph, apart from the view: node sizes by activity, curvatures that
 * separate parallel edges, keyboard camera moves, and a fingerprint of the laid-out picture.
 */
import type Sigma from 'sigma';
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { GraphEdge } from '../../src/store/graph-store.ts';

/**
 * Curvatures that draw edges between the same two actors apart (one pass, no graph events):
 * the k-th of n edges of a pair sits at offset k - (n-1)/2, scaled as in sigma's parallel-edges
 * example; the middle one of an odd group stays straight. The sign follows the edge's direction,
 * so A→B and B→A at opposite offsets bend to opposite sides.
 */
export function parallelCurvatures(edges: Pick<GraphEdge, 'id' | 'source' | 'target'>[]): Map<string, number> {
  const pairs = new Map<string, Pick<GraphEdge, 'id' | 'source' | 'target'>[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const group = pairs.get(key);
    if (group) group.push(e);
    else pairs.set(key, [e]);
  }
  const out = new Map<string, number>();
  for (const group of pairs.values()) {
    if (group.length < 2) continue;
    const maxIndex = (group.length - 1) / 2;
    const amplitude = 3.5;
    const max = amplitude * (1 - Math.exp(-Math.max(1, maxIndex) / amplitude)) * DEFAULT_EDGE_CURVATURE;
    group.forEach((e, i) => {
      const offset = i - maxIndex;
      const sign = e.source < e.target ? 1 : -1;
      if (offset !== 0) out.set(e.id, (sign * max * offset) / Math.max(1, maxIndex));
    });
  }
  return out;
}

/** A short hash of the positions: equal pictures, equal fingerprints. */
export function fingerprint(positions: Map<string, { x: number; y: number }>): string {
  let h = 0;
  for (const [id, p] of [...positions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const c of `${id}:${p.x.toFixed(3)},${p.y.toFixed(3)};`) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  }
  return (h >>> 0).toString(16);
}

/** Radius in screen pixels by activity; smaller when there are thousands of nodes to fit on screen. */
export function nodeSize(activity: number, order = 0): number {
  const scale = order > 2000 ? 0.35 : order > 500 ? 0.7 : 1;
  return scale * Math.min(24, 3 + 2.2 * Math.sqrt(activity));
}

/** Keyboard control of the camera: arrows pan, +/- zoom, 0 resets. */
export function cameraKeys(sigma: Sigma, e: KeyboardEvent): void {
  const camera = sigma.getCamera();
  const state = camera.getState();
  const step = 0.1 * state.ratio;
  const moves: Record<string, Partial<typeof state>> = {
    ArrowLeft: { x: state.x - step }, ArrowRight: { x: state.x + step },
    ArrowUp: { y: state.y + step }, ArrowDown: { y: state.y - step },
  };
  if (moves[e.key]) void camera.animate(moves[e.key]!, { duration: 150 });
  else if (e.key === '+' || e.key === '=') void camera.animatedZoom({ duration: 200 });
  else if (e.key === '-') void camera.animatedUnzoom({ duration: 200 });
  else if (e.key === '0') void camera.animatedReset({ duration: 200 });
  else return;
  e.preventDefault();
}
