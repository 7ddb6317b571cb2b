/**
 * The resolver (coreference): gives every surname, titled name, role description and pronoun
 * mention its actor — an earlier person of the article, a gazetteer office holder on the article's
 * date, or a new open-set person — and fills `doc.actors` with the records of every actor referred to.
 */
import type { Actor } from '../../model/schema.ts';
import type { Component, Doc, Mention } from '../doc.ts';
import { ArticlePeople } from './article-people.ts';
import { getGazetteer, type Gazetteer } from './gazetteer.ts';
import { homeCountries } from './home-country.ts';
import { resolveEpithet } from './epithets.ts';
import { frontedClauseEnd, pronounFits, resolvePronoun } from './pronouns.ts';
import type { ResolveContext, Resolution } from './resolve-context.ts';
import { resolveSurname, resolveTitled } from './resolve-names.ts';
import { resolveRole } from './resolve-roles.ts';
import { resolveStateReference } from './state-references.ts';

export function createResolver(gaz: Gazetteer = getGazetteer()): Component {
  return {
    name: 'resolver',
    requires: ['sentences', 'quotes', 'mentions'],
    assigns: ['mentions', 'actors'],
    run(doc: Doc): Doc {
      const actors = new Map<string, Actor>(doc.actors);
      const ctx: ResolveContext = {
        doc,
        gaz,
        people: new ArticlePeople(gaz),
        date: doc.meta.date,
        resolved: [],
        home: () => homeCountries(doc, gaz).clear,
        ranked: () => homeCountries(doc, gaz).ranked,
      };
      const record = (m: Mention, r: Resolution): Mention => {
        if (!r) return { ...m, actor: null };
        const { actor, extra } = r;
        actors.set(actor.id, actors.get(actor.id) ?? actor);
        if (actor.kind === 'Person' && !m.modifier) ctx.people.see(actor, m.sentence, extra);
        return { ...m, actor: actor.id, kind: actor.kind };
      };
      const wrap = (a: Actor | undefined): Resolution => (a ? { actor: a } : undefined);

      /** Pronouns inside a fronted "Asked whether he …," clause, resolved once the main clause's subject is. */
      const deferred: number[] = [];
      for (const m of doc.mentions) {
        let r: Resolution;
        if (m.via === 'pronoun' && !m.actor && m.start < frontedClauseEnd(doc, m.sentence)) {
          deferred.push(ctx.resolved.length);
          ctx.resolved.push({ ...m, actor: null });
          continue;
        }
        if (m.actor) r = wrap(actors.get(m.actor) ?? gaz.byId(m.actor));
        else if (m.kind === 'Country') {
          // a state by reference ("the ministry", "it"): kept only when its state is found
          const id = resolveStateReference(m, ctx);
          if (id) ctx.resolved.push(record(m, wrap(actors.get(id) ?? gaz.byId(id))));
          continue;
        }
        else if (m.via === 'titled') r = resolveTitled(m, ctx);
        else if (m.via === 'surname') r = resolveSurname(m, ctx);
        else if (m.via === 'role') r = wrap(resolveRole(m, ctx));
        else if (m.via === 'pronoun') r = wrap(resolvePronoun(m, ctx.resolved, ctx.people, doc)?.actor);
        else if (m.via === 'epithet') r = wrap(resolveEpithet(m, ctx.resolved, ctx.people, doc)?.actor);
        ctx.resolved.push(record(m, r));
      }
      for (const k of deferred) {
        const m = ctx.resolved[k]!;
        const comma = frontedClauseEnd(doc, m.sentence);
        const subject = ctx.resolved.find((x) => x.sentence === m.sentence && x.start > comma && x.kind === 'Person' && !x.modifier);
        const person = subject?.actor ? ctx.people.get(subject.actor) : undefined;
        if (person && pronounFits(m.text, person.gender)) ctx.resolved[k] = { ...m, actor: subject!.actor, kind: 'Person' };
      }
      return { ...doc, mentions: ctx.resolved, actors };
    },
  };
}
