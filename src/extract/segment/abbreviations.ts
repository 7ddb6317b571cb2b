/** Words that end in a full stop without ending a sentence, so the splitter does not break after them. */

/** Titles and common abbreviations, compared without the trailing dot and case-insensitively. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'pres', 'rev', 'hon', 'fr', 'mt', 'ft', 'vs', 'etc',
  'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx', 'est', 'cf', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that only hold before a number ("No. 10", "Vol. 3"); "voted no. Then" ends a sentence. */
export const NUMBERED_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'fig', 'vol', 'art', 'p', 'pp']);

/**
 * After an initial ("J.") or a dotted acronym ("U.S."), a sentence break is only believed when
 * the next word is one that usually opens a sentence rather than continues a name.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at',
  'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'meanwhile',
  'however', 'after', 'before', 'while', 'when', 'as', 'if', 'so', 'yet', 'officials', 'mr', 'mrs', 'ms',
]);
