/**
 * The entity ruler: finds every reference to an actor in each sentence — gazetteer names,
 * demonyms, capitals and seats, titled people, honorific and bare surnames, role descriptions and
 * pronouns — as mentions. Names resolve here; surnames, roles and pronouns are left to the resolver.
 */
import type { Component, Doc, Mention, MentionVia } from '../doc.ts';
import type { ActorKind } from '../../model/schema.ts';
import { getGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { readEpithet } from './epithets.ts';
import { isLocative, isScene } from './location.ts';
import { isNeverName, readHonorific, readName } from './names.ts';
import { readRolePhrase } from './role-phrase.ts';
import { readStateReference } from './state-references.ts';
import { isCapitalised, tokenizeRange, type Token } from './tokens.ts';

interface Candidate {
  /** Token index one past the span. */
  end: number;
  /** Tie-break between candidates of equal length: lower wins. */
  rank: number;
  mention?: { actor: string | null; kind: ActorKind | null; via: MentionVia; modifier?: boolean };
  /** The state or organisation a role phrase names ("Germany's chancellor"): a modifier mention of its own. */
  owner?: { start: number; end: number; id: string; kind: ActorKind };
  /** Surname of a new person this candidate introduces, remembered only if the candidate wins. */
  introduces?: string;
}

const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const DATE_PREPS = new Set(['in', 'since', 'until', 'till', 'by', 'last', 'next', 'early', 'late', 'mid', 'of', 'from', 'through', 'during', 'this', 'before', 'after', 'on']);
/** Surnames in the gazetteer that are also everyday words, capitalised at the start of a sentence. */
const COMMON_WORDS = new Set(['Major', 'May', 'Brown', 'Hunt', 'Stride', 'Pierce', 'Cotton', 'Burns', 'Reed', 'Wright', 'Rice', 'Long', 'Young', 'King', 'Law', 'Cook', 'Black', 'White', 'Green', 'Little', 'Hill', 'Wood', 'Miller', 'Warner', 'Powell', 'Adams', 'Duffy', 'Paz', 'Salam', 'Costa', 'Abe', 'Dar']);
/** Nouns after a person's name that make the phrase their government: "the Trump administration". */
const GOVERNMENT_OF_PERSON = new Set(['administration', 'government', 'regime', 'cabinet']);

/** The longest candidate wins; of equal length the lower rank, then the one tried first. */
const better = (a: Candidate | null, b: Candidate | null): Candidate | null => (b && (!a || b.end > a.end || (b.end === a.end && b.rank < a.rank)) ? b : a);

const LETTER_START = /^\p{L}/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\d/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const SPEAKS = /^(?:said|says|told|added|insisted|warned|argued|wrote|replied)$/;
const startsWithLetter = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_START.test(w);
};

const apostropheS = (tokens: Token[], k: number) => tokens[k]?.key === "'" && tokens[k + 1]?.lower === 's';

