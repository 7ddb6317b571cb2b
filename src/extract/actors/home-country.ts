/**
 * The states an article is written from and about, most likely first: the home of an
 * unqualified "the Prime Minister" or of a domestic title like "Home Secretary".
 */
import type { Doc } from '../doc.ts';
import type { Gazetteer } from './gazetteer.ts';

export interface Homes {
  /** The article's home when one state clearly leads; empty otherwise. */
  clear: string[];
  /** Every state the article names, most named first (each named at least twice). */
  ranked: string[];
}

const cache = new WeakMap<Doc, Homes>();

/** Top-level domains and outlets that fix an article's home state. */
const SOURCE_HOME: [RegExp, string][] = [
  [/\.(?:co\.)?uk\b|\b(?:bbc|guardian|telegraph|independent|times|sky|itv|mirror|express|dailymail|standard|ft)\b/i, 'GBR'],
  [/\b(?:nytimes|washingtonpost|cnn|foxnews|nbcnews|cbsnews|abcnews|npr|politico|axios|wsj)\b/i, 'USA'],
  [/\.fr\b|lemonde|france24/i, 'FRA'],
  [/\.de\b|spiegel|dw\.com/i, 'DEU'],
  [/\.ua\b|kyivindependent|kyivpost|ukrinform/i, 'UKR'],
  [/\.ca\b|cbc\.ca/i, 'CAN'],
  [/\.au\b|abc\.net\.au/i, 'AUS'],
];

/**
 * The article's home: its outlet if known, else the state whose people and government it names
 * clearly most often; and all the states it names, ranked. (Reads the names the ruler resolved.)
 */
export function homeCountries(doc: Doc, gaz: Gazetteer): Homes {
  const hit = cache.get(doc);
  if (hit) return hit;
  const score = new Map<string, number>();
  const bump = (c: string | undefined, w: number) => c && score.set(c, (score.get(c) ?? 0) + w);
  const source = [doc.meta.source, doc.meta.url, doc.meta.file].filter(Boolean).join(' ');
  for (const [re, c] of SOURCE_HOME) if (re.test(source)) bump(c, 1000);
  for (const m of doc.mentions) {
    if (!m.actor || m.modifier) continue;
    // people weigh more than places: an article about Ukraine written in London names British ministers
    const kind = gaz.byId(m.actor)?.kind;
    bump(gaz.countryOf(m.actor), kind === 'Person' ? 3 : 1);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  // only a clear leader is the article's home: a guess between near-equals is worse than none
  const [first, second] = ranked;
  const homes: Homes = {
    clear: first && first[1] >= 3 && first[1] >= 1.5 * (second?.[1] ?? 0) ? [first[0]] : [],
    ranked: ranked.filter(([, n]) => n >= 2).map(([c]) => c),
  };
  cache.set(doc, homes);
  return homes;
}
