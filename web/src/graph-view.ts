/**
 * The Sigma view: actors as nodes (colour = kind, size = activity), relations aggregated per
 * (source, type, target) as edges (colour = type, arrows when directed, parallel edges curved apart),
 * hover fading, path highlighting, and camera moves. Positions come from the seeded layout.
 */
import Graph, { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { ACTOR_COLORS, DIRECTED, RELATION_COLORS } from '../../src/model/palette.ts';
import type { GraphData } from './api.ts';
import type { GraphEdge, GraphNode } from '../../src/store/graph-store.ts';
import { runLayout, seededPosition, type LayoutRun } from './layout.ts';
import { cameraKeys, fingerprint, nodeSize, parallelCurvatures } from './graph-style.ts';

/**
 * What sigma draws, and no more: sigma copies every attribute of every item on each full refresh,
 * so the API's other fields (kind, activity, relation type, count, dates) stay in `data`, found by
 * id with node() and edge().
 */
export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  /** Sigma's program; absent means its default, a straight line. */
  type?: 'arrow' | 'curved' | 'curvedArrow';
  curvature?: number;
}

const FADED = '#e6e8eb';
/** Above this many edges, edge clicks and z-ordering are off (see show()). */
const BIG_GRAPH_EDGES = 20_000;

export interface ViewEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onStage(): void;
}

