/**
 * Resolving names: titled names ("Home Secretary Yvette Cooper") to a gazetteer person or a new
 * open-set person, and surnames ("Mr Trump", "Starmer", "Sir Keir") to someone the article has
 * introduced or, failing that, to an office holder famous enough to need no introduction.
 */
import type { Actor } from '../../model/schema.ts';
import type { Mention } from '../doc.ts';
import type { ArticlePerson } from './article-people.ts';
import { genderOfFirstName } from './first-names.ts';
import { genderOfHonorific, readHonorific, readName, type Honorific } from './names.ts';
import type { PersonEntry } from './people.ts';
import { heldOn, isIso3, roleKeyOfOffice, type ResolveContext, type Resolution } from './resolve-context.ts';
import { readRolePhrase, type RolePhrase } from './role-phrase.ts';
import { kebab, tokenize } from './tokens.ts';

/** Role keys a bare "Starmer" may carry without an introduction in the article: heads and top ministers. */
const PROMINENT = new Set(['president', 'prime-minister', 'chancellor', 'king', 'queen', 'emperor', 'emir', 'sultan', 'pope', 'supreme-leader', 'crown-prince', 'vice-president', 'foreign-minister', 'defence-minister', 'secretary-general', 'high-representative', 'commission-president', 'council-president', 'envoy']);
/** Heads of state and government: famous enough to be named by surname alone even after office. */
const LEADERS = new Set(['president', 'prime-minister', 'chancellor', 'supreme-leader', 'king', 'emperor', 'emir', 'sultan']);

/** Honorifics followed by a given name, not a surname. */
const GIVEN_NAME_HONORIFICS = /^(?:Sir|Dame|Sheikh|Sheikha|Sheik|Prince|Princess)$/;

const cleanRole = (s: string): string => s.replace(/^(?:former|ex-|then-)\s*/i, '').trim();

export function resolveTitled(m: Mention, ctx: ResolveContext): Resolution {
  const { gaz } = ctx;
  const tokens = tokenize(m.text);
  const r = readRolePhrase(tokens, 0, gaz);
  const h = r ? null : readHonorific(tokens, 0);
  let nameStart = r?.end ?? h?.next ?? 0;
  if (tokens[nameStart]?.text === ',') nameStart++; // apposition: "the envoy, Jane Doe"
  const name = readName(tokens, nameStart, { peerage: h?.peerage ?? false, honorific: !!h });
  if (!name) return undefined;
  // or the title after the name: "Jane Doe, the Estonian foreign minister"
  if (!r && !h && tokens[name.end]?.text === ',') {
    const after = readRolePhrase(tokens, name.end + 1, gaz);
    if (after) return resolveTitledParts(m.text.slice(tokens[name.end + 1]!.start), after, null, name.words, ctx);
  }
  const known = gaz.matcher.longest(tokens, nameStart)?.values.find((v) => v.kind === 'Person');
  const knownActor = known && gaz.byId(known.id);
  if (knownActor) return { actor: knownActor };
  const roleText = r ? m.text.slice(0, tokens[r.end - 1]!.end - tokens[0]!.start) : undefined;
  return resolveTitledParts(roleText, r, h, name.words, ctx);
}

/** A titled person from their title text and role phrase (if any), honorific (if any) and name words. */
function resolveTitledParts(titleText: string | undefined, r: RolePhrase | null, h: Honorific | null, words: string[], ctx: ResolveContext): Resolution {
  const fullName = words.join(' ');
  const seen = ctx.people.get(kebab(fullName));
  if (seen) return { actor: seen.actor };
  const roleText = titleText ? cleanRole(titleText.replace(/^the\s+/i, '')) : undefined;
  const where = r?.where;
  // a domestic title names its state; an organisation's title none; a generic one the article's home
  const country = isIso3(where) ? where : where ? undefined : ctx.home()[0];
  const peer = h?.peerage ?? false;
  const actor: Actor = {
    id: kebab(fullName),
    kind: 'Person',
    name: peer ? `${h!.honorific} ${fullName}` : fullName,
    aliases: [],
    offices: roleText && where && !isIso3(where) ? [{ role: roleText, org: where }] : [],
    ...(country ? { country } : {}),
    ...(roleText ? { role: roleText } : {}),
  };
  const gender = h ? genderOfHonorific(h.honorific) : genderOfFirstName(words[0]!);
  const ofIdx = words.indexOf('of');
  const surname = ofIdx > 0 ? words[ofIdx - 1]! : words[words.length - 1]!;
  return {
    actor,
    extra: {
      surnames: new Set([surname]),
      given: words.length > 1 && ofIdx !== 1 ? words[0]! : '',
      ...(gender ? { gender } : {}),
      ...(r ? { roleKey: r.title.key } : {}),
      ...(peer ? { peer: true } : {}),
      ...(r?.qualifiers[0] ? { party: r.qualifiers[0] } : {}),
    },
  };
}

export function resolveSurname(m: Mention, ctx: ResolveContext): Resolution {
  const { gaz, people, date } = ctx;
  const tokens = tokenize(m.text);
  const r = readRolePhrase(tokens, 0, gaz);
  const h = r ? null : readHonorific(tokens, 0);
  const word = tokens.slice(r?.end ?? h?.next ?? 0).map((t) => t.text).join('').replace(/['’]s$/, '');
  const gender = h ? genderOfHonorific(h.honorific) : undefined;
  const fits = (p: { gender?: string }) => !gender || !p.gender || p.gender === gender;

  // "Sir Keir", "Dame Karen", "Sheikh Mohammed": knights and Gulf royals are called by their given name
  const byGiven = h && GIVEN_NAME_HONORIFICS.test(h.honorific) ? people.byGiven(word).filter(fits) : [];
  const seen = [...people.bySurname(word).filter(fits), ...byGiven][0];
  if (seen) return { actor: seen.actor };

  const known = gaz.bySurname(word).filter(fits);
  const current = known.filter((p) => p.offices.some((o) => heldOn(o, date)));
  const holds = (p: PersonEntry, keys: Set<string>, now = true) => p.offices.some((o) => keys.has(roleKeyOfOffice(o.role)) && (now ? heldOn(o, date) : !date || !o.from || o.from <= date));
  // "Trump" is the president, not the first lady: among namesakes, the one in a top office
  const top = current.filter((p) => holds(p, PROMINENT));
  const pick = current.length === 1 ? current[0] : top.length === 1 ? top[0] : known.length === 1 ? known[0] : undefined;
  if (pick) {
    // someone not yet introduced: "Mr Trump" needs a current office; a bare "Putin" a top one (and,
    // with namesakes such as Tony and Bill Blair, a sitting leader); a bare "Merkel" a past leadership
    const distinctive = word.length > 3 || pick.name.startsWith(`${word} `);
    const bare = distinctive && holds(pick, PROMINENT) && (known.length === 1 || holds(pick, LEADERS));
    const formerLeader = known.length === 1 && word.length > 4 && holds(pick, LEADERS, false);
    const actor = gaz.byId(pick.id);
    if (actor && (((h || r) && current.includes(pick)) || bare || formerLeader)) return { actor };
  }
  // "Mr Smith", never introduced: an open-set person known by surname only
  if (h && !r && /^\p{Lu}\p{Ll}/u.test(word)) {
    const country = ctx.home()[0];
    const actor: Actor = { id: kebab(word), kind: 'Person', name: word, aliases: [], offices: [], ...(country ? { country } : {}) };
    const extra: Partial<ArticlePerson> = { surnames: new Set([word]), given: '', ...(gender ? { gender } : {}) };
    return { actor, extra };
  }
  return undefined;
}
