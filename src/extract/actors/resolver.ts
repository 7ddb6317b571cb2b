/**
 * The resolver (coreference): gives every surname, titled name, role description and pronoun
 * mention its actor — an earlier person of the article, a gazetteer office holder on the article's
 * date, or a new open-set person — and fills `doc.actors` with the records of every actor referred to.
 */
import type { Actor } from '../../model/schema.ts';
import type { Component, Doc, Mention } from '../doc.ts';
import { ArticlePeople, type ArticlePerson } from './article-people.ts';
import { genderOfFirstName } from './first-names.ts';
import { getGazetteer, type Gazetteer } from './gazetteer.ts';
import { homeCountries } from './home-country.ts';
import { genderOfHonorific, readHonorific, readName } from './names.ts';
import { readRolePhrase, type RolePhrase } from './role-phrase.ts';
import { UNRESOLVABLE_ROLES } from './roles.ts';
import { kebab, tokenize } from './tokens.ts';
import { resolvePronoun } from './pronouns.ts';

/** Role keys a bare "Starmer" may carry without an introduction in the article: heads and top ministers. */
const PROMINENT = new Set(['president', 'prime-minister', 'chancellor', 'monarch', 'supreme-leader', 'crown-prince', 'vice-president', 'foreign-minister', 'defence-minister', 'secretary-general', 'high-representative', 'commission-president', 'council-president', 'envoy']);
/** Heads of state and government: famous enough to be named by surname alone even after office. */
const LEADERS = new Set(['president', 'prime-minister', 'chancellor', 'supreme-leader', 'monarch']);
const isIso3 = (s: string | undefined): s is string => !!s && /^[A-Z]{3}$/.test(s);

