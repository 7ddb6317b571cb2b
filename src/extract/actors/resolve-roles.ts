/**
 * Resolving role descriptions: "the US president" to the office holder on the article's date,
 * "the Prime Minister" to the prime minister the article is about, "the former prime minister" and
 * "the Tory peer" to someone just named, "his Saudi counterpart" through the possessor's office,
 * and an unnamed official ("the Russian ambassador") to the state they speak for.
 */
import type { Actor } from '../../model/schema.ts';
import type { Mention } from '../doc.ts';
import type { ArticlePerson } from './article-people.ts';
import { heldOn, isIso3, roleKeyOfOffice, type ResolveContext } from './resolve-context.ts';
import { readRolePhrase, type RolePhrase } from './role-phrase.ts';
import { localRole, UNRESOLVABLE_ROLES } from './roles.ts';
import { tokenize } from './tokens.ts';

/** Descriptions that name no office ("the peer", "the politician"): they only point back. */
const DESCRIPTIVE = new Set(['peer', 'politician', 'diplomat', 'businessman', 'partisan-republican', 'partisan-democratic', 'partisan-conservative']);
/** "the Republican", "the Tory": a party member just named. */
const PARTISAN: Record<string, string> = { 'partisan-republican': 'Republican', 'partisan-democratic': 'Democratic', 'partisan-conservative': 'Conservative' };

export function resolveRole(m: Mention, ctx: ResolveContext): Actor | undefined {
  return appositive(m, ctx) ?? describedPerson(m, ctx);
}

/** "Ukraine's envoy to the UN, Sergiy Kyslytsya": a description set off before a known name is that person. */
function appositive(m: Mention, { doc, gaz }: ResolveContext): Actor | undefined {
  const next = mentionsBySentence(doc.mentions).get(m.sentence)?.find((x) => x.start >= m.end);
  if (!next || next.kind !== 'Person' || !next.actor || doc.text.slice(m.end, next.start).trim() !== ',') return undefined;
  return gaz.byId(next.actor);
}

const BY_SENTENCE = new WeakMap<Mention[], Map<number, Mention[]>>();
/** The mentions of each sentence, in text order (built once per mentions layer). */
function mentionsBySentence(mentions: Mention[]): Map<number, Mention[]> {
  let index = BY_SENTENCE.get(mentions);
  if (!index) {
    index = new Map();
    for (const x of mentions) {
      const list = index.get(x.sentence);
      if (list) list.push(x);
      else index.set(x.sentence, [x]);
    }
    BY_SENTENCE.set(mentions, index);
  }
  return index;
}

function describedPerson(m: Mention, ctx: ResolveContext): Actor | undefined {
  const { gaz, people, date } = ctx;
  const r = readRolePhrase(tokenize(m.text), 0, gaz);
  if (!r) return undefined;
  const key = r.title.key;
  const seen = people.recent().filter((p) => p.lastSentence >= m.sentence - 6 || !r.former);
  const describes = (p: ArticlePerson) => matchesQualifiers(p, r);
  // an anonymous official of a state ("the Russian ambassador") stands for the state
  const state = () => (r.explicitWhere && r.where ? gaz.byId(r.where) : undefined);
  if (r.former || DESCRIPTIVE.has(key)) {
    // "the former prime minister", "the Tory peer": someone the article has just named
    const named = seen.find((p) => describes(p) && (DESCRIPTIVE.has(key) || people.holds(p, key, r.where, date, true) || people.holds(p, key, r.where, undefined, true)))?.actor;
    // "a senior Chinese diplomat" that fits no one named: an anonymous official, standing for the state
    return named ?? (!r.former && UNRESOLVABLE_ROLES.has(key) ? state() : undefined);
  }
  if (key === 'counterpart') return counterpart(m, r, ctx);
  if (UNRESOLVABLE_ROLES.has(key)) {
    return seen.find((p) => p.lastSentence >= m.sentence - 3 && people.holds(p, key, r.where, date) && describes(p))?.actor ?? state();
  }
  if (r.where) {
    const holder = gaz.officeHolder(localRole(key, r.where), r.where, date);
    if (holder) return gaz.byId(holder.id);
    return seen.find((p) => people.holds(p, localRole(key, r.where), r.where, date) && describes(p))?.actor ?? state();
  }
  const inArticle = seen.find((p) => people.holds(p, localRole(key, p.actor.country), undefined, date) && describes(p));
  if (inArticle) return inArticle.actor;
  // the article's home first, then the states it names most, for the one that has the office
  for (const c of new Set([...ctx.home(), ...ctx.ranked()])) {
    const holder = gaz.officeHolder(localRole(key, c), c, date);
    if (holder) return gaz.byId(holder.id);
  }
  // "the Secretary-General" in an article about the UN or Nato: the organisations it names
  const orgs = new Set(ctx.doc.mentions.filter((x) => x.kind === 'Organization' && x.actor).map((x) => x.actor!));
  for (const o of orgs) {
    const holder = gaz.officeHolder(key, o, date);
    if (holder) return gaz.byId(holder.id);
  }
  return undefined;
}

/** "his Saudi counterpart": the holder, in that state, of the office the person just named holds. */
function counterpart(m: Mention, r: RolePhrase, { gaz, resolved, date }: ResolveContext): Actor | undefined {
  const owner = [...resolved].reverse().find((x) => x.sentence === m.sentence && x.end <= m.start && x.kind === 'Person' && x.actor);
  const office = owner?.actor ? gaz.person(owner.actor)?.offices.find((o) => o.country && heldOn(o, date)) : undefined;
  const key = office ? roleKeyOfOffice(office.role) : undefined;
  const holder = key && r.where && !UNRESOLVABLE_ROLES.has(key) ? gaz.officeHolder(key, r.where, date) : undefined;
  return holder ? gaz.byId(holder.id) : r.explicitWhere && r.where ? gaz.byId(r.where) : undefined;
}

function matchesQualifiers(p: ArticlePerson, r: RolePhrase): boolean {
  if (r.title.key === 'peer' && !p.peer) return false;
  const party = PARTISAN[r.title.key];
  if (party && p.party !== party) return false;
  if (r.qualifiers.length && (!p.party || !r.qualifiers.includes(p.party))) return false;
  if (r.explicitWhere && isIso3(r.where) && p.actor.country && p.actor.country !== r.where) return false;
  return true;
}
