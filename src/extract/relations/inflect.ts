/**
 * English verb inflection for the cue lexicon, so each cue is written once as a lemma
 * ("accuse") and matches "accuses", "accused", "accusing". Irregular forms are listed here.
 */

const IRREGULAR: Record<string, string[]> = {
  be: ['is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"],
  meet: ['met'],
  hold: ['held'],
  speak: ['spoke', 'spoken'],
  stand: ['stood'],
  tell: ['told'],
  send: ['sent'],
  give: ['gave', 'given'],
  put: ['put'],
  fly: ['flew', 'flown'],
  have: ['has', 'had'],
  rule: [],
  begin: ['began', 'begun'],
  hit: ['hit'],
  lash: [],
  do: ['does', 'did', 'done'],
  set: ['set'],
  take: ['took', 'taken'],
  make: ['made'],
  run: ['ran'],
  throw: ['threw', 'thrown'],
  break: ['broke', 'broken'],
  freeze: ['froze', 'frozen'],
  bear: ['bore', 'borne'],
  seek: ['sought'],
  withhold: ['withheld'],
  lead: ['led'],
  leave: ['left'],
  see: ['saw', 'seen'],
  shake: ['shook', 'shaken'],
  rise: ['rose', 'risen'],
  write: ['wrote', 'written'],
  withdraw: ['withdrew', 'withdrawn'],
  win: ['won'],
  draw: ['drew', 'drawn'],
  get: ['got', 'gotten'],
  sit: ['sat'],
  tear: ['tore', 'torn'],
  lay: ['laid'],
  come: ['came'],
  stick: ['stuck'],
  cut: ['cut'],
  quit: ['quit'],
};

/** Verbs that double their final consonant: "ban" → "banned", "banning". */
const DOUBLING = new Set(['ban', 'jet', 'slam', 'snub', 'veto', 'stop', 'plan', 'put', 'hit', 'set', 'run', 'rebut',
  'commit', 'admit', 'quit', 'regret', 'omit', 'permit', 'submit', 'refer', 'prefer', 'confer', 'defer', 'occur']);
/** A one-syllable verb ending in one vowel and one consonant doubles it too: "ship" → "shipped", "bar" → "barred". */
const doubles = (lemma: string): boolean => DOUBLING.has(lemma) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma);

export function inflections(lemma: string): string[] {
  const forms = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const last = lemma.at(-1) ?? '';
  const consonantY = /[^aeiou]y$/.test(lemma);
  // third person
  if (lemma === 'veto') forms.add('vetoes');
  else if (/(s|sh|ch|x|z|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (consonantY) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  // past and participle
  if (!IRREGULAR[lemma]?.length || lemma === 'have' || lemma === 'do') {
    if (lemma === 'veto') forms.add('vetoed');
    else if (last === 'e') forms.add(`${lemma}d`);
    else if (consonantY) forms.add(`${lemma.slice(0, -1)}ied`);
    else if (doubles(lemma)) forms.add(`${lemma}${last}ed`);
    else forms.add(`${lemma}ed`);
  }
  // gerund
  if (lemma === 'veto') forms.add('vetoing');
  else if (/[^e]e$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ing`);
  else if (doubles(lemma)) forms.add(`${lemma}${last}ing`);
  else forms.add(`${lemma}ing`);
  // British doubling of a final single-vowel "l": "expelled", "travelled", "labelled"
  if (/[^aeiou][aeiou]l$/.test(lemma)) forms.add(`${lemma}led`).add(`${lemma}ling`);
  if (lemma === 'be') ['bes', 'bed', 'beed'].forEach((f) => forms.delete(f));
  if (lemma === 'have') ['haves', 'haved'].forEach((f) => forms.delete(f));
  if (lemma === 'do') ['dos', 'doed'].forEach((f) => forms.delete(f));
  if (lemma === 'criticise') ['criticize', 'criticizes', 'criticized', 'criticizing'].forEach((f) => forms.add(f));
  return [...forms];
}