export function createEntityRuler(gaz: Gazetteer = getGazetteer()): Component {
  return {
    name: 'entity-ruler',
    requires: ['sentences'],
    assigns: ['mentions'],
    run(doc: Doc): Doc {
      const mentions: Mention[] = [];
      const seen = new Set<string>();
      /** Surnames of people introduced with a title in this article, so "Cooper" later finds "Yvette Cooper". */
      const openSurnames = new Set<string>();
      /** Acronyms of organisations this article has named in full. */
      const acronyms = new Map<string, { id: string; kind: ActorKind }>();

      for (const sentence of doc.sentences) {
        // offsets index doc.text, whatever the splitter did to sentence.text
        const tokens = tokenizeRange(doc.text, sentence.start, sentence.end);
        const push = (i: number, end: number, m: NonNullable<Candidate['mention']>) => {
          const start = tokens[i]!.start;
          const stop = tokens[end - 1]!.end;
          const mention: Mention = { start, end: stop, text: doc.text.slice(start, stop), sentence: sentence.index, actor: m.actor, kind: m.kind, via: m.via };
          if (m.modifier !== undefined) mention.modifier = m.modifier;
          mentions.push(mention);
          if (m.actor) seen.add(m.actor);
          // "the Rapid Support Forces … the RSF": the initials of an organisation named in full stand for it
          if (m.actor && (m.kind === 'Organization' || m.kind === 'Group') && !m.modifier && end - i >= 2) {
            const initials = acronymOf(tokens, i, end);
            if (initials) acronyms.set(initials, { id: m.actor, kind: m.kind });
          }
        };

        for (let i = 0; i < tokens.length; ) {
          let best = gazetteerCandidate(tokens, i, gaz, seen);
          best = better(best, roleCandidate(tokens, i, gaz, openSurnames));
          best = better(best, honorificCandidate(tokens, i, gaz));
          best = better(best, surnameCandidate(tokens, i, gaz, openSurnames));
          best = better(best, namedThenTitled(tokens, i, gaz));
          if (!best && acronyms.size && ACRONYM.test(tokens[i]!.text)) {
            const a = acronyms.get(tokens[i]!.text);
            if (a) best = { end: i + 1, rank: 0, mention: { actor: a.id, kind: a.kind, via: 'name' } };
          }
          if (!best) {
            // "the veteran leftist said": a person described, resolved (or dropped) by the resolver
            const end = readEpithet(tokens, i);
            if (end > 0) best = { end, rank: 4, mention: { actor: null, kind: 'Person', via: 'epithet' } };
          }
          if (!best) {
            // "the administration", "it": a state by reference, resolved (or dropped) by the resolver
            const ref = readStateReference(tokens, i, gaz);
            if (ref) best = { end: ref.end, rank: 6, mention: { actor: ref.actor, kind: 'Country', via: ref.end - i === 1 ? 'pronoun' : 'role' } };
          }
          const t = tokens[i]!;
          // "He" inside a sentence is a name ("Vice Premier He Lifeng"), not a pronoun
          if (PRONOUNS.has(t.lower) && !(i > 0 && isCapitalised(t) && LETTER_START.test(tokens[i - 1]!.text))) {
            best = better(best, { end: i + 1, rank: 5, mention: { actor: null, kind: 'Person', via: 'pronoun' } });
          }
          if (!best) {
            i++;
            continue;
          }
          if (best.mention) push(i, best.end, best.mention);
          if (best.owner) push(best.owner.start, best.owner.end, { actor: best.owner.id, kind: best.owner.kind, via: 'name', modifier: true });
          if (best.introduces) openSurnames.add(best.introduces);
          i = best.end;
        }
      }
      return { ...doc, mentions };
    },
  };
}

const ACRONYM = /^[A-Z]{2,6}$/;
const ACRONYM_SKIP = new Set(['the', 'of', 'and', 'for', 'in', 'on', '&']);
/** Initials of the capitalised words of tokens [i, end): "Rapid Support Forces" → "RSF"; none for one word. */
function acronymOf(tokens: Token[], i: number, end: number): string | undefined {
  let out = '';
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (ACRONYM_SKIP.has(t.lower)) continue;
    if (!isCapitalised(t)) return undefined;
    out += t.text[0];
  }
  return out.length >= 2 ? out : undefined;
}

function gazetteerCandidate(tokens: Token[], i: number, gaz: Gazetteer, seen: Set<string>): Candidate | null {
  const m = gaz.matcher.longest(tokens, i);
  if (!m) return null;
  const end = i + m.length;
  const e: GazetteerEntry | undefined = m.values.find((v) => !v.contextual || v.contextual.some((id) => seen.has(id)));
  if (!e || e.kind === 'none') return { end, rank: 0 };
  if (e.metonym && isLocative(tokens, i, end)) return { end, rank: 0 };
  if (e.kind === 'Country' && e.via === 'name' && isScene(tokens, i, end)) return { end, rank: 0 };
  // "Chad Smith", "Jordan Peterson": a one-word state name that begins a person's name
  if (e.kind === 'Country' && m.length === 1 && isCapitalised(tokens[end]) && !gaz.matcher.longest(tokens, end) && (readName(tokens, i)?.end ?? 0) > end) return { end, rank: 0 };
  if (e.kind === 'Person' && GOVERNMENT_OF_PERSON.has(tokens[end]?.lower ?? '')) {
    const country = gaz.countryOf(e.id);
    if (country) return { end: end + 1, rank: 0, mention: { actor: country, kind: 'Country', via: 'name' } };
  }
  // "Russia's Vladimir Putin", "France's Macron": the state only qualifies the person named next
  const possessivePerson = e.kind === 'Country' && apostropheS(tokens, end) && isCapitalised(tokens[end + 2]) && (gaz.matcher.longest(tokens, end + 2)?.values.some((v) => v.kind === 'Person') || gaz.bySurname(tokens[end + 2]!.text).length > 0);
  // "US-led", "Tehran-backed", "Kremlin-controlled": a compound adjective qualifies, it does not act
  const compound = tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]!.end && LOWER_START.test(tokens[end + 1]?.text ?? '');
  return { end, rank: 0, mention: { actor: e.id, kind: e.kind, via: e.via, ...(e.modifier || possessivePerson || compound ? { modifier: true } : {}) } };
}

