/** Word tokens with offsets and a match key, shared by the phrase matcher and the rules. */

export interface Token {
  /** Surface text. */
  text: string;
  /** Match key: accents folded, curly apostrophes straightened, function words lower-cased. */
  key: string;
  start: number;
  end: number;
}

/** Words matched whatever their case ("The Kremlin" = "the Kremlin"). */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'der', 'von', 'van', 'den', 'al', 'bin', 'da', 'di']);

/** Folds accents and typographic apostrophes so "Élysée" matches "Elysee" and "d’Orsay" "d'Orsay". */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

export function tokenKey(text: string): string {
  const f = fold(text);
  const lower = f.toLowerCase();
  return FUNCTION_WORDS.has(lower) ? lower : f;
}

/** Words (letters/digits) and single punctuation marks; "U.S." is four tokens, "Starmer’s" three. */
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    tokens.push({ text: m[0], key: tokenKey(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

/** Keys of a phrase as the matcher stores it. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
export const isWord = (t: Token | undefined): boolean => !!t && /^[\p{L}\p{N}]/u.test(t.text);

/** True when tokens a and b are adjacent in the text (no space between), e.g. "Starmer" "’". */
export const touching = (a: Token, b: Token): boolean => a.end === b.start;

/** kebab-case id from a name: "Ursula von der Leyen" → "ursula-von-der-leyen". */
export function kebab(name: string): string {
  return fold(name)
    .toLowerCase()
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
