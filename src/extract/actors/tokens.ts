/** Word tokens with offsets and a match key, shared by the phrase matcher and the rules. */

export interface Token {
  /** Surface text. */
  text: string;
  /** Match key: accents folded, curly apostrophes straightened, function words lower-cased. */
  key: string;
  /** The key lower-cased: what case-blind lookups (titles, word lists) compare. */
  lower: string;
  start: number;
  end: number;
}

/** Words matched whatever their case ("The Kremlin" = "the Kremlin"). */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'der', 'von', 'van', 'den', 'al', 'bin', 'da', 'di']);

/** Letters NFKD leaves whole ("Radosław", "Støre"), folded one for one so lengths hold. */
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H' };

/** Folds accents and typographic apostrophes so "Élysée" matches "Elysee" and "d’Orsay" "d'Orsay". */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØđĐıħĦ]/g, (c) => STROKED[c]!)
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/** Keys of every token text seen so far: news reuses a small vocabulary, and `fold` is costly. */
const KEYS = new Map<string, { key: string; lower: string }>();
const MAX_KEYS = 200_000;

function keysOf(text: string): { key: string; lower: string } {
  let k = KEYS.get(text);
  if (!k) {
    const f = fold(text);
    const lower = f.toLowerCase();
    k = { key: FUNCTION_WORDS.has(lower) ? lower : f, lower };
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(text, k);
  }
  return k;
}

export function tokenKey(text: string): string {
  return keysOf(text).key;
}

/**
 * Character classes of the tokenizer: words are runs of letters, marks and digits; every other
 * non-space character is a token alone. So "U.S." is four tokens, "Starmer’s" three.
 */
const SPACE = 0;
const WORD = 1;
const OTHER = 2;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const CLASS = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) ? WORD : cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : OTHER;
  let c = CLASS.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
    CLASS.set(cp, c);
  }
  return c;
}

function token(text: string, start: number, end: number, shift: number): Token {
  const t = text.slice(start, end);
  const k = keysOf(t);
  return { text: t, key: k.key, lower: k.lower, start: start + shift, end: end + shift };
}

/** Tokens of text[from, to), their offsets into `text` (a sentence of `doc.text`, without copying it). */
export function tokenizeRange(text: string, from: number, to: number, shift = 0): Token[] {
  const tokens: Token[] = [];
  let wordStart = -1;
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (c === WORD) {
      if (wordStart < 0) wordStart = i;
    } else {
      if (wordStart >= 0) tokens.push(token(text, wordStart, i, shift));
      wordStart = -1;
      if (c === OTHER) tokens.push(token(text, i, Math.min(i + size, to), shift));
    }
    i += size;
  }
  if (wordStart >= 0) tokens.push(token(text, wordStart, to, shift));
  return tokens;
}

export function tokenize(text: string, offset = 0): Token[] {
  return tokenizeRange(text, 0, text.length, offset);
}

/** Keys of a phrase as the matcher stores it. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

const UPPER_START = /^\p{Lu}/u;
/** Starts with a capital letter (ASCII answered without the Unicode regex). */
export const isCapitalised = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(t.text);
};
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