export function createResolver(gaz: Gazetteer = getGazetteer()): Component {
  return {
    name: 'resolver',
    requires: ['sentences', 'mentions'],
    assigns: ['mentions', 'actors'],
    run(doc: Doc): Doc {
      const date = doc.meta.date;
      const people = new ArticlePeople(gaz);
      const actors = new Map<string, Actor>(doc.actors);
      const home = () => homeCountries(doc, gaz).clear;
      const ranked = () => homeCountries(doc, gaz).ranked;
      const resolved: Mention[] = [];

      const record = (m: Mention, actor: Actor | undefined, extra: Partial<ArticlePerson> = {}): Mention => {
        if (!actor) return { ...m, actor: null };
        actors.set(actor.id, actors.get(actor.id) ?? actor);
        if (actor.kind === 'Person' && !m.modifier) people.see(actor, m.sentence, extra);
        return { ...m, actor: actor.id, kind: actor.kind };
      };

      for (const m of doc.mentions) {
        let out: Mention;
        if (m.actor) out = record(m, actors.get(m.actor) ?? gaz.byId(m.actor));
        else if (m.via === 'titled') out = resolveTitled(m);
        else if (m.via === 'surname') out = resolveSurname(m);
        else if (m.via === 'role') out = record(m, appositive(m) ?? resolveRole(m));
        else if (m.via === 'pronoun') {
          const p = resolvePronoun(m, resolved, people, doc);
          out = p ? record(m, p.actor) : { ...m, actor: null };
        } else out = m;
        resolved.push(out);
      }
      return { ...doc, mentions: resolved, actors };

      function resolveTitled(m: Mention): Mention {
        const tokens = tokenize(m.text);
        const r = readRolePhrase(tokens, 0, gaz);
        const h = r ? null : readHonorific(tokens, 0);
        let nameStart = r?.end ?? h?.next ?? 0;
        if (tokens[nameStart]?.text === ',') nameStart++; // apposition: "the envoy, Jane Doe"

        const name = readName(tokens, nameStart, { peerage: h?.peerage ?? false, honorific: !!h });
        if (!name) return { ...m, actor: null };
        const fullName = name.words.join(' ');
        const known = gaz.matcher.longest(tokens, nameStart)?.values.find((v) => v.kind === 'Person');
        if (known) return record(m, gaz.byId(known.id));
        const seen = people.get(kebab(fullName));
        if (seen) return record(m, seen.actor);
        const roleText = r ? m.text.slice(0, tokens[r.end - 1]!.end).replace(/^the\s+/i, '') : undefined;
        const where = r?.where;
        const country = isIso3(where) ? where : where ? undefined : (home()[0] ?? undefined);
        const peer = h?.peerage ?? false;
        const actor: Actor = {
          id: kebab(fullName),
          kind: 'Person',
          name: peer ? `${h!.honorific} ${fullName}` : fullName,
          aliases: [],
          offices: r && where && !isIso3(where) ? [{ role: cleanRole(roleText!), org: where }] : [],
          ...(country ? { country } : {}),
          ...(roleText ? { role: cleanRole(roleText) } : {}),
        };
        const gender = h ? genderOfHonorific(h.honorific) : genderOfFirstName(name.words[0]!);
        const ofIdx = name.words.indexOf('of');
        const surname = ofIdx > 0 ? name.words[ofIdx - 1]! : name.words[name.words.length - 1]!;
        return record(m, actor, {
          surnames: new Set([surname]),
          given: name.words.length > 1 && ofIdx !== 1 ? name.words[0]! : '',
          ...(gender ? { gender } : {}),
          ...(r ? { roleKey: r.title.key } : {}),
          ...(peer ? { peer: true } : {}),
          ...(r?.qualifiers[0] ? { party: r.qualifiers[0] } : {}),
        });
      }

      function resolveSurname(m: Mention): Mention {
        const tokens = tokenize(m.text);
        const r = readRolePhrase(tokens, 0, gaz);
        const h = r ? null : readHonorific(tokens, 0);
        const start = r?.end ?? h?.next ?? 0;
        const word = tokens.slice(start).map((t) => t.text).join('').replace(/['’]s$/, '');
        const gender = h ? genderOfHonorific(h.honorific) : undefined;
        const fits = (p: ArticlePerson) => !gender || !p.gender || p.gender === gender;
        // "Sir Keir", "Dame Karen": British knights are called by their given name
        const byGiven = h && /^(?:Sir|Dame)$/.test(h.honorific) ? people.byGiven(word).filter(fits) : [];
        const seen = [...people.bySurname(word).filter(fits), ...byGiven];
        if (seen[0]) return record(m, seen[0].actor);
        const known = gaz.bySurname(word).filter((p) => (!gender || !p.gender || p.gender === gender));
        const current = known.filter((p) => p.offices.some((o) => (!date || !o.from || o.from <= date) && (!o.to || (date ? date < o.to : false))));
        const prominent = (p: (typeof known)[number]) => p.offices.some((o) => PROMINENT.has(roleKeyOfOffice(o.role)) && (!date || !o.to || date < o.to) && (!date || !o.from || o.from <= date));
        // "Trump" is the president, not the first lady: among namesakes, the one in a top office
        const top = current.filter(prominent);
        const pick = current.length === 1 ? current[0] : top.length === 1 ? top[0] : known.length === 1 ? known[0] : undefined;
        // a bare surname of someone not yet introduced: only the famous, current office holders
        // someone not yet introduced: "Mr Trump" needs a current office, a bare "Putin" a top one,
        // and a bare "Merkel" a past one as head of state or government with no namesake
        const holdsOffice = pick && current.includes(pick);
        const distinctive = pick && (word.length > 3 || pick.name.startsWith(`${word} `));
        const formerLeader = pick && known.length === 1 && word.length > 4 && pick.offices.some((o) => LEADERS.has(roleKeyOfOffice(o.role)) && (!date || !o.from || o.from <= date));
        // with namesakes in the gazetteer ("Blair": Tony, Bill), a bare surname needs a sitting leader
        const leadsNow = (p: (typeof known)[number]) => p.offices.some((o) => LEADERS.has(roleKeyOfOffice(o.role)) && (!date || !o.from || o.from <= date) && (!o.to || (!!date && date < o.to)));
        const bareOk = distinctive && prominent(pick!) && (known.length === 1 || leadsNow(pick!));
        if (pick && (((h || r) && holdsOffice) || bareOk || formerLeader)) return record(m, gaz.byId(pick.id));
        if (h && !r && /^\p{Lu}\p{Ll}/u.test(word)) {
          const actor: Actor = { id: kebab(word), kind: 'Person', name: word, aliases: [], offices: [], ...(home()[0] ? { country: home()[0] } : {}) };
          return record(m, actor, { surnames: new Set([word]), given: '', ...(gender ? { gender } : {}) });
        }
        return { ...m, actor: null };
      }

      /** "Ukraine's envoy to the UN, Sergiy Kyslytsya": a description set off by a comma before a known name is that person. */
      function appositive(m: Mention): Actor | undefined {
        const next = doc.mentions.find((x) => x.start >= m.end && x.sentence === m.sentence);
        if (!next || next.kind !== 'Person' || !next.actor || doc.text.slice(m.end, next.start).trim() !== ',') return undefined;
        return gaz.byId(next.actor);
      }

      /** "his Saudi counterpart": the holder, in that state, of the office the person just named holds. */
      function counterpart(m: Mention, r: RolePhrase): Actor | undefined {
        const owner = [...resolved].reverse().find((x) => x.sentence === m.sentence && x.end <= m.start && x.kind === 'Person' && x.actor);
        const entry = owner?.actor ? gaz.person(owner.actor) : undefined;
        const office = entry?.offices.find((o) => o.country && (!date || !o.from || o.from <= date) && (!o.to || (!!date && date < o.to)));
        const key = office ? roleKeyOfOffice(office.role) : undefined;
        const holder = key && r.where && !UNRESOLVABLE_ROLES.has(key) ? gaz.officeHolder(key, r.where, date) : undefined;
        return holder ? gaz.byId(holder.id) : r.explicitWhere && r.where ? gaz.byId(r.where) : undefined;
      }

      function resolveRole(m: Mention): Actor | undefined {
        const tokens = tokenize(m.text);
        const r = readRolePhrase(tokens, 0, gaz);
        if (!r) return undefined;
        const seen = people.recent().filter((p) => p.lastSentence >= m.sentence - 6 || !r.former);
        const describes = (p: ArticlePerson) => matchesQualifiers(p, r);
        if (r.former || !officeKey(r)) {
          // "the former prime minister", "the Tory peer": someone the article has just named
          const hit = seen.find((p) => describes(p) && (officeKey(r) === undefined || people.holds(p, r.title.key, r.where, date, r.former) || (r.former && people.holds(p, r.title.key, r.where, undefined, true))));
          return hit?.actor;
        }
        const key = r.title.key;
        if (key === 'counterpart') return counterpart(m, r);
        // an anonymous official of a state ("the Russian ambassador") stands for the state
        const stateFallback = () => (r.explicitWhere && r.where ? gaz.byId(r.where) : undefined);
        if (UNRESOLVABLE_ROLES.has(key)) {
          const recent = seen.filter((p) => p.lastSentence >= m.sentence - 3);
          return recent.find((p) => people.holds(p, key, r.where, date) && describes(p))?.actor ?? stateFallback();
        }
        if (r.where) {
          const holder = gaz.officeHolder(key, r.where, date);
          if (holder) return gaz.byId(holder.id);
          return seen.find((p) => people.holds(p, key, r.where, date) && describes(p))?.actor ?? stateFallback();
        }
        const inArticle = seen.find((p) => people.holds(p, key, undefined, date) && describes(p));
        if (inArticle) return inArticle.actor;
        // the article's home first, then the states it names most, for the one that has the office
        for (const c of new Set([...home(), ...ranked()])) {
          const holder = gaz.officeHolder(key, c, date);
          if (holder) return gaz.byId(holder.id);
        }
        return undefined;
      }
    },
  };
}

/** Role keys that name one office holder; descriptions with others ("the peer") need an antecedent. */
function officeKey(r: RolePhrase): string | undefined {
  return ['peer', 'politician', 'diplomat', 'businessman'].includes(r.title.key) ? undefined : r.title.key;
}

function matchesQualifiers(p: ArticlePerson, r: RolePhrase): boolean {
  if (r.title.key === 'peer' && !p.peer) return false;
  if (r.qualifiers.length && p.party && !r.qualifiers.includes(p.party)) return false;
  if (r.qualifiers.length && !p.party) return false;
  if (r.explicitWhere && isIso3(r.where) && p.actor.country && p.actor.country !== r.where) return false;
  return true;
}

const cleanRole = (s: string): string => s.replace(/^(?:former|ex-|then-)\s*/i, '').trim();

import { roleOf } from './roles.ts';
const roleKeyOfOffice = (role: string): string => roleOf(role)?.key ?? '';
