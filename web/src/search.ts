/** Actor search with autocomplete (from /api/actors), keyboard-usable as an ARIA combobox. */
import { api, type Actor } from './api.ts';
import { byId, h } from './dom.ts';

export function setupSearch(onPick: (actor: Actor) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('search-list');
  let results: Actor[] = [];
  let active = -1;
  let timer: number | undefined;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...results.map((a, i) =>
        h(
          'li',
          {
            id: `search-opt-${i}`,
            role: 'option',
            'aria-selected': String(i === active),
            'data-id': a.id,
            // mousedown, not click: it fires before the input's blur closes the list.
            onmousedown: (e: Event) => {
              e.preventDefault();
              pick(i);
            },
          },
          h('span', { class: `dot kind-${a.kind}` }),
          a.name,
          h('small', {}, ` ${a.kind}${a.country ? ` · ${a.country}` : ''}`),
        ),
      ),
    );
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
  };

  const pick = (i: number) => {
    const a = results[i];
    if (!a) return;
    input.value = a.name;
    close();
    onPick(a);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      const found = await api.searchActors(q, 8).catch(() => []);
      if (mine !== seq) return;
      results = found;
      active = found.length ? 0 : -1;
      render();
    }, 120);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
}
