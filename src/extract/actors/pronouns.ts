/**
 * Conservative pronoun resolution. "He"/"she" goes to: the one person of matching gender named
 * earlier in the sentence; or, among several, the subject the pronoun reports ("Trump said he"),
 * for "his"/"her" the nearest subject ("the chancellor raised her budget"), for "him" the one who
 * is not the clause's subject; or else the subject of the nearest earlier sentence naming someone
 * of that gender. Inside a quotation, only someone named earlier in it. Otherwise: unresolved.
 */
import type { Doc, Mention } from '../doc.ts';
import type { ArticlePeople, ArticlePerson } from './article-people.ts';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const POSSESSIVE = new Set(['his', 'her']);
const OBJECT = new Set(['him', 'her']);
/** How many sentences back a pronoun may reach for its antecedent. */
const LOOKBACK = 2;
/** Words after a name that show it is not the subject of a verb. */
const NOT_VERB = new Set('a an the and or nor of in on at to for with by from as that who which whose whom but than into over under about after before during against between he she his her him they their it its this these those'.split(' '));
const REPORTING = /^(?:said|says|told|tells|added|adds|insisted|insists|claimed|claims|believes|believed|thinks|thought|suggested|suggests|warned|warns|argued|argues|stressed|stresses|admitted|admits|announced|announces|declared|declares|confirmed|confirms|hoped|hopes|wants|wanted|promised|promises|vowed|vows|pledged|pledges|indicated|indicates|signalled|signaled|explained|explains|wrote|writes|noted|notes|made clear|has said|had said|has made clear|would|will|was|is)$/;

