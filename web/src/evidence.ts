/** Renders one relation's evidence: sentence, quoted words, date, article (title, date, source, link) and the rule. */
import { DIRECTED, RELATION_COLORS } from '../../src/model/palette.ts';
import type { RelationType, RelationWithArticle } from './api.ts';
import { h, safeHref } from './dom.ts';

export function typeBadge(type: RelationType): HTMLElement {
  const badge = h('span', { class: 'badge' }, type);
  badge.style.backgroundColor = RELATION_COLORS[type];
  return badge;
}

/** `names` maps actor ids to display names; `onRead` opens the article at the evidence. */
export function evidenceItem(r: RelationWithArticle, names: Map<string, string>, onRead?: (r: RelationWithArticle) => void): HTMLElement {
  const name = (id: string) => names.get(id) ?? id;
  const arrow = DIRECTED[r.type] ? ' → ' : ' — ';
  const href = safeHref(r.articleUrl);
  const title = r.articleTitle ?? `article ${r.article}`;
  const date = r.date ?? r.articleDate;
  return h(
    'li',
    { class: 'evidence', 'data-type': r.type },
    h('div', { class: 'who' }, typeBadge(r.type), ' ', name(r.source), arrow, name(r.target), r.status && r.status !== 'held' ? ` (${r.status})` : ''),
    h('blockquote', {}, r.evidence),
    r.quote ? h('p', { class: 'quote' }, 'Quoted: ', h('q', {}, r.quote)) : null,
    h(
      'p',
      { class: 'meta' },
      date ? h('time', { datetime: date }, date) : 'undated',
      ' · ',
      href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : h('span', {}, title),
      r.articleDate ? ` (${r.articleDate})` : '',
      r.articleSource ? ` · ${r.articleSource}` : '',
    ),
    h('p', { class: 'rule' }, `rule ${r.rule} · cue “${r.cue}” · CAMEO ${r.cameo} · Goldstein ${r.goldstein}`),
    onRead ? h('button', { type: 'button', class: 'small', onclick: () => onRead(r) }, 'Read in the article') : null,
  );
}
