/** The curated gazetteer of people (data/people.yaml) as Actor records with offices and gender. */
import type { Actor, Office } from '../../model/schema.ts';
import { loadPeople } from './data-files.ts';
import { kebab } from './tokens.ts';
import { HONORIFICS } from './names.ts';
import { roleOf } from './roles.ts';

export type Gender = 'm' | 'f';

export interface PersonEntry extends Actor {
  gender?: Gender;
  party?: string;
  peer?: boolean;
  /** Surname used alone in text: "Starmer", "von der Leyen", "Lula". */
  surnames: string[];
  given: string;
}

/** Particles that begin a surname: "Ursula von der Leyen" → "von der Leyen". */
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ben']);
/** Regnal names ("Charles III", "Felipe VI") and titles used as a name. */
const REGNAL = /^(?:[IVX]+|Jr\.?|Sr\.?)$/;

/** States whose people are named family name first in English news: "Xi Jinping" is Mr Xi. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'PRK', 'KOR', 'VNM', 'KHM']);

/** Splits a full name into given name and surname ("Sergey Lavrov" → Sergey, Lavrov; "Xi Jinping" → Jinping, Xi). */
export function splitName(name: string, familyFirst = false): { given: string; surname: string } {
  const words = name.split(/\s+/).filter((w) => !REGNAL.test(w));
  if (familyFirst && words.length >= 2) return { given: words.slice(1).join(' '), surname: words[0]! };
  if (words.length <= 1) return { given: '', surname: words[0] ?? name };
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
  return { given: words.slice(0, i).join(' '), surname: words.slice(i).join(' ') };
}

export function buildPeople(): PersonEntry[] {
  return loadPeople().map((p) => {
    const offices: Office[] = p.o.map(([role, where, from, to]) => ({
      role,
      ...(/^[A-Z]{3}$/.test(where) ? { country: where } : { org: where }),
      from,
      ...(to ? { to } : {}),
    }));
    for (const o of offices) if (!roleOf(o.role)) throw new Error(`actors: unknown role "${o.role}" for ${p.n}`);
    const familyFirst = !!p.c && FAMILY_NAME_FIRST.has(p.c);
    const { given, surname } = splitName(p.n, familyFirst);
    // a monarch or pope is never named by a bare "Charles" or "Leo"
    const regnal = /\s[IVX]+$/.test(p.n);
    // `s: ""` in the data: never named by a surname alone ("Prince William")
    const surnames = new Set(p.s === '' ? [] : [p.s ?? surname]);
    // "al-Sisi" is also "Sisi", "el-Sisi"
    for (const x of [...surnames]) if (/^(?:al|el)-/i.test(x) && !HONORIFICS.has(x.slice(3))) surnames.add(x.replace(/^(?:al|el)-/i, ''));
    // "Volodymyr Zelenskyy" → "Zelenskyy": every spelling of the surname is a surname
    for (const a of p.a) {
      const s = splitName(a, familyFirst);
      if (p.s !== '' && (s.given === given || a.split(/\s+/).length === 1)) surnames.add(a.split(/\s+/).length === 1 ? a : s.surname);
    }
    return {
      id: p.id ?? kebab(p.n),
      kind: 'Person' as const,
      name: p.n,
      aliases: p.a,
      ...(p.c ? { country: p.c } : {}),
      offices,
      ...(p.g ? { gender: p.g } : {}),
      ...(p.p ? { party: p.p } : {}),
      ...(p.peer ? { peer: true } : {}),
      surnames: regnal ? [] : [...surnames].filter((s) => /^\p{Lu}/u.test(s) && s.length > (familyFirst ? 1 : 2)),
      given,
    };
  });
}
