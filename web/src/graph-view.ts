/**
 * The Sigma view: actors as nodes (colour = kind, size = activity), relations aggregated per
 * (source, type, target) as edges (colour = type, arrows when directed, parallel edges curved apart),
 * hover fading, path highlighting, and camera moves. Positions come from the seeded layout.
 */
import Graph, { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram, indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { ACTOR_COLORS, DIRECTED, RELATION_COLORS } from '../../src/model/palette.ts';
import type { GraphData, RelationType } from './api.ts';
import { runLayout, seededPosition, type LayoutRun } from './layout.ts';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  activity: number;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  type: string;
  relType: RelationType;
  count: number;
  firstDate?: string;
  lastDate?: string;
  curvature?: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

const FADED = '#e6e8eb';

/** Curvature of the i-th of n parallel edges (after sigma's parallel-edges example). */
function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / maxIndex;
}

export interface ViewEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onStage(): void;
}

export class GraphView {
  readonly graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  readonly sigma: Sigma;
  private positions = new Map<string, { x: number; y: number }>();
  private layoutRun?: LayoutRun;
  private hovered?: string;
  private path?: { nodes: Set<string>; edges: Set<string> };

  constructor(
    private readonly container: HTMLElement,
    events: ViewEvents,
  ) {
    this.sigma = new Sigma(this.graph, container, {
      defaultEdgeType: 'line',
      edgeProgramClasses: {
        line: EdgeRectangleProgram,
        arrow: EdgeArrowProgram,
        curved: EdgeCurveProgram,
        curvedArrow: EdgeCurvedArrowProgram,
      },
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 7,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      nodeReducer: (node, data) => this.reduceNode(node, data as NodeAttrs),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data as EdgeAttrs),
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(undefined));
    this.sigma.on('clickNode', ({ node }) => events.onNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.onEdge(edge));
    this.sigma.on('clickStage', () => events.onStage());
    this.sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
    this.sigma.on('leaveEdge', () => (container.style.cursor = ''));
  }

  /** Lay out `base` (the unfiltered graph around the current focus) and remember the positions. */
  async layout(base: GraphData): Promise<void> {
    this.layoutRun?.cancel();
    const g = new Graph({ multi: false, type: 'undirected' });
    for (const n of base.nodes) g.addNode(n.id, { size: nodeSize(n.activity) });
    for (const e of base.edges) if (e.source !== e.target && !g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target);
    this.container.dataset.layout = 'running';
    const run = runLayout(g);
    this.layoutRun = run;
    await run.done;
    if (this.layoutRun !== run) return;
    this.positions = new Map(g.mapNodes((id, a) => [id, { x: a.x as number, y: a.y as number }]));
    this.graph.forEachNode((id) => this.graph.mergeNodeAttributes(id, this.positionOf(id)));
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // A fingerprint of the picture, so "same data, same picture" can be checked from outside.
    this.container.dataset.layoutHash = fingerprint(this.positions);
    this.container.dataset.layout = 'done';
  }

  private positionOf(id: string): { x: number; y: number } {
    return this.positions.get(id) ?? seededPosition(id, Math.max(10, Math.sqrt(this.graph.order) * 10));
  }

  /** Replace what is drawn by `data`, keeping laid-out positions. */
  show(data: GraphData): void {
    const g = this.graph;
    g.clear();
    for (const n of data.nodes) {
      g.addNode(n.id, {
        ...this.positionOf(n.id),
        size: nodeSize(n.activity),
        color: ACTOR_COLORS[n.kind],
        label: n.name,
        kind: n.kind,
        activity: n.activity,
      });
    }
    for (const e of data.edges) {
      if (!g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.id)) continue;
      g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
        size: Math.min(7, 2 + 1.5 * Math.log2(e.count)),
        color: RELATION_COLORS[e.type],
        type: 'line',
        relType: e.type,
        count: e.count,
        firstDate: e.firstDate,
        lastDate: e.lastDate,
      });
    }
    indexParallelEdgesIndex(g, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
    g.forEachEdge((id, a) => {
      const directed = DIRECTED[a.relType];
      const index = a.parallelIndex;
      const curved = typeof index === 'number' && index !== 0;
      const attrs: Partial<EdgeAttrs> = { type: curved ? (directed ? 'curvedArrow' : 'curved') : directed ? 'arrow' : 'line' };
      if (curved) attrs.curvature = curvature(index, Math.max(1, a.parallelMaxIndex ?? 1));
      g.mergeEdgeAttributes(id, attrs);
    });
    const byType: Record<string, number> = {};
    g.forEachEdge((_id, a) => (byType[a.relType] = (byType[a.relType] ?? 0) + 1));
    // Small graphs: every label; big ones: only for nodes drawn large enough.
    this.sigma.setSetting('labelRenderedSizeThreshold', g.order < 300 ? 0 : 7);
    this.container.dataset.nodes = String(g.order);
    this.container.dataset.edges = String(g.size);
    this.container.dataset.types = Object.entries(byType).map(([t, n]) => `${t}:${n}`).join(',');
  }

  setPath(ids: string[] | null): void {
    if (!ids) this.path = undefined;
    else {
      const nodes = new Set(ids);
      const edges = new Set<string>();
      ids.slice(1).forEach((b, i) => {
        const a = ids[i]!;
        if (this.graph.hasNode(a) && this.graph.hasNode(b)) for (const e of this.graph.edges(a, b).concat(this.graph.edges(b, a))) edges.add(e);
      });
      this.path = { nodes, edges };
    }
    this.sigma.refresh({ skipIndexation: true });
  }

  flyTo(id: string): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (d) void this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.5 }, { duration: 600 });
  }

  private hover(node: string | undefined): void {
    this.hovered = node;
    this.container.style.cursor = node ? 'pointer' : '';
    this.sigma.refresh({ skipIndexation: true });
  }

  private reduceNode(node: string, data: NodeAttrs): Partial<NodeAttrs> & { zIndex?: number; highlighted?: boolean } {
    if (this.path) return this.path.nodes.has(node) ? { ...data, zIndex: 2, highlighted: true } : { ...data, color: FADED, label: '', zIndex: 0 };
    const h = this.hovered;
    if (h && node !== h && !this.graph.areNeighbors(node, h)) return { ...data, color: FADED, label: '', zIndex: 0 };
    if (h) return { ...data, zIndex: 1 };
    return data;
  }

  private reduceEdge(edge: string, data: EdgeAttrs): Partial<EdgeAttrs> & { hidden?: boolean; zIndex?: number } {
    if (this.path) return this.path.edges.has(edge) ? { ...data, size: data.size + 2, zIndex: 2 } : { ...data, color: FADED, zIndex: 0 };
    const h = this.hovered;
    if (h && !this.graph.hasExtremity(edge, h)) return { ...data, hidden: true };
    return data;
  }

  destroy(): void {
    this.layoutRun?.cancel();
    this.sigma.kill();
  }
}

function fingerprint(positions: Map<string, { x: number; y: number }>): string {
  let h = 0;
  for (const [id, p] of [...positions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const c of `${id}:${p.x.toFixed(3)},${p.y.toFixed(3)};`) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  }
  return (h >>> 0).toString(16);
}

export function nodeSize(activity: number): number {
  return Math.min(24, 3 + 2.2 * Math.sqrt(activity));
}
