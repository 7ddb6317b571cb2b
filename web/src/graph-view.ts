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
import type { GraphEdge, GraphNode } from '../../src/store/graph-store.ts';
import { edgeAt, emptyColumns, nodeAt, type GraphColumns } from './graph-columns.ts';
import { runLayout, seededPosition, type LayoutRun } from './layout.ts';
import { cameraKeys, fingerprint, nodeSize, parallelCurvatures } from './graph-style.ts';

/**
 * What sigma draws, and no more: sigma copies every attribute of every item on each full refresh,
 * so the API's other fields (kind, activity, relation type, count, dates) stay in `data`, read with
 * node() and edge().
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
/**
 * Straight lines (and sigma's default arrows) from the start; curves are registered with the first
 * small graph: big graphs never use them, and compiling their shaders delays the first frame.
 */
const EDGE_PROGRAMS = { line: EdgeRectangleProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram };

/** What the view reports, in the API's terms (actor ids, edge records). */
export interface ViewEvents {
  onNode(id: string): void;
  onEdge(edge: GraphEdge): void;
  onStage(): void;
}

/**
 * Inside the view, nodes and edges are keyed by their index in `data` ("0", "1"…), never by actor
 * or edge id: graphology keeps each node's neighbours, and sigma each item's state, in objects
 * keyed by these keys, and integer keys make them arrays instead of thousands of dictionaries and
 * hidden classes — it halves the time to draw 50k edges. Every public method speaks actor ids.
 */
export class GraphView {
  private graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  readonly sigma: Sigma;
  private positions = new Map<string, { x: number; y: number }>();
  private layoutRun?: LayoutRun;
  /** Node key under the pointer. */
  private hovered?: string;
  /** Actor whose panel is open, and its node key. */
  private selected?: { id: string; key?: string };
  /** Actor ids of the highlighted path, and the node and edge keys drawn for it. */
  private path?: { ids: string[]; nodes: Set<string>; edges: Set<string> };
  /** What is drawn, as the API gave it. */
  private data: GraphColumns = emptyColumns();
  /** Node keys by actor id, built on first use (a click, a search), not on every draw. */
  private keys?: Map<string, string>;

