/**
 * Role phrases: "the US president", "Russia's foreign minister", "former prime minister",
 * "EU foreign policy chief", "the President of France". Read by the entity ruler to find titled
 * people and role descriptions, and again by the resolver to decide who a description means.
 */
import type { Gazetteer } from './gazetteer.ts';
import { titleMatcher, type RoleTitle } from './roles.ts';
import { isCapitalised, type Token } from './tokens.ts';

export interface RolePhrase {
  /** Token range [start, end) of the whole phrase. */
  start: number;
  end: number;
  title: RoleTitle;
  /** State (ISO3) or organisation id the office belongs to, from a modifier or the title. */
  where?: string;
  /** True when the modifier was explicit in the text ("US", "Russia's", "of France"). */
  explicitWhere: boolean;
  former: boolean;
  determiner: boolean;
  /** Whether the title was written with capitals ("Home Secretary"), as before a name. */
  capitalised: boolean;
  /** Party or rank words before the title: "Tory", "Labour", "senior". */
  qualifiers: string[];
}

const FORMER = new Set(['former', 'ex', 'then', 'outgoing', 'late', 'erstwhile']);
const NEUTRAL = new Set(['acting', 'new', 'current', 'interim', 'incoming', 'newly', 'elected', 'veteran', 'senior', 'top', 'embattled', 'beleaguered']);
/** Portfolio words between a modifier and a title: "EU trade commissioner", "US special envoy". */
const PORTFOLIO = new Set('trade energy climate economy economic health finance justice interior agriculture digital security migration enlargement competition culture education environment transport industry budget humanitarian development chief lead deputy vice assistant special presidential national intelligence military spy nuclear foreign-policy'.split(' '));
const PARTIES = new Map([['tory', 'Conservative'], ['conservative', 'Conservative'], ['labour', 'Labour'], ['republican', 'Republican'], ['democratic', 'Democratic'], ['democrat', 'Democratic']]);
const lower = (t: Token | undefined) => t?.lower ?? '';

function readModifier(tokens: Token[], j: number, gaz: Gazetteer): { where: string; next: number } | null {
  const m = gaz.matcher.longest(tokens, j);
  const e = m?.values.find((v) => v.kind === 'Country' || v.kind === 'Organization');
  if (!m || !e) return null;
  let next = j + m.length;
  if (/^'$/.test(tokens[next]?.key ?? '') && lower(tokens[next + 1]) === 's') next += 2;
  return { where: e.id, next };
}

export function readRolePhrase(tokens: Token[], i: number, gaz: Gazetteer): RolePhrase | null {
  let j = i;
  const determiner = lower(tokens[j]) === 'the';
  if (determiner) j++;
  let former = false;
  let where: string | undefined;
  // made only when needed: this runs at nearly every word of an article
  let qualifiers: string[] | undefined;
  for (let guard = 0; guard < 6; guard++) {
    const w = lower(tokens[j]);
    const here = titleMatcher.longest(tokens, j);
    // "Tory" is a title alone ("the Tory") but a qualifier before one ("the Tory peer")
    const partyBeforeTitle = PARTIES.has(w) && here?.length === 1 && !!titleMatcher.longest(tokens, j + 1);
    if (here && !partyBeforeTitle) break;
    if (FORMER.has(w)) {
      former = true;
      j += tokens[j + 1]?.text === '-' ? 2 : 1;
    } else if (NEUTRAL.has(w) || (PORTFOLIO.has(w) && j > i)) {
      j++;
    } else if (PARTIES.has(w)) {
      (qualifiers ??= []).push(PARTIES.get(w)!);
      j++;
    } else if (!where) {
      const m = readModifier(tokens, j, gaz);
      if (!m) break;
      where = m.where;
      j = m.next;
    } else break;
  }
  const t = titleMatcher.longest(tokens, j);
  if (!t) return null;
  const title = t.values[0]!;
  const titleToks = tokens.slice(j, j + t.length);
  // an all-capitals word is an acronym, not a title ("PM" and "MP" excepted)
  if (titleToks.some((x) => /^\p{Lu}{2,}$/u.test(x.text) && !/^(?:PM|MP)$/.test(x.text))) return null;
  let end = j + t.length;
  // a portfolio after the title: "Minister for Europe", "Secretary of State for Energy Security"
  const forThe = lower(tokens[end + 1]) === 'the' ? 1 : 0;
  if (lower(tokens[end]) === 'for' && isCapitalised(tokens[end + 1 + forThe])) {
    let k = end + 1 + forThe;
    while (k < tokens.length && (isCapitalised(tokens[k]) || (/^(?:and|the|of)$/.test(tokens[k]!.text) && isCapitalised(tokens[k + 1])))) k++;
    // the run may end with the holder's name: a known person, else its last two words when longer
    const from = end + 1 + forThe;
    const known = tokens.slice(from, k).findIndex((_, x) => gaz.matcher.longest(tokens, from + x)?.values.some((v) => v.kind === 'Person'));
    end = known > 0 ? from + known : k - from >= 3 ? k - 2 : k;
  }
  const explicitWhere = !!where;
  if (!where && lower(tokens[end]) === 'of') {
    const m = readModifier(tokens, lower(tokens[end + 1]) === 'the' ? end + 2 : end + 1, gaz);
    // "head of Ukraine's presidential office" is not the head of Ukraine
    const possessive = m && tokens[m.next - 1]?.lower === 's' && tokens[m.next - 2]?.key === "'";
    if (m && !possessive) {
      where = m.where;
      end = m.next;
    }
  }
  // "ambassador to the UN", "envoy to Moscow": the state or body they are sent to is not acting
  if ((title.key === 'ambassador' || title.key === 'envoy') && lower(tokens[end]) === 'to') {
    const at = lower(tokens[end + 1]) === 'the' ? end + 2 : end + 1;
    const m = readModifier(tokens, at, gaz);
    if (m) end = m.next;
  }
  return {
    start: i,
    end,
    title,
    ...((where ?? title.country ?? title.org) ? { where: where ?? title.country ?? title.org } : {}),
    explicitWhere: explicitWhere || end > j + t.length,
    former,
    determiner,
    capitalised: titleToks.every((x) => isCapitalised(x) || /^(?:of|the|and|for|to)$/.test(x.text)),
    qualifiers: qualifiers ?? [],
  };
}