const nextWord = (doc: Doc, end: number): string => {
  const m = /^(?:['’]s)?[\s,]*([\p{L}]+)/u.exec(doc.text.slice(end, end + 40));
  return m?.[1] ?? '';
};
/** A name directly followed by a verb-like word is the subject of its clause: "Mr Trump said". */
export const isSubject = (doc: Doc, x: Mention): boolean => {
  if (/^['’]s/.test(doc.text.slice(x.end, x.end + 2))) return false;
  const w = nextWord(doc, x.end);
  return /^\p{Ll}/u.test(w) && !NOT_VERB.has(w);
};

/** Whether a he/she pronoun can refer to someone of `gender` (unknown fits either). */
export const pronounFits = (pronoun: string, gender: string | undefined): boolean => {
  const w = pronoun.toLowerCase();
  return !gender || (gender === 'm' ? MALE.has(w) : FEMALE.has(w));
};

/** ", and will later hold his": a coordinated verb phrase with no subject of its own before the pronoun. */
const SUBJECTLESS_COORDINATION = /\band\s+(?:(?:later|then|also|again|soon|afterwards)\s+)?(?:will|would|can|could|shall|should|must|may|might|has|had|is|was|later|then|also)\b[^,;]*$/;

/** A fronted participle: "Asked whether he …, Mr X answered", "Asked about Y and Z, he said". */
const FRONTED = /^(?:Asked|Pressed|Questioned|Quizzed|Challenged|Speaking|Responding|Reacting|Commenting|Answering|Addressing)\b[^,]{0,200},/;

/**
 * Where the fronted participial clause of sentence `s` ends (the offset of its comma), or -1.
 * Its pronouns are the main clause's subject's, and its names are not what the main clause's "he" means.
 */
export function frontedClauseEnd(doc: Doc, s: number): number {
  const sentence = doc.sentences[s];
  if (!sentence) return -1;
  const c = doc.text.charCodeAt(sentence.start);
  if (c < 65 || c > 90) return -1;
  const m = FRONTED.exec(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 220)));
  return m ? sentence.start + m[0].length - 1 : -1;
}

/** "We called the chancellor and she agreed": a pronoun opening the clause right after a name. */
const conjoined = (doc: Doc, x: Mention, m: Mention): boolean => /^\s*,?\s*(?:and|but)\s*$/.test(doc.text.slice(x.end, m.start));

/** `earlier`: the mentions before `m`, in text order (so their sentences never decrease). */
export function resolvePronoun(m: Mention, earlier: Mention[], people: ArticlePeople, doc: Doc): ArticlePerson | undefined {
  const word = m.text.toLowerCase();
  const gender = MALE.has(word) ? 'm' : FEMALE.has(word) ? 'f' : undefined;
  if (!gender) return undefined;
  // every rule below looks back at most LOOKBACK sentences: keep only that tail of the article
  let from = earlier.length;
  while (from > 0 && earlier[from - 1]!.sentence >= m.sentence - LOOKBACK) from--;
  earlier = earlier.slice(from);
  const fits = (x: Mention) => people.get(x.actor!)?.gender === gender;
  const pick = (x: Mention | undefined) => (x ? people.get(x.actor!) : undefined);
  const named = (x: Mention) => x.kind === 'Person' && !!x.actor && !x.modifier && x.via !== 'pronoun';

  // inside a quotation, only someone the speaker has just named in it: "I phoned Olaf and he agreed"
  const quote = doc.quotes.find((q) => q.start <= m.start && m.end <= q.end);
  if (quote) {
    const inQuote = earlier.filter((x) => x.start >= quote.start && x.end <= m.start && x.sentence >= m.sentence - 1 && named(x) && fits(x));
    const last = inQuote[inQuote.length - 1];
    if (new Set(inQuote.map((x) => x.actor)).size === 1 || (last && conjoined(doc, last, m))) return pick(last);
    return undefined;
  }
  // a person named in a quotation is not who the narrative's "he" refers to
  const outsideQuotes = (x: Mention) => !doc.quotes.some((q) => q.start <= x.start && x.end <= q.end);
  const isPerson = (x: Mention) => named(x) && outsideQuotes(x);
  /** A lone person of unknown gender also fits: "Transport Secretary Ngozi Eze ... she said". */
  const alone = (xs: Mention[]) => {
    const ids = new Set(xs.map((x) => x.actor));
    return ids.size === 1 && people.get(xs[0]!.actor!)?.gender === undefined ? xs[0] : undefined;
  };

  // "Asked about Ann and Bob, he said": the names inside the fronted clause are not the subject
  const fronted = frontedClauseEnd(doc, m.sentence);
  const clauseStart = fronted >= 0 && m.start > fronted ? fronted : -1;
  const before = earlier.filter((x) => x.sentence === m.sentence && x.end <= m.start && x.start > clauseStart && isPerson(x));
  const same = before.filter(fits);
  if (!same.length && alone(before)) return pick(alone(before));
  const ids = new Set(same.map((x) => x.actor));
  if (ids.size === 1) return pick(same[0]);
  if (ids.size > 1) {
    // "Lula said he would never sanction him": the object is not the subject just resolved
    if (OBJECT.has(word)) {
      const subject = earlier.filter((x) => x.sentence === m.sentence && x.via === 'pronoun' && x.actor && x.end <= m.start && fits(x)).pop();
      const others = [...ids].filter((id) => id !== subject?.actor);
      if (subject && others.length === 1) return people.get(others[0]!);
    }
    // "Ann is to meet Bob, and will later hold her first talks with Cy": a verb phrase coordinated
    // without a new subject keeps the sentence subject as its possessor
    if (POSSESSIVE.has(word)) {
      const sentenceStart = doc.sentences[m.sentence]?.start ?? 0;
      const tail = doc.text.slice(Math.max(sentenceStart, same[same.length - 1]!.end), m.start);
      const subject = same.find((x) => isSubject(doc, x));
      if (subject && subject !== same[same.length - 1] && SUBJECTLESS_COORDINATION.test(tail)) return pick(subject);
    }
    const nearest = same[same.length - 1]!;
    const between = doc.text.slice(nearest.end, m.start).replace(/^['’]s\b/, '').trim().split(/\s+/).filter(Boolean);
    // "the chancellor said she", "the senator renewed his plea"
    const reports = between.length > 0 && between.length <= 3 && REPORTING.test(between.filter((w) => w !== 'that').join(' '));
    const possessive = POSSESSIVE.has(word) && between.length > 0 && between.length <= 2 && isSubject(doc, nearest);
    return reports || possessive || conjoined(doc, nearest, m) ? pick(nearest) : undefined;
  }
  for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - LOOKBACK); s--) {
    const inSentence = earlier.filter((x) => x.sentence === s && isPerson(x));
    const matching = inSentence.filter(fits);
    // "He said Ann had lost. … he said": a resolved subject pronoun carries the topic on
    const carried = earlier.find((x) => x.sentence === s && x.via === 'pronoun' && !!x.actor && outsideQuotes(x) && fits(x) && isSubject(doc, x));
    if (carried && !matching.some((x) => x.start < carried.start && isSubject(doc, x))) return pick(carried);
    if (!matching.length && alone(inSentence)) return pick(alone(inSentence));
    if (!matching.length) continue;
    // the subject of the earlier sentence: the first name followed by a verb, else the first name
    return pick(matching.find((x) => isSubject(doc, x)) ?? matching[0]);
  }
  return undefined;
}
