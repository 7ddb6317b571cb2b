/** The page's wiring: state ⇄ URL, filters → /api/graph → GraphView, clicks → side panel. */
import './styles.css';
import { api, type GraphParams } from './api.ts';
import { emptyColumns, type GraphColumns } from './graph-columns.ts';
import { byId, h, toast } from './dom.ts';
import { GraphView } from './graph-view.ts';
import { Panel } from './panel.ts';
import { createPanelController } from './panel-controller.ts';
import { readState, writeState, type ViewState } from './url-state.ts';
import { setupFilters } from './filters.ts';
import { ACTOR_KINDS, RELATION_TYPES } from './model.ts';
import { setupSearch } from './search.ts';
import { setupDrop } from './drop-upload.ts';
import { exportGexf, exportPng } from './export.ts';

const state: ViewState = readState();
/** The first graph request leaves before sigma and the controls are set up, to overlap with them. */
let prefetched: { key: string; data: Promise<GraphColumns> } | undefined =
  state.types.length && state.kinds.length ? { key: JSON.stringify(params(state)), data: api.graph(params(state)) } : undefined;
const container = byId('graph');
const panel = new Panel();
const view = new GraphView(container, {
  onNode: (id) => void selectActor(id),
  onEdge: (edge) => void showEdge(edge),
  onStage: () => undefined,
});
const filters = setupFilters(state, () => void refresh());
let layoutKey: string | undefined;
let generation = 0;

const panels = createPanelController(state, view, panel, () => void refresh());
const { nameOf, selectActor, showEdge, findPath } = panels;

function params(s: ViewState): GraphParams {
  // All boxes ticked is no filter: the same query (and server cache entry) as the unfiltered graph.
  const types = s.types.length === RELATION_TYPES.length ? undefined : s.types;
  const kinds = s.kinds.length === ACTOR_KINDS.length ? undefined : s.kinds;
  return { types, kinds, from: s.from, to: s.to, country: s.country, focus: s.focus, depth: s.focus ? s.depth : undefined };
}

/** Fetch what the filters select and draw it; lay out again only when the set being laid out changed. */
async function refresh(): Promise<void> {
  const mine = ++generation;
  writeState(state);
  filters.sync(state);
  byId('focus-label').textContent = state.focus ? `Around ${nameOf(state.focus)}` : 'Whole graph';
  let data: GraphColumns;
  try {
    // No types selected means nothing to show, not "no filter".
    const first = prefetched?.key === JSON.stringify(params(state)) ? prefetched.data : undefined;
    prefetched = undefined;
    data = state.types.length && state.kinds.length ? await (first ?? api.graph(params(state))) : emptyColumns();
  } catch (err) {
    toast(`Could not load the graph: ${(err as Error).message}`);
    return;
  }
  if (mine !== generation) return;
  performance.mark('entente:graph-fetched');
  view.show(data);
  performance.mark('entente:graph-built');
  markFirstRender();
  view.setPath(null);
  // Let the graph reach the screen before the work that can wait (layout, date list, stats).
  await afterPaint();
  if (mine !== generation) return;
  void updateStats(data);
  const key = `${state.focus ?? ''}|${state.focus ? state.depth : ''}`;
  if (key !== layoutKey) {
    layoutKey = key;
    const baseParams: GraphParams = { focus: state.focus, depth: state.focus ? state.depth : undefined };
    // Unfiltered view: what is drawn is what gets laid out, no second fetch.
    const base = JSON.stringify(params(state)) === JSON.stringify(baseParams) ? data : await api.graph(baseParams);
    filters.setDates(base.dates);
    fillActorOptions(base);
    await view.layout(base);
  }
}

const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Sigma draws on the next animation frame; the frame after it has the graph on screen (read by bench/render.ts). */
function markFirstRender(): void {
  if (performance.getEntriesByName('entente:first-render').length) return;
  requestAnimationFrame(() => performance.mark('entente:first-render'));
}

async function updateStats(data: GraphColumns): Promise<void> {
  const health = await api.health().catch(() => null);
  const articles = health?.stats.articles ?? 0;
  byId('empty').hidden = articles > 0;
  container.dataset.ready = 'true';
  byId('stats').textContent = health
    ? `${data.nodes.id.length} actors and ${data.edges.source.length} edges shown · ${articles} articles, ${health.stats.relations} relations in ${health.store}`
    : '';
}

/** Names for the path inputs: the most active actors (a datalist of thousands helps nobody). */
function fillActorOptions(base: GraphColumns): void {
  const { name, activity } = base.nodes;
  const top = name.map((_n, i) => i).sort((a, b) => activity[b]! - activity[a]!).slice(0, 1000);
  byId('actor-options').replaceChildren(...top.map((i) => h('option', { value: name[i]! })));
}

byId('btn-path').addEventListener('click', () => void findPath().catch((err: Error) => toast(err.message)));
byId('btn-clear-path').addEventListener('click', (e) => {
  state.a = state.b = undefined;
  writeState(state);
  view.setPath(null);
  (e.currentTarget as HTMLButtonElement).disabled = true;
});
byId('btn-meetings').addEventListener('click', () => void panels.showMeetings());
byId('btn-png').addEventListener('click', () => exportPng(view.sigma));
byId('btn-gexf').addEventListener('click', () => exportGexf(view));
byId('btn-share').addEventListener('click', async () => {
  await navigator.clipboard?.writeText(location.href).then(
    () => toast('Link copied.'),
    () => toast(location.href),
  );
});
byId('btn-filters').addEventListener('click', (e) => {
  const open = document.body.classList.toggle('filters-open');
  (e.currentTarget as HTMLElement).setAttribute('aria-expanded', String(open));
});
panel.onClose = () => {
  view.select(undefined);
  state.actor = undefined;
  writeState(state);
};
setupSearch((actor) => void selectActor(actor.id));
setupDrop(() => {
  layoutKey = undefined;
  void refresh();
});

await refresh();
if (state.actor) void selectActor(state.actor);
if (state.a && state.b) {
  byId<HTMLInputElement>('path-a').value = state.a;
  byId<HTMLInputElement>('path-b').value = state.b;
  void findPath();
}
