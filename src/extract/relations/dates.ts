/**
 * Resolves the day a relation took place from a date expression in its sentence, against the
 * article date: "on Saturday", "yesterday", "on 19 February", "February 24 2022", "today".
 */
import type { SentenceContext } from './slots.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));

export interface DateMention {
  /** Token index of the expression. */
  at: number;
  resolve(base: Date | null, future: boolean): string | undefined;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);

export function parseIsoDate(s: string | undefined): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function monthIndex(w: string): number {
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full;
  const short = w.replace(/\.$/, '');
  return short === 'sept' ? 8 : short.length === 3 && short !== 'may' ? MONTH_ABBR.indexOf(short) : -1;
}

function explicit(base: Date | null, day: number, month: number, year: number | null): string | undefined {
  const y = year ?? base?.getUTCFullYear();
  if (y === undefined || day < 1 || day > 31) return undefined;
  return iso(new Date(Date.UTC(y, month, day)));
}

/** Every date expression in the sentence, in order. */
export function findDates(ctx: SentenceContext): DateMention[] {
  const out: DateMention[] = [];
  const t = ctx.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.lower;
    const wd = WEEKDAYS.indexOf(w);
    if (wd >= 0 && /^\p{Lu}/u.test(t[i]!.text)) {
      const prev = t[i - 1]?.lower;
      out.push({
        at: i,
        resolve: (base, future) => {
          if (!base) return undefined;
          const diff = wd - base.getUTCDay();
          if (prev === 'last') return iso(addDays(base, diff < 0 ? diff : diff - 7));
          if (prev === 'next') return iso(addDays(base, diff > 0 ? diff : diff + 7));
          if (future) return iso(addDays(base, diff >= 0 ? diff : diff + 7));
          return iso(addDays(base, diff <= 0 ? diff : diff - 7));
        },
      });
      continue;
    }
    if (w === 'today' || w === 'tonight' || w === 'yesterday' || w === 'tomorrow') {
      const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      out.push({ at: i, resolve: (base) => (base ? iso(addDays(base, n)) : undefined) });
      continue;
    }
    const m = monthIndex(w);
    if (m < 0 || !/^\p{Lu}/u.test(t[i]!.text)) continue;
    const before = Number(t[i - 1]?.text);
    const after = Number(t[i + 1]?.text);
    if (Number.isInteger(before) && before >= 1 && before <= 31) {
      const y = Number(t[i + 1]?.text);
      const year = Number.isInteger(y) && y > 1900 ? y : null;
      out.push({ at: i, resolve: (base) => explicit(base, before, m, year) });
    } else if (Number.isInteger(after) && after >= 1 && after <= 31) {
      let y = Number(t[i + 2]?.text);
      if (t[i + 2]?.text === ',') y = Number(t[i + 3]?.text);
      const year = Number.isInteger(y) && y > 1900 ? y : null;
      out.push({ at: i, resolve: (base) => explicit(base, after, m, year) });
    }
  }
  return out;
}

/** The date for a cue: the nearest expression after it in its sentence, else the nearest before. */
const DATES = new WeakMap<SentenceContext, DateMention[]>();

export function dateFor(ctx: SentenceContext, cueFirst: number, cueLast: number, future: boolean): string | undefined {
  let dates = DATES.get(ctx);
  if (!dates) DATES.set(ctx, (dates = findDates(ctx)));
  if (!dates.length) return undefined;
  const base = parseIsoDate(ctx.doc.meta.date);
  const after = dates.filter((d) => d.at > cueLast).sort((a, b) => a.at - b.at)[0];
  const before = dates.filter((d) => d.at < cueFirst).sort((a, b) => b.at - a.at)[0];
  const pick = after && after.at - cueLast <= 12 ? after : before ?? after;
  return pick?.resolve(base, future);
}
