/** Article dates: normalising metadata timestamps and finding a dateline near the top of the text. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
/** "Monday 24 February 2025", "24 Feb 2025" */
const DAY_MONTH_YEAR = new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`);
/** "Monday, February 24, 2025", "Feb. 24 2025" */
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`);
/** How far into the text a dateline is looked for. */
const DATELINE_WINDOW = 400;

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
}

/** The ISO day of a metadata value ("2025-02-24T10:00:00Z", "2025-02-24", "February 24, 2025"). */
export function normaliseDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  return dateInText(value, value.length);
}

/** A written date in the first `window` characters of `text`, as YYYY-MM-DD. */
export function dateInText(text: string, window = DATELINE_WINDOW): string | undefined {
  const head = text.slice(0, window);
  const dmy = DAY_MONTH_YEAR.exec(head);
  const mdy = MONTH_DAY_YEAR.exec(head);
  const first = dmy && (!mdy || dmy.index <= mdy.index) ? 'dmy' : mdy ? 'mdy' : null;
  if (first === 'dmy') return iso(Number(dmy![3]), monthNumber(dmy![2]!), Number(dmy![1]));
  if (first === 'mdy') return iso(Number(mdy![3]), monthNumber(mdy![1]!), Number(mdy![2]));
  return undefined;
}
