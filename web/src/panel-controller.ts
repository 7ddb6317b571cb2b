/** What clicks and buttons open in the side panel: an actor, an edge, a timeline, an article, a path, the meetings. */
import { api, type RelationWithArticle } from './api.ts';
import { byId, h, toast } from './dom.ts';
import type { GraphEdge } from '../../src/store/graph-store.ts';
import type { GraphView } from './graph-view.ts';
import type { Panel } from './panel.ts';
import { actorView, articleView, edgeView, meetingsView, pathView, timelineView, type PanelActions } from './panel-views.ts';
import { writeState, type ViewState } from './url-state.ts';

export function createPanelController(state: ViewState, view: GraphView, panel: Panel, refresh: () => void) {
  const nameOf = (id: string): string => view.node(id)?.name ?? id;
  const names = (): Map<string, string> => view.names();

  const actions: PanelActions = {
    selectActor: (id) => void selectActor(id),
    focus: (id, depth) => {
      state.focus = id;
      state.depth = depth;
      void refresh();
    },
    timeline: (a, b) => void showTimeline(a, b),
    readArticle: (r) => void readArticle(r),
  };

  async function readArticle(r: RelationWithArticle): Promise<void> {
    const a = await api.article(r.article);
    panel.open(a.title ?? r.articleTitle ?? 'Article', ...articleView(a, r));
    document.querySelector('#panel-body mark')?.scrollIntoView({ block: 'center' });
  }

  async function selectActor(id: string): Promise<void> {
    state.actor = id;
    writeState(state);
    view.select(id);
    panel.loading(nameOf(id));
    if (view.has(id)) view.flyTo(id);
    try {
      const v = await api.actor(id);
      if (state.actor !== id) return;
      panel.open(v.actor.name, ...actorView(v, actions));
    } catch (err) {
      panel.open('Actor', h('p', {}, (err as Error).message));
    }
  }

  async function showEdge(e: GraphEdge): Promise<void> {
    const { source, target } = e;
    const title = `${nameOf(source)} ${e.type} ${nameOf(target)} (${e.count})`;
    panel.loading(title);
    // The panel narrows the stage: keep the clicked edge in view.
    view.flyTo(source, target);
    const [relations, timeline] = await Promise.all([
      api.relations({ source, target, type: e.type }),
      api.timeline(source, target).catch(() => null),
    ]);
    // As the graph does: undated relations stay whatever the range.
  const inRange = (d: string | undefined) => !d || ((!state.from || d >= state.from) && (!state.to || d <= state.to));
  const shown = relations.filter((r) => inRange(r.date ?? r.articleDate));
    panel.open(title, ...edgeView(shown, names(), timeline, actions));
  }

  async function showTimeline(a: string, b: string): Promise<void> {
    const t = await api.timeline(a, b);
    panel.open(`${t.a.name} and ${t.b.name} over time`, ...timelineView(t, actions));
  }

  /** An actor from what the user typed: an id, a name on screen, else the best search hit. */
  async function resolveActor(text: string): Promise<string | undefined> {
    const t = text.trim();
    if (!t) return undefined;
    if (view.has(t)) return t;
    const onScreen = view.findByName(t);
    if (onScreen) return onScreen;
    return (await api.searchActors(t, 1))[0]?.id;
  }

  async function findPath(): Promise<void> {
    const [a, b] = await Promise.all([resolveActor(byId<HTMLInputElement>('path-a').value), resolveActor(byId<HTMLInputElement>('path-b').value)]);
    if (!a || !b) return toast('Pick two actors (names or ids) to connect.');
    state.a = a;
    state.b = b;
    writeState(state);
    const p = await api.path(a, b);
    byId<HTMLButtonElement>('btn-clear-path').disabled = false;
    panel.open(`How ${p.nodes.find((n) => n.id === a)?.name ?? a} and ${p.nodes.find((n) => n.id === b)?.name ?? b} are connected`, ...pathView(p, actions));
    // After the panel opened: the camera fits the path into the stage that is left.
    view.setPath(p.path);
  }

  async function showMeetings(): Promise<void> {
    const meetings = await api.meetings();
    panel.open(`Meetings (${meetings.length})`, ...meetingsView(meetings, names(), actions));
  }

  return { nameOf, selectActor, showEdge, findPath, showMeetings };
}
