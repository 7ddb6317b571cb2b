/** The filter sidebar: relation types (which double as the legend), actor kinds, country, dates with play, focus depth. */
import { ACTOR_COLORS, DIRECTED, RELATION_COLORS } from '../../src/model/palette.ts';
import type { ActorKind, RelationType } from '../../src/model/schema.ts';
import { ACTOR_KINDS, RELATION_TYPES } from './model.ts';
import type { ViewState } from './url-state.ts';
import { byId, h } from './dom.ts';

function swatch(color: string, shape: 'line' | 'arrow' | 'dot'): HTMLElement {
  const el = h('span', { class: `swatch ${shape}`, 'aria-hidden': 'true' });
  el.style.setProperty('--c', color);
  return el;
}

function checkbox(name: string, value: string, checked: boolean, label: (Node | string)[], onChange: () => void): HTMLLabelElement {
  const input = h('input', { type: 'checkbox', name, value, onchange: onChange });
  input.checked = checked;
  return h('label', { class: 'check' }, input, ...label);
}

function checkedValues<T extends string>(container: HTMLElement): T[] {
  return [...container.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value as T);
}

export interface FilterControls {
  /** Put the state's values into the controls (after a URL load or a programmatic change). */
  sync(state: ViewState): void;
  /** Dates the play button steps through (the graph's relation dates). */
  setDates(dates: string[]): void;
}

export function setupFilters(state: ViewState, changed: () => void): FilterControls {
  const types = byId('type-filters');
  const kinds = byId('kind-filters');
  types.append(
    ...RELATION_TYPES.map((t) =>
      checkbox('type', t, state.types.includes(t), [swatch(RELATION_COLORS[t], DIRECTED[t] ? 'arrow' : 'line'), ` ${t}`, DIRECTED[t] ? '' : ' (undirected)'], () => {
        state.types = checkedValues<RelationType>(types);
        changed();
      }),
    ),
  );
  kinds.append(
    ...ACTOR_KINDS.map((k) =>
      checkbox('kind', k, state.kinds.includes(k), [swatch(ACTOR_COLORS[k], 'dot'), ` ${k}`], () => {
        state.kinds = checkedValues<ActorKind>(kinds);
        changed();
      }),
    ),
  );

  const country = byId<HTMLInputElement>('country');
  country.addEventListener('change', () => {
    const v = country.value.trim().toUpperCase();
    if (v && !/^[A-Z]{3}$/.test(v)) return;
    state.country = v || undefined;
    changed();
  });
  const from = byId<HTMLInputElement>('date-from');
  const to = byId<HTMLInputElement>('date-to');
  from.addEventListener('change', () => ((state.from = from.value || undefined), changed()));
  to.addEventListener('change', () => ((state.to = to.value || undefined), changed()));
  const depth = byId<HTMLSelectElement>('depth');
  depth.addEventListener('change', () => {
    state.depth = depth.value === '2' ? 2 : 1;
    if (state.focus) changed();
  });
  byId('btn-unfocus').addEventListener('click', () => ((state.focus = undefined), changed()));

  // Play: step the end date through the graph's dates, showing the graph grow over time.
  let dates: string[] = [];
  let timer: number | undefined;
  const play = byId<HTMLButtonElement>('btn-play');
  const out = byId('play-date');
  const stop = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const within = dates.filter((d) => !state.from || d >= state.from);
    // At most 30 steps (about half a minute), the last one being the last date.
    const stride = Math.ceil(within.length / 30);
    const steps = within.filter((_d, i) => (within.length - 1 - i) % stride === 0);
    if (!steps.length) return;
    let i = 0;
    play.textContent = '⏸ Pause';
    play.setAttribute('aria-pressed', 'true');
    const step = () => {
      const d = steps[i++];
      if (d === undefined) return stop();
      state.to = d;
      to.value = d;
      out.textContent = `up to ${d}`;
      changed();
    };
    step();
    timer = window.setInterval(step, 900);
  });

  const controls: FilterControls = {
    sync(s) {
      for (const i of types.querySelectorAll<HTMLInputElement>('input')) i.checked = s.types.includes(i.value as RelationType);
      for (const i of kinds.querySelectorAll<HTMLInputElement>('input')) i.checked = s.kinds.includes(i.value as ActorKind);
      country.value = s.country ?? '';
      from.value = s.from ?? '';
      to.value = s.to ?? '';
      depth.value = String(s.depth);
      byId<HTMLButtonElement>('btn-unfocus').disabled = !s.focus;
    },
    setDates(d) {
      dates = d;
      play.disabled = d.length === 0;
      if (d.length) {
        from.min = to.min = d[0]!;
        from.max = to.max = d.at(-1)!;
      }
    },
  };
  controls.sync(state);
  return controls;
}
