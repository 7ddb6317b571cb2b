/** What the side panel shows: an actor, an edge's evidence, a pair's timeline, a path, the meetings list. */
import { RELATION_TYPES } from './model.ts';
import type { ActorView, Article, Meeting, PathView, RelationWithArticle, TimelineView } from './api.ts';
import { h, safeHref } from './dom.ts';
import { evidenceItem, typeBadge } from './evidence.ts';
import { timelineChart } from './timeline-chart.ts';

export interface PanelActions {
  selectActor(id: string): void;
  focus(id: string, depth: number): void;
  timeline(a: string, b: string): void;
  readArticle(r: RelationWithArticle): void;
}

function button(label: string, onclick: () => void, extra: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', onclick, ...extra }, label);
}

export function actorView(v: ActorView, actions: PanelActions): Node[] {
  const a = v.actor;
  const names = new Map([[a.id, a.name], ...v.counterparts.map((c) => [c.id, c.name] as [string, string])]);
  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Kind'), h('dd', {}, a.kind),
    a.country ? h('dt', {}, 'Country') : null, a.country ? h('dd', {}, a.country) : null,
    a.role ? h('dt', {}, 'Role') : null, a.role ? h('dd', {}, a.role) : null,
    h('dt', {}, 'Articles'), h('dd', {}, v.articles),
  );
  const offices = a.offices.length
    ? h('ul', { class: 'offices' }, ...a.offices.map((o) => h('li', {}, o.role, o.country ? ` (${o.country})` : '', o.from ? ` from ${o.from}` : '', o.to ? ` to ${o.to}` : '')))
    : null;
  const counts = h('p', { class: 'counts' }, ...RELATION_TYPES.filter((t) => v.counts[t]).flatMap((t) => [typeBadge(t), ` ${v.counts[t]}  `]));
  const tools = h(
    'div',
    { class: 'tools' },
    button('Focus: 1 hop', () => actions.focus(a.id, 1)),
    button('Focus: 2 hops', () => actions.focus(a.id, 2)),
  );
  // Relations grouped by counterpart, the most active pair first.
  const groups = new Map<string, RelationWithArticle[]>();
  for (const r of v.relations) {
    const other = r.source === a.id ? r.target : r.source;
    groups.set(other, [...(groups.get(other) ?? []), r]);
  }
  const sorted = [...groups.entries()].sort((x, y) => y[1].length - x[1].length || (names.get(x[0]) ?? x[0]).localeCompare(names.get(y[0]) ?? y[0]));
  const list = h(
    'div',
    { class: 'groups' },
    ...sorted.map(([other, rels]) =>
      h(
        'section',
        { class: 'group', 'data-counterpart': other },
        h(
          'h3',
          {},
          button(names.get(other) ?? other, () => actions.selectActor(other), { class: 'link' }),
          ` · ${rels.length}`,
          ' ',
          button('timeline', () => actions.timeline(a.id, other), { class: 'small', 'aria-label': `timeline of ${a.name} and ${names.get(other) ?? other}` }),
        ),
        h('ul', { class: 'evidence-list' }, ...rels.map((r) => evidenceItem(r, names, actions.readArticle))),
      ),
    ),
  );
  const rest: (HTMLElement | null)[] = [facts, offices, counts, tools, h('h3', {}, 'Relations'), v.relations.length ? list : h('p', { class: 'muted' }, 'No relations.')];
  return rest.filter((n): n is HTMLElement => n !== null);
}

export function edgeView(relations: RelationWithArticle[], names: Map<string, string>, timeline: TimelineView | null, actions: PanelActions): Node[] {
  return [
    h('ul', { class: 'evidence-list' }, ...relations.map((r) => evidenceItem(r, names, actions.readArticle))),
    timeline ? timelineChart(timeline) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

export function timelineView(t: TimelineView, actions: PanelActions): Node[] {
  const names = new Map([[t.a.id, t.a.name], [t.b.id, t.b.name]]);
  return [
    timelineChart(t),
    t.undated ? h('p', { class: 'muted' }, `${t.undated} undated relation(s) not in the chart.`) : null,
    h('ul', { class: 'evidence-list' }, ...t.relations.map((r) => evidenceItem(r, names, actions.readArticle))),
  ].filter((n): n is HTMLElement => n !== null);
}

export function pathView(p: PathView, actions: PanelActions): Node[] {
  const names = new Map(p.nodes.map((n) => [n.id, n.name]));
  if (!p.path) return [h('p', {}, `${names.get(p.from) ?? p.from} and ${names.get(p.to) ?? p.to} are not connected.`)];
  return [
    h('ol', { class: 'path' }, ...p.path.map((id) => h('li', {}, button(names.get(id) ?? id, () => actions.selectActor(id), { class: 'link' })))),
    ...p.hops.map((hop) =>
      h(
        'section',
        { class: 'group' },
        h('h3', {}, `${names.get(hop.source) ?? hop.source} – ${names.get(hop.target) ?? hop.target}`),
        h('ul', { class: 'evidence-list' }, ...hop.relations.map((r) => evidenceItem(r, names, actions.readArticle))),
      ),
    ),
  ];
}

export function meetingsView(meetings: Meeting[], names: Map<string, string>, actions: PanelActions): Node[] {
  if (!meetings.length) return [h('p', { class: 'muted' }, 'No meetings.')];
  const sorted = [...meetings].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return [
    h(
      'ul',
      { class: 'meetings' },
      ...sorted.map((m) =>
        h(
          'li',
          {},
          h('p', { class: 'meta' }, m.date ?? 'undated', ` · ${m.kind}`, m.status !== 'held' ? ` (${m.status})` : '', m.place ? ` · ${m.place}` : ''),
          h('p', {}, ...m.participants.flatMap((id, i) => [i ? ', ' : '', button(names.get(id) ?? id, () => actions.selectActor(id), { class: 'link' })])),
          h('blockquote', {}, m.evidence),
        ),
      ),
    ),
  ];
}

/** The article's text with the evidence sentence marked (offsets point into the stored text). */
export function articleView(a: Article, evidence: { start: number; end: number }): Node[] {
  const href = safeHref(a.url);
  const start = Math.max(0, Math.min(evidence.start, a.text.length));
  const end = Math.max(start, Math.min(evidence.end, a.text.length));
  return [
    h(
      'p',
      { class: 'meta' },
      a.date ?? 'undated',
      a.source ? ` · ${a.source}` : '',
      href ? ' · ' : '',
      href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'original') : null,
      ` · id ${a.id}`,
    ),
    h('div', { class: 'article-text' }, a.text.slice(0, start), h('mark', {}, a.text.slice(start, end)), a.text.slice(end)),
  ];
}