export class GraphView {
  graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  readonly sigma: Sigma;
  private positions = new Map<string, { x: number; y: number }>();
  private layoutRun?: LayoutRun;
  private hovered?: string;
  private selected?: string;
  /** What is drawn, as the API gave it (dates and weights for export). */
  data: GraphData = { nodes: [], edges: [] };
  /** `data` by id, built on first use (a click, an export), not on every draw. */
  private byId?: { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> };
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
      // Room for the labels of nodes on the rim.
      stagePadding: 50,
      zIndex: true,
      nodeReducer: (node, data) => this.reduceNode(node, data as NodeAttrs),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data as EdgeAttrs),
    });
    container.addEventListener('keydown', (e) => cameraKeys(this.sigma, e));
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
    for (const n of base.nodes) g.addNode(n.id, { size: nodeSize(n.activity, base.nodes.length) });
    for (const e of base.edges) if (e.source !== e.target && !g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target);
    this.container.dataset.layout = 'running';
    const run = runLayout(g);
    this.layoutRun = run;
    await run.done;
    if (this.layoutRun !== run) return;
    this.positions = new Map(g.mapNodes((id, a) => [id, { x: a.x as number, y: a.y as number }]));
    // Redraw from the data with the new positions: one refresh, not one per node.
    this.show(this.data);
    // A little zoomed out, so labels at the rim stay on screen.
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1.15, angle: 0 });
    // A fingerprint of the picture, so "same data, same picture" can be checked from outside.
    this.container.dataset.layoutHash = fingerprint(this.positions);
    this.container.dataset.layout = 'done';
  }

  private positionOf(id: string, order = this.graph.order): { x: number; y: number } {
    return this.positions.get(id) ?? seededPosition(id, Math.max(10, Math.sqrt(order) * 10));
  }

  /**
   * Replace what is drawn by `data`, keeping laid-out positions. The graph is built aside and handed
   * to sigma whole: adding 50k edges to a graph sigma listens to costs an event each.
   */
  show(data: GraphData): void {
    const g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
    const order = data.nodes.length;
    for (const n of data.nodes) {
      const { x, y } = this.positionOf(n.id, order);
      g.addNode(n.id, { x, y, size: nodeSize(n.activity, order), color: ACTOR_COLORS[n.kind], label: n.name });
    }
    // Big graphs get thin straight lines: at that density arrow heads and curves cannot be read,
    // and they double the work of drawing every edge.
    const big = data.edges.length > BIG_GRAPH_EDGES;
    const curvatures = big ? undefined : parallelCurvatures(data.edges);
    const [base, step, cap] = big ? [0.6, 0.5, 3] : [3, 1.5, 8];
    const byType: Record<string, number> = {};
    for (const e of data.edges) {
      const attrs: EdgeAttrs = { size: Math.min(cap, base + step * Math.log2(e.count)), color: RELATION_COLORS[e.type] };
      if (curvatures) {
        const directed = DIRECTED[e.type];
        const curvature = curvatures.get(e.id);
        if (curvature) {
          attrs.type = directed ? 'curvedArrow' : 'curved';
          attrs.curvature = curvature;
        } else if (directed) attrs.type = 'arrow';
      }
      try {
        g.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
      } catch {
        continue; // an edge to an actor not drawn, or a repeated id: nothing to draw
      }
      byType[e.type] = (byType[e.type] ?? 0) + 1;
    }
    this.data = data;
    this.byId = undefined;
    this.graph = g;
    // Small graphs: every label, edge clicks, highlighted items drawn on top. Big ones drop what
    // costs per item on every frame (label tests, edge picking, z-sorting) to stay fluid.
    const small = g.order < 300;
    // Only changed settings, at once: a settings change re-indexes the whole current graph.
    const settings = { labelRenderedSizeThreshold: small ? 0 : 7, labelDensity: small ? 4 : 1, labelGridCellSize: small ? 40 : 100, enableEdgeEvents: !big, zIndex: !big };
    const changed = Object.fromEntries(Object.entries(settings).filter(([k, v]) => this.sigma.getSetting(k as keyof typeof settings) !== v));
    if (Object.keys(changed).length) this.sigma.setSettings(changed);
    this.container.dataset.edgeEvents = String(!big);
    this.sigma.setGraph(g);
    this.container.dataset.nodes = String(g.order);
    this.container.dataset.edges = String(g.size);
    this.container.dataset.types = Object.entries(byType).map(([t, n]) => `${t}:${n}`).join(',');
  }

  /** The API's record of a drawn actor. */
  node(id: string): GraphNode | undefined {
    return this.index().nodes.get(id);
  }

  /** The API's record of a drawn edge: its relation type, count, dates and weight. */
  edge(id: string): GraphEdge | undefined {
    return this.index().edges.get(id);
  }

  private index(): { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> } {
    return (this.byId ??= { nodes: new Map(this.data.nodes.map((n) => [n.id, n])), edges: new Map(this.data.edges.map((e) => [e.id, e])) });
  }

  setPath(ids: string[] | null): void {
    if (!ids && !this.path) return;
    if (!ids) this.path = undefined;
    else {
      const nodes = new Set(ids);
      const edges = new Set<string>();
      ids.slice(1).forEach((b, i) => {
        const a = ids[i]!;
        if (this.graph.hasNode(a) && this.graph.hasNode(b)) for (const e of this.graph.edges(a, b).concat(this.graph.edges(b, a))) edges.add(e);
      });
      this.path = { nodes, edges };
      // The whole path on screen, end to end.
      this.flyTo(...ids);
    }
    this.sigma.refresh({ skipIndexation: true });
  }

  /** The actor whose panel is open: drawn with its label highlighted. */
  select(id: string | undefined): void {
    this.selected = id;
    this.sigma.refresh({ skipIndexation: true });
  }

  /**
   * Centre the camera on these actors (one: an actor, zoomed in; several: an edge or a group,
   * zoomed out as far as needed for all of them to be on screen).
   */
  flyTo(...ids: string[]): void {
    const present = ids.filter((id) => this.graph.hasNode(id));
    const points = present.map((id) => this.sigma.getNodeDisplayData(id)!);
    if (!points.length) return;
    const mid = (axis: 'x' | 'y') => (Math.min(...points.map((p) => p[axis])) + Math.max(...points.map((p) => p[axis]))) / 2;
    const [x, y] = [mid('x'), mid('y')];
    const camera = this.sigma.getCamera();
    let ratio = Math.min(camera.ratio, 0.6);
    if (points.length > 1) {
      // The side panel may just have narrowed the stage: measure it now.
      this.sigma.resize();
      const { width, height } = this.sigma.getDimensions();
      const vp = present.map((id) => this.sigma.graphToViewport(this.graph.getNodeAttributes(id)));
      const span = (axis: 'x' | 'y') => Math.max(...vp.map((p) => p[axis])) - Math.min(...vp.map((p) => p[axis]));
      const margin = 120;
      ratio = camera.ratio * Math.max(1, span('x') / Math.max(1, width - 2 * margin), span('y') / Math.max(1, height - 2 * margin));
    }
    void camera.animate({ x, y, ratio }, { duration: 600 });
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
    if (node === this.selected) return { ...data, highlighted: true, zIndex: 2 };
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