  constructor(
    private readonly container: HTMLElement,
    events: ViewEvents,
  ) {
    this.sigma = new Sigma(this.graph, container, {
      defaultEdgeType: 'line',
      edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
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
    this.sigma.on('clickNode', ({ node }) => events.onNode(this.idOf(node)));
    this.sigma.on('clickEdge', ({ edge }) => events.onEdge(edgeAt(this.data, Number(edge))));
    this.sigma.on('clickStage', () => events.onStage());
    this.sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
    this.sigma.on('leaveEdge', () => (container.style.cursor = ''));
  }

  /** Lay out `base` (the unfiltered graph around the current focus) and remember the positions. */
  async layout(base: GraphColumns): Promise<void> {
    this.layoutRun?.cancel();
    const g = new Graph({ multi: false, type: 'undirected' });
    const { id, activity } = base.nodes;
    for (let i = 0; i < id.length; i++) g.addNode(id[i]!, { size: nodeSize(activity[i]!, id.length) });
    const { source, target } = base.edges;
    for (let i = 0; i < source.length; i++) {
      const [a, b] = [id[source[i]!]!, id[target[i]!]!];
      if (a !== b && !g.hasEdge(a, b)) g.addEdge(a, b);
    }
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

  private positionOf(id: string, order: number): { x: number; y: number } {
    return this.positions.get(id) ?? seededPosition(id, Math.max(10, Math.sqrt(order) * 10));
  }

  /**
   * Replace what is drawn by `data`, keeping laid-out positions. The graph is built aside and handed
   * to sigma whole: adding 50k edges to a graph sigma listens to costs an event each.
   */
  show(data: GraphColumns): void {
    const g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
    const { nodes, edges } = data;
    const order = nodes.id.length;
    for (let i = 0; i < order; i++) {
      const { x, y } = this.positionOf(nodes.id[i]!, order);
      g.addNode(String(i), { x, y, size: nodeSize(nodes.activity[i]!, order), color: ACTOR_COLORS[data.kinds[nodes.kind[i]!]!], label: nodes.name[i]! });
    }
    // Big graphs get thin straight lines: at that density arrow heads and curves cannot be read,
    // and they double the work of drawing every edge.
    const size = edges.source.length;
    const big = size > BIG_GRAPH_EDGES;
    const curvatures = big ? undefined : parallelCurvatures(Array.from({ length: size }, (_, i) => ({ id: String(i), source: nodes.id[edges.source[i]!]!, target: nodes.id[edges.target[i]!]! })));
    const [base, step, cap] = big ? [0.6, 0.5, 3] : [3, 1.5, 8];
    const colors = data.types.map((t) => RELATION_COLORS[t]);
    const byType = data.types.map(() => 0);
    for (let i = 0; i < size; i++) {
      const key = String(i);
      const type = edges.type[i]!;
      const attrs: EdgeAttrs = { size: Math.min(cap, base + step * Math.log2(edges.count[i]!)), color: colors[type]! };
      if (curvatures) {
        const directed = DIRECTED[data.types[type]!];
        const curvature = curvatures.get(key);
        if (curvature) {
          attrs.type = directed ? 'curvedArrow' : 'curved';
          attrs.curvature = curvature;
        } else if (directed) attrs.type = 'arrow';
      }
      g.addDirectedEdgeWithKey(key, String(edges.source[i]), String(edges.target[i]), attrs);
      byType[type]!++;
    }
    if (data !== this.data) {
      // Keys name other actors now.
      this.keys = undefined;
      this.hovered = undefined;
    }
    this.data = data;
    this.graph = g;
    if (this.selected) this.selected.key = this.keyOf(this.selected.id);
    if (this.path) this.path = this.pathKeys(this.path.ids);
    // Small graphs: every label, edge clicks, highlighted items drawn on top. Big ones drop what
    // costs per item on every frame (label tests, edge picking, z-sorting) to stay fluid.
    const small = g.order < 300;
    const settings = {
      labelRenderedSizeThreshold: small ? 0 : 7,
      labelDensity: small ? 4 : 1,
      labelGridCellSize: small ? 40 : 100,
      enableEdgeEvents: !big,
      zIndex: !big,
      edgeProgramClasses: big ? this.sigma.getSetting('edgeProgramClasses') : EDGE_PROGRAMS,
    };
    const changed = Object.fromEntries(Object.entries(settings).filter(([k, v]) => this.sigma.getSetting(k as keyof typeof settings) !== v));
    if (Object.keys(changed).length) {
      // A settings change re-indexes the graph sigma holds: let that be an empty one, so the graph
      // being replaced is not indexed once more for nothing.
      this.sigma.setGraph(new MultiDirectedGraph());
      this.sigma.setSettings(changed);
    }
    this.container.dataset.edgeEvents = String(!big);
    this.sigma.setGraph(g);
    this.container.dataset.nodes = String(g.order);
    this.container.dataset.edges = String(g.size);
    this.container.dataset.types = data.types.flatMap((t, i) => (byType[i] ? [`${t}:${byType[i]}`] : [])).join(',');
  }

  private idOf(key: string): string {
    return this.data.nodes.id[Number(key)]!;
  }

  private keyOf(id: string): string | undefined {
    this.keys ??= new Map(this.data.nodes.id.map((id, i) => [id, String(i)]));
    return this.keys.get(id);
  }

  /** Whether this actor is drawn. */
  has(id: string): boolean {
    return this.keyOf(id) !== undefined;
  }

  /** The API's record of a drawn actor. */
  node(id: string): GraphNode | undefined {
    const key = this.keyOf(id);
    return key === undefined ? undefined : nodeAt(this.data, Number(key));
  }

  /** Names of the drawn actors, by id. */
  names(): Map<string, string> {
    const { id, name } = this.data.nodes;
    return new Map(id.map((x, i) => [x, name[i]!]));
  }

  /** The drawn actor with this name (any case). */
  findByName(name: string): string | undefined {
    const lower = name.toLowerCase();
    const i = this.data.nodes.name.findIndex((n) => n.toLowerCase() === lower);
    return i < 0 ? undefined : this.data.nodes.id[i];
  }

  /** What is drawn, in the API's terms, with what sigma draws of it (for export). */
  forEachDrawn(onNode: (node: GraphNode, attrs: NodeAttrs) => void, onEdge: (edge: GraphEdge, attrs: EdgeAttrs) => void): void {
    this.graph.forEachNode((key, attrs) => onNode(nodeAt(this.data, Number(key)), attrs));
    this.graph.forEachEdge((key, attrs) => onEdge(edgeAt(this.data, Number(key)), attrs));
  }

  private pathKeys(ids: string[]): { ids: string[]; nodes: Set<string>; edges: Set<string> } {
    const keys = ids.map((id) => this.keyOf(id));
    const edges = new Set<string>();
    keys.slice(1).forEach((b, i) => {
      const a = keys[i];
      if (a !== undefined && b !== undefined) for (const e of this.graph.edges(a, b).concat(this.graph.edges(b, a))) edges.add(e);
    });
    return { ids, nodes: new Set(keys.filter((k) => k !== undefined)), edges };
  }

  setPath(ids: string[] | null): void {
    if (!ids && !this.path) return;
    if (!ids) this.path = undefined;
    else {
      this.path = this.pathKeys(ids);
      // The whole path on screen, end to end.
      this.flyTo(...ids);
    }
    this.sigma.refresh({ skipIndexation: true });
  }

  /** The actor whose panel is open: drawn with its label highlighted. */
  select(id: string | undefined): void {
    this.selected = id === undefined ? undefined : { id, key: this.keyOf(id) };
    this.sigma.refresh({ skipIndexation: true });
  }

  /**
   * Centre the camera on these actors (one: an actor, zoomed in; several: an edge or a group,
   * zoomed out as far as needed for all of them to be on screen).
   */
  flyTo(...ids: string[]): void {
    const present = ids.map((id) => this.keyOf(id)).filter((key): key is string => key !== undefined);
    const points = present.map((key) => this.sigma.getNodeDisplayData(key)!);
    if (!points.length) return;
    const mid = (axis: 'x' | 'y') => (Math.min(...points.map((p) => p[axis])) + Math.max(...points.map((p) => p[axis]))) / 2;
    const [x, y] = [mid('x'), mid('y')];
    const camera = this.sigma.getCamera();
    let ratio = Math.min(camera.ratio, 0.6);
    if (points.length > 1) {
      // The side panel may just have narrowed the stage: measure it now.
      this.sigma.resize();
      const { width, height } = this.sigma.getDimensions();
      const vp = present.map((key) => this.sigma.graphToViewport(this.graph.getNodeAttributes(key)));
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
    if (node === this.selected?.key) return { ...data, highlighted: true, zIndex: 2 };
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
