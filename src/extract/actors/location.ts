/** Tells a capital or seat of government used as a place ("talks in Moscow") from one that acts. */
import type { Token } from './tokens.ts';

/** Prepositions after which a capital is where something happens. */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'within', 'into', 'towards', 'toward', 'via', 'through', 'over', 'above', 'beyond']);
/** Words of travel: "a trip to Washington", "flew back from Kyiv", "visited Moscow". */
const MOVEMENT = new Set(
  'trip trips visit visits visited visiting travel travelled traveled travels travelling traveling flew fly flies flying arrived arrive arrives arriving return returned returns returning journey way headed heading head heads go goes went going gone came come comes coming back moved move flight flights invited invitation invite drove drive driven road train trains departed depart left leave leaves leaving summoned relocated evacuated fled escaped returned tour toured touring pilgrimage dash'.split(' '),
);
/** Nouns after which a capital names a place or event: "the Paris summit", "Moscow's streets". */
const PLACE_NOUNS = new Set(['summit', 'talks', 'conference', 'meeting', 'meetings', 'negotiations', 'trip', 'visit', 'residents', 'streets', 'airport', 'region', 'metro', 'suburbs', 'outskirts', 'mayor', 'skyline', 'city', 'marathon', 'olympics', 'based',
  // agreements and formats named after the city: "the Minsk accords", "the Normandy format"
  'accord', 'accords', 'agreement', 'agreements', 'memorandum', 'statute', 'convention', 'pact', 'protocol', 'declaration', 'process', 'format', 'wall', 'club', 'consensus', 'communique', 'communiqué', 'treaty', 'framework']);
/**
 * A visit or trip to a capital or seat is a visit to its government ("will visit Washington", "a trip
 * to the White House"): the destination acts, and the relation finder decides whether it is a meeting.
 */
const VISIT = new Set('visit visits visited visiting trip trips travel travelled traveled travels travelling traveling tour tours toured touring invitation invited invite invites'.split(' '));
const PAST_TENSE_VISIT = new Set(['reached', 'reach', 'left', 'leaving', 'leaves', 'bombed', 'shelled', 'struck', 'hit', 'attacked', 'captured', 'liberated', 'encircled']);

const low = (t: Token | undefined) => t?.lower ?? '';

/** Words before "at" that make what follows a target, not a place: "hit out at China", "took aim at the US". */
const TARGET_AT = new Set('out aim aimed aiming swipe swipes jab jabs dig digs scoffed scoffs scoff fired firing railed sneered angry furious frustrated directed pointed pointing'.split(' '));
/** Whether the preposition at `p` is an "at" of aiming rather than of place. */
const aimedAt = (tokens: Token[], p: number): boolean => low(tokens[p]) === 'at' && TARGET_AT.has(low(tokens[p - 1]));

/** True when tokens [i, end) — a capital or seat — are used as a location in their sentence. */
export function isLocative(tokens: Token[], i: number, end: number): boolean {
  // a possessive acts: "Moscow's demands", "the Kremlin's position"
  if (low(tokens[end]) === "'" && low(tokens[end + 1]) === 's') return false;
  let p = i - 1;
  if (low(tokens[p]) === 'the') p--;
  const prev = low(tokens[p]);
  if (PLACE_PREPS.has(prev) && !aimedAt(tokens, p)) return true;
  // "talks in Riyadh and Moscow": the second of two places is a place too
  if ((prev === 'and' || prev === 'or') && p >= 2 && /^\p{Lu}/u.test(tokens[p - 1]?.text ?? '')) {
    let q = p - 1;
    while (q > 0 && /^\p{Lu}/u.test(tokens[q - 1]?.text ?? '')) q--;
    if (PLACE_PREPS.has(low(tokens[q - 1])) || (low(tokens[q - 1]) === 'the' && PLACE_PREPS.has(low(tokens[q - 2])))) return true;
  }
  if (PAST_TENSE_VISIT.has(prev)) return true;
  if (prev === 'to' || prev === 'from' || prev === 'for') {
    for (let k = p - 1; k >= Math.max(0, p - 4); k--) {
      const w = low(tokens[k]);
      if (prev === 'to' && VISIT.has(w)) return false;
      if (MOVEMENT.has(w)) return true;
    }
  }
  const next = low(tokens[end]) === '-' ? low(tokens[end + 1]) : low(tokens[end]);
  return PLACE_NOUNS.has(next);
}

/** Prepositions after which a country's name is only the scene: "talks in Saudi Arabia". */
const SCENE_PREPS = new Set(['in', 'at', 'inside', 'within', 'throughout', 'near', 'outside']);

/**
 * True when a country's name is used as a place. Stricter than for capitals: only "in/at X", and
 * not "in US foreign policy", where the short name qualifies a noun.
 */
export function isScene(tokens: Token[], i: number, end: number): boolean {
  if (low(tokens[end]) === "'" && low(tokens[end + 1]) === 's') return false;
  let p = i - 1;
  if (low(tokens[p]) === 'the') p--;
  if (!SCENE_PREPS.has(low(tokens[p])) || aimedAt(tokens, p)) return false;
  const attributive = /^\p{Lu}+$/u.test(tokens[end - 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[end]?.text ?? '');
  return !attributive;
}
