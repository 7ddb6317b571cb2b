/**
 * Conservative pronoun resolution: "he"/"she" goes to a person of matching gender named earlier in
 * the sentence when there is exactly one, else to the subject (first-named) of the nearest earlier
 * sentence that names someone of that gender. Anything less certain stays unresolved.
 */
import type { Doc, Mention } from '../doc.ts';
import type { ArticlePeople, ArticlePerson } from './article-people.ts';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
/** How many sentences back a pronoun may reach for its antecedent. */
const LOOKBACK = 2;

export function resolvePronoun(m: Mention, earlier: Mention[], people: ArticlePeople, doc: Doc): ArticlePerson | undefined {
  const word = m.text.toLowerCase();
  const gender = MALE.has(word) ? 'm' : FEMALE.has(word) ? 'f' : undefined;
  if (!gender) return undefined;
  const isPerson = (x: Mention) => x.kind === 'Person' && x.actor && !x.modifier && x.via !== 'pronoun';
  const fits = (x: Mention) => people.get(x.actor!)?.gender === gender;

  // a person named in a quotation is not who the narrative's "he" refers to
  const outsideQuotes = (x: Mention) => !doc.quotes.some((q) => q.start <= x.start && x.end <= q.end);
  const same = earlier.filter((x) => x.sentence === m.sentence && x.end <= m.start && isPerson(x) && outsideQuotes(x));
  const sameIds = new Set(same.filter(fits).map((x) => x.actor));
  if (sameIds.size === 1) return people.get([...sameIds][0]!);
  if (sameIds.size > 1) return undefined;
  // someone of the other gender in between, and no match in this sentence: still look back
  for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - LOOKBACK); s--) {
    const inSentence = earlier.filter((x) => x.sentence === s && isPerson(x) && outsideQuotes(x));
    const matching = inSentence.filter(fits);
    if (matching.length) return people.get(matching[0]!.actor!);
    // a sentence naming only people of the other gender does not block; one naming nobody is skipped
  }
  return undefined;
}
