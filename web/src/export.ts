/** Exports of what is on screen: a PNG composed from sigma's canvases, and the visible graph as GEXF. */
import type Sigma from 'sigma';
import { write } from 'graphology-gexf/browser';
import { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from '../../src/store/graph-store.ts';
import type { EdgeAttrs, GraphView, NodeAttrs } from './graph-view.ts';

function download(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Compose the layers (edges, nodes, labels…) in their on-screen order over a white background. */
export function exportPng(sigma: Sigma, filename = 'entente.png'): void {
  sigma.refresh(); // render now, so the WebGL buffers still hold the frame when we copy them
  const container = sigma.getContainer();
  const { width, height } = container.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const canvas of container.querySelectorAll('canvas')) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  out.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    download(url, filename);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, 'image/png');
}

export function exportGexf(view: GraphView, filename = 'entente.gexf'): void {
  // Keyed by the API's ids (actor ids; source|type|target for edges), as the rest of Entente is.
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  view.forEachDrawn(
    (n, a) => {
      nodes.set(n.id, n);
      graph.addNode(n.id, a);
    },
    (e, a) => {
      edges.set(e.id, e);
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, a);
    },
  );
  const xml = write(graph, {
    // Only data attributes: sigma's render-time ones (curvature, program type) mean nothing elsewhere.
    formatNode: (key, a) => {
      const n = nodes.get(key)!;
      return { label: a.label, attributes: { kind: n.kind, activity: n.activity }, viz: { color: a.color, size: a.size, x: a.x, y: a.y } };
    },
    formatEdge: (key, a) => {
      const e = edges.get(key)!;
      return {
        attributes: { type: e.type, count: e.count, firstDate: e.firstDate ?? '', lastDate: e.lastDate ?? '', goldstein: e.goldstein },
        viz: { color: a.color, thickness: a.size },
      };
    },
  });
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  download(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
