/** Person-name spans in text: runs of capitalised words that can be a name, and honorifics. */
import { isCapitalised, touching, type Token } from './tokens.ts';

export const HONORIFICS = new Map<string, 'm' | 'f' | undefined>([
  ['Mr', 'm'], ['Mrs', 'f'], ['Ms', 'f'], ['Miss', 'f'], ['Dr', undefined], ['Sir', 'm'], ['Dame', 'f'],
  ['Lord', 'm'], ['Lady', 'f'], ['Baroness', 'f'], ['Baron', 'm'], ['Prof', undefined], ['Professor', undefined],
  ['Madam', 'f'], ['Monsieur', 'm'], ['Madame', 'f'], ['Herr', 'm'], ['Frau', 'f'], ['Senor', 'm'], ['Sheikh', 'm'], ['Prince', 'm'], ['Princess', 'f'],
]);
/** Honorifics under which a peer is named with a territorial designation: "Lord Howard of Lympne". */
const PEERAGE = new Set(['Lord', 'Lady', 'Baroness', 'Baron']);

/** Lower-case words allowed inside a name: "Ursula von der Leyen", "Mohammed bin Salman". */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ben', 'ibn', 'y']);

/** Capitalised words that never begin or continue a person's name, even after "Mr". */
const NEVER_NAME = new Set(
  'The A An This That These Those It Its He She His Her They Their We Our I You In On At Of For To From By With As And But Or If When While After Before Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);
/** Offices after an honorific: "Lord Chancellor", "Mr Speaker", "Madam President" are not names. */
const TITLE_WORDS = new Set('Chancellor Speaker Mayor President Minister Secretary Justice Advocate Chief Provost High Deputy Ambassador Chairman Chair Commissioner General Admiral Marshal Bishop Archbishop'.split(' '));
/** Capitalised words that are not part of a name unless an honorific says so ("Mrs May"). */
const NOT_NAME = new Set(
  (
    'January February March April May June July August September October November December ' +
    'Minister Ministers Secretary President Prime Chancellor Government Office Street House Road Square Palace Party Council Committee Ministry Department ' +
    'Agency Union Parliament Commons Lords Army Navy Forces Force Bank Court University News Times Post Radio Today Tonight Sunday Daily Weekly Live Update ' +
    'North South East West Northern Southern Eastern Western Central Republic Kingdom States United National International Federal Royal Labour Conservative ' +
    'Tory Tories Democrat Democrats Republican Republicans Reform Green Liberal Senate Congress Cabinet Embassy Summit Conference Treaty Agreement Deal War ' +
    'Read More Share Comment Advertisement Getty Images Photo Watch Video Listen Follow Sign Subscribe Click Mr Mrs Ms Sir Dame Lord Lady Dr Defence Foreign Home ' +
    'Justice Health Security Affairs General Secretary-General Envoy Ambassador Spokesman Spokeswoman Minister Leader Opposition Shadow Deputy Vice Chief Head Director ' +
    'Christmas Easter Brexit Covid God Allah Islam Christian Muslim Jewish Catholic Holocaust Gaza Crimea Donbas Donbass Kursk Zaporizhzhia Kharkiv Odesa Mariupol Bakhmut Avdiivka Pokrovsk Kherson Luhansk Donetsk ' +
    'Europe European Africa Asia America Americas Arctic Atlantic Pacific Middle Baltic Balkans Caucasus Gulf Sahel Mediterranean Black Red Sea Ocean Island Islands'
  ).split(' '),
);
/** Last words that make a capitalised run a place or institution: "Lancaster House", "Downing Street". */
const PLACE_SUFFIX = /^(?:Street|House|Square|Road|Palace|Avenue|Hall|Office|Park|Airport|Bridge|Centre|Center|Castle|Abbey|Cathedral|Building|Tower|Gardens|Lane|Place|Hotel|Club|Stadium|Institute|Foundation|Group|Fund|Library|Museum|Memorial|Prize|Award|Doctrine|Era|Company|Corporation|Inc|Ltd|Plc|Media|Network|Service|Services|Council|Agency|Ministry|Committee|Commission|Court|Party|Forum|Summit|Conference|Act|Bill|Treaty|Accord|Accords|Plan|Programme|Program|Initiative|Strategy|Doctrine)$/;

/** Patterns of readName, made once (a regex literal in a loop is a new object each time round). */
const INITIAL = /^\p{Lu}$/u;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}]*$/u;
const JOINER = /^[-'’]$/;
const LETTER_START = /^\p{L}/u;
const POSSESSIVE_S = /^s$/i;

export interface NameSpan {
  /** Index one past the last token of the name. */
  end: number;
  words: string[];
  text: string;
}

/** A word that cannot be part of a name; `afterTitle`: the first word after an honorific or title. */
function excluded(w: string, afterTitle: boolean, i: number): boolean {
  // after an honorific or a capitalised title even "May" or "He" can be a name ("Vice Premier He Lifeng")
  return TITLE_WORDS.has(w) || HONORIFICS.has(w) || (afterTitle ? NEVER_NAME.has(w) && !(i > 0 && w === 'He') : NEVER_NAME.has(w) || NOT_NAME.has(w));
}

/**
 * Reads a person name starting at tokens[i]: capitalised words, particles inside, hyphen or
 * apostrophe joins ("Kosiniak-Kamysz", "Sa'ar"), and for peers "of Place". Null when no name.
 */
export function readName(tokens: Token[], i: number, opts: { peerage?: boolean; honorific?: boolean; max?: number } = {}): NameSpan | null {
  const max = opts.max ?? 4;
  const honorific = !!opts.honorific;
  const words: string[] = [];
  let j = i;
  let startTok: Token | undefined;
  let endTok: Token | undefined;
  while (j < tokens.length && words.length < max) {
    const t = tokens[j]!;
    // a middle initial: "Donald J. Trump", "John F. Kennedy"
    if (words.length > 0 && INITIAL.test(t.text) && tokens[j + 1]?.text === '.' && isCapitalised(tokens[j + 2])) {
      words.push(`${t.text}.`);
      j += 2;
      continue;
    }
    if (isCapitalised(t) && !excluded(t.text, honorific && words.length === 0, i) && NAME_WORD.test(t.text)) {
      let w = t.text;
      let k = j + 1;
      // joined pieces: "Kosiniak-Kamysz", "Sa'ar", "O'Brien" (but not the possessive "’s")
      while (k + 1 < tokens.length && JOINER.test(tokens[k]!.text) && touching(tokens[k - 1]!, tokens[k]!) && touching(tokens[k]!, tokens[k + 1]!) && LETTER_START.test(tokens[k + 1]!.text) && !POSSESSIVE_S.test(tokens[k + 1]!.text)) {
        w += tokens[k]!.text + tokens[k + 1]!.text;
        k += 2;
      }
      words.push(w);
      startTok ??= t;
      endTok = tokens[k - 1]!;
      j = k;
      continue;
    }
    // particles only inside a name: "von der Leyen", "bin Salman"
    if (words.length > 0 && NAME_PARTICLES.has(t.text)) {
      let k = j;
      while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.text)) k++;
      if (k < tokens.length && isCapitalised(tokens[k]) && !excluded(tokens[k]!.text, false, i)) {
        words.push(...tokens.slice(j, k).map((x) => x.text));
        j = k;
        continue;
      }
    }
    if (opts.peerage && words.length > 0 && t.text === 'of' && isCapitalised(tokens[j + 1]) && !NEVER_NAME.has(tokens[j + 1]!.text)) {
      words.push('of', tokens[j + 1]!.text);
      endTok = tokens[j + 1]!;
      j += 2;
      break;
    }
    break;
  }
  if (!words.length || !startTok || !endTok) return null;
  if (PLACE_SUFFIX.test(words[words.length - 1]!)) return null;
  return { end: j, words, text: words.join(' ') };
}

export interface Honorific {
  honorific: string;
  /** Index of the token after it. */
  next: number;
  peerage: boolean;
}

/** An honorific at tokens[i] ("Mr", "Mr.", "Sir"). */
export function readHonorific(tokens: Token[], i: number): Honorific | null {
  const t = tokens[i];
  if (!t || !HONORIFICS.has(t.text)) return null;
  let next = i + 1;
  if (tokens[next]?.text === '.' && touching(t, tokens[next]!)) next++;
  return { honorific: t.text, next, peerage: PEERAGE.has(t.text) };
}

/** Function words and weekdays: never a name by themselves ("He" is a pronoun, not He Lifeng). */
export const isNeverName = (word: string): boolean => NEVER_NAME.has(word);

export const genderOfHonorific = (h: string): 'm' | 'f' | undefined => HONORIFICS.get(h);
