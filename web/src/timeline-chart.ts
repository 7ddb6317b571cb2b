/** A small SVG chart of a pair's cumulative Goldstein-weighted score over time (built with DOM calls, no markup strings). */
import type { TimelineView } from './api.ts';
import { h } from './dom.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function timelineChart(t: TimelineView): HTMLElement {
  const caption = `${t.a.name} and ${t.b.name}: cumulative Goldstein score over time`;
  if (t.points.length === 0) return h('p', { class: 'muted' }, `No dated relations between ${t.a.name} and ${t.b.name}.`);
  const W = 320, H = 150, P = 30;
  const times = t.points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const values = t.points.map((p) => p.cumulative);
  const lo = Math.min(0, ...values), hi = Math.max(0, ...values);
  const x = (ms: number) => (t1 === t0 ? W / 2 : P + ((ms - t0) / (t1 - t0)) * (W - 2 * P));
  const y = (v: number) => (hi === lo ? H / 2 : H - P + -((v - lo) / (hi - lo)) * (H - 2 * P));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'timeline', 'aria-label': caption });
  root.append(svg('title', {}, caption));
  root.append(svg('line', { x1: P, x2: W - P, y1: y(0), y2: y(0), class: 'axis' }));
  for (const v of new Set([lo, 0, hi])) root.append(svg('text', { x: P - 4, y: y(v) + 3, class: 'tick', 'text-anchor': 'end' }, String(v)));
  const d = t.points.map((p, i) => `${i ? 'L' : 'M'}${x(times[i]!).toFixed(1)},${y(p.cumulative).toFixed(1)}`).join(' ');
  root.append(svg('path', { d, class: 'line' }));
  t.points.forEach((p, i) => {
    const dot = svg('circle', { cx: x(times[i]!), cy: y(p.cumulative), r: 3.5, class: p.score >= 0 ? 'pos' : 'neg' });
    dot.append(svg('title', {}, `${p.date}: ${p.count} relation(s), score ${p.score}, cumulative ${p.cumulative}`));
    root.append(dot);
  });
  const single = t.points.length === 1;
  root.append(svg('text', { x: single ? W / 2 : P, y: H - 6, class: 'tick', 'text-anchor': single ? 'middle' : 'start' }, t.points[0]!.date));
  if (!single) root.append(svg('text', { x: W - P, y: H - 6, class: 'tick', 'text-anchor': 'end' }, t.points.at(-1)!.date));
  const wrap = h('figure', { class: 'chart' }, h('figcaption', {}, caption));
  wrap.prepend(root);
  return wrap;
}
