/**
 * The people an article has introduced so far, in order: what surnames, role descriptions and
 * pronouns are resolved against. Holds gazetteer people and open-set people alike.
 */
import type { Actor } from '../../model/schema.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Gender, PersonEntry } from './people.ts';

export interface ArticlePerson {
  actor: Actor;
  entry?: PersonEntry;
  gender?: Gender;
  /** Role key of an open-set person's title ("interior-minister" for "Home Secretary"). */
  roleKey?: string;
  peer?: boolean;
  party?: string;
  /** Words the article may use alone for them: surnames, and given names after Sir/Dame. */
  surnames: Set<string>;
  given: string;
  /** Sentence of the latest mention. */
  lastSentence: number;
  /** Order of the latest mention, for recency among mentions of one sentence. */
  lastOrder: number;
}

export class ArticlePeople {
  private readonly byId = new Map<string, ArticlePerson>();
  private order = 0;

  constructor(private readonly gaz: Gazetteer) {}

  get(id: string): ArticlePerson | undefined {
    return this.byId.get(id);
  }

  /** Records a mention of a person, adding them on first sight. */
  see(actor: Actor, sentence: number, extra: Partial<ArticlePerson> = {}): ArticlePerson {
    let p = this.byId.get(actor.id);
    if (!p) {
      const entry = this.gaz.person(actor.id);
      p = {
        actor,
        ...(entry ? { entry } : {}),
        ...(entry?.gender ? { gender: entry.gender } : {}),
        ...(entry?.peer ? { peer: true } : {}),
        ...(entry?.party ? { party: entry.party } : {}),
        surnames: new Set(entry?.surnames ?? []),
        given: entry?.given ?? '',
        lastSentence: sentence,
        lastOrder: 0,
        ...extra,
      };
      this.byId.set(actor.id, p);
    }
    p.lastSentence = sentence;
    p.lastOrder = ++this.order;
    this.recentCache = undefined;
    return p;
  }

  /** `recent()` as of the last `see`: rules ask for it many times between two mentions of people. */
  private recentCache: ArticlePerson[] | undefined;

  /** People seen so far, most recently mentioned first (a shared array: do not modify). */
  recent(): readonly ArticlePerson[] {
    return (this.recentCache ??= [...this.byId.values()].sort((a, b) => b.lastOrder - a.lastOrder));
  }

  bySurname(word: string): ArticlePerson[] {
    return this.recent().filter((p) => p.surnames.has(word));
  }

  byGiven(word: string): ArticlePerson[] {
    return this.recent().filter((p) => p.given.split(' ')[0] === word);
  }

  /** Whether a seen person holds (or, with `former`, held) a role, from the gazetteer or their title. */
  holds(p: ArticlePerson, role: string, where: string | undefined, date: string | undefined, former = false): boolean {
    if (p.entry) return this.gaz.held(p.entry, role, { ...(where ? { where } : {}), ...(date ? { date } : {}), former });
    if (former || p.roleKey !== role) return false;
    return !where || p.actor.country === where;
  }
}