function roleCandidate(tokens: Token[], i: number, gaz: Gazetteer, openSurnames: Set<string>): Candidate | null {
  const first = tokens[i]!.lower;
  // a role phrase starts with "the", a modifier, "former" or the title itself
  if (!startsWithLetter(first)) return null;
  const r = readRolePhrase(tokens, i, gaz);
  if (!r) return null;
  const c = roleCandidateOf(r, tokens, i, gaz, openSurnames);
  if (c && r.explicitWhere && r.where) c.owner = ownerSpan(tokens, r.start, r.end, r.where, gaz);
  return c;
}

/** Where in a role phrase its state or organisation is named. */
function ownerSpan(tokens: Token[], start: number, end: number, id: string, gaz: Gazetteer): Candidate['owner'] {
  for (let j = start; j < end; j++) {
    const m = gaz.matcher.longest(tokens, j);
    const e = m?.values.find((v) => v.id === id);
    // a demonym ("the French president", "his Saudi counterpart") only qualifies: no actor of its own
    if (m && e) return e.kind === 'none' || e.via === 'demonym' ? undefined : { start: j, end: j + m.length, id, kind: e.kind };
  }
  return undefined;
}

function roleCandidateOf(r: NonNullable<ReturnType<typeof readRolePhrase>>, tokens: Token[], i: number, gaz: Gazetteer, openSurnames: Set<string>): Candidate | null {
  const k = r.end;
  const person = gaz.matcher.longest(tokens, k);
  const pe = person?.values.find((v) => v.kind === 'Person');
  if (person && pe) return { end: k + person.length, rank: 1, mention: { actor: pe.id, kind: 'Person', via: 'name' } };
  const name = readName(tokens, k, { honorific: r.capitalised });
  if (name && name.words.length >= 2) {
    return { end: name.end, rank: 1, mention: { actor: null, kind: 'Person', via: 'titled' }, introduces: name.words[name.words.length - 1]! };
  }
  if (name && name.words.length === 1 && (r.capitalised || gaz.bySurname(name.text).length || openSurnames.has(name.text))) {
    return { end: name.end, rank: 1, mention: { actor: null, kind: 'Person', via: 'surname' } };
  }
  // apposition: "the Secretary of State for Defence, John Healey," / "Ukraine's envoy, Olena Marchenko,"
  // "the ministry's spokesman, Jane Doe,": a possessor makes the title definite
  const possessed = i >= 2 && tokens[i - 1]!.lower === 's' && tokens[i - 2]!.key === "'";
  if (tokens[k]?.text === ',' && (r.determiner || r.explicitWhere || possessed)) {
    const app = readName(tokens, k + 1);
    const gzApp = gaz.matcher.longest(tokens, k + 1)?.values[0];
    const after = app ? tokens[app.end] : undefined;
    const closes = !!app && (!after || /^[,.;:)–—-]$/.test(after.text));
    // a known name is found on its own; the description before it still resolves to the same person
    if (app && app.words.length >= 2 && !gzApp && closes) {
      return { end: app.end, rank: 1, mention: { actor: null, kind: 'Person', via: 'titled' }, introduces: app.words[app.words.length - 1]! };
    }
  }
  // a bare description must point at one office holder: "the US president", "the Prime Minister"
  const describes = r.determiner || r.explicitWhere || r.former;
  if (!describes) return null;
  if (r.title.key === 'leader' && !r.explicitWhere && r.qualifiers.length === 0 && !r.former) return null;
  return { end: k, rank: 1, mention: { actor: null, kind: 'Person', via: 'role' } };
}

/** "Jane Doe, the Estonian foreign minister, said": a new name introduced by the title after it. */
function namedThenTitled(tokens: Token[], i: number, gaz: Gazetteer): Candidate | null {
  if (!isCapitalised(tokens[i]) || (i > 0 && isCapitalised(tokens[i - 1]) && LETTER_START.test(tokens[i - 1]!.text))) return null;
  const name = readName(tokens, i);
  if (!name || name.words.length < 2 || tokens[name.end]?.text !== ',' || gaz.matcher.longest(tokens, i)) return null;
  // "Jane Doe, a spokeswoman for the Swedish foreign ministry,": an indefinite title must say whose
  const indefinite = tokens[name.end + 1]?.lower === 'a' || tokens[name.end + 1]?.lower === 'an';
  const r = readRolePhrase(tokens, name.end + (indefinite ? 2 : 1), gaz);
  if (!r || !(indefinite ? r.explicitWhere : r.determiner || r.explicitWhere) || r.former) return null;
  return { end: r.end, rank: 1, mention: { actor: null, kind: 'Person', via: 'titled' }, introduces: name.words[name.words.length - 1]! };
}

function honorificCandidate(tokens: Token[], i: number, gaz: Gazetteer): Candidate | null {
  const h = readHonorific(tokens, i);
  if (!h) return null;
  const person = gaz.matcher.longest(tokens, h.next);
  const pe = person?.values.find((v) => v.kind === 'Person');
  if (person && pe) return { end: h.next + person.length, rank: 2, mention: { actor: pe.id, kind: 'Person', via: 'name' } };
  const name = readName(tokens, h.next, { peerage: h.peerage, honorific: true, max: 3 });
  if (!name) return null;
  const ofIdx = name.words.indexOf('of');
  const surname = ofIdx > 0 ? name.words[ofIdx - 1]! : name.words[name.words.length - 1]!;
  return { end: name.end, rank: 2, mention: { actor: null, kind: 'Person', via: name.words.length > 1 ? 'titled' : 'surname' }, introduces: surname };
}

function surnameCandidate(tokens: Token[], i: number, gaz: Gazetteer, openSurnames: Set<string>): Candidate | null {
  const t = tokens[i]!;
  if (!isCapitalised(t) || isNeverName(t.text)) return null;
  if (!gaz.bySurname(t.text).length && !openSurnames.has(t.text)) return null;
  // "Major powers...", "Brown said": a surname that is also a common word opens no sentence
  const speaks = SPEAKS.test(tokens[i + 1]?.text ?? '');
  if (COMMON_WORDS.has(t.text) && (i === 0 || !LETTER_START.test(tokens[i - 1]!.text)) && !speaks) return null;
  // "May 2025", "in May": a month, not Theresa May
  if (MONTHS.has(t.text) && (DATE_PREPS.has(tokens[i - 1]?.lower ?? '') || DIGIT_START.test(tokens[i + 1]?.text ?? ''))) return null;
  // part of another person's name: "Alex Johnson" is not Boris Johnson
  const prev = tokens[i - 1];
  if (i > 0 && prev && isCapitalised(prev) && CAPITALISED_WORD.test(prev.text) && !gaz.matcher.longest(tokens, i - 1) && readName(tokens, i - 1)?.end === i + 1) return null;
  // "Lee Anderson", "Martin Lewis": a surname of the gazetteer used as someone's first name
  const next = tokens[i + 1];
  if (next && CAPITALISED_WORD.test(next.text) && !isNeverName(next.text) && !gaz.matcher.longest(tokens, i + 1) && (readName(tokens, i)?.end ?? 0) > i + 1) return null;
  // "the Starmer government", "Zelensky's government"
  const gov = GOVERNMENT_OF_PERSON.has(tokens[i + 1]?.lower ?? '') ? i + 2 : apostropheS(tokens, i + 1) && GOVERNMENT_OF_PERSON.has(tokens[i + 3]?.lower ?? '') ? i + 4 : 0;
  if (gov) {
    const countries = new Set(gaz.bySurname(t.text).map((p) => p.country));
    const country = countries.size === 1 ? [...countries][0] : undefined;
    if (country) return { end: gov, rank: 3, mention: { actor: country, kind: 'Country', via: 'name' } };
  }
  return { end: i + 1, rank: 3, mention: { actor: null, kind: 'Person', via: 'surname' } };
}
