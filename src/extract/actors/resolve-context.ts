/** What the resolver's rules share while walking one article: the doc, the date, who has been seen. */
import type { Actor, Office } from '../../model/schema.ts';
import type { Doc, Mention } from '../doc.ts';
import type { ArticlePeople, ArticlePerson } from './article-people.ts';
import type { Gazetteer } from './gazetteer.ts';
import { roleOf } from './roles.ts';

export interface ResolveContext {
  doc: Doc;
  gaz: Gazetteer;
  people: ArticlePeople;
  /** The article's date (ISO), when known: offices are looked up on it. */
  date: string | undefined;
  /** Mentions resolved so far, in text order. */
  resolved: Mention[];
  /** The article's home state when one is clear (zero or one). */
  home(): string[];
  /** Every state the article names, most named first. */
  ranked(): string[];
}

/** A rule's answer: the actor, and for a person first seen, what the rule learnt about them. */
export type Resolution = { actor: Actor; extra?: Partial<ArticlePerson> } | undefined;

export const isIso3 = (s: string | undefined): s is string => !!s && /^[A-Z]{3}$/.test(s);

export const roleKeyOfOffice = (role: string): string => roleOf(role)?.key ?? '';

/** Whether an office was held on `date` (on no date: whether it is still held). */
export const heldOn = (o: Office, date: string | undefined): boolean =>
  (!date || !o.from || o.from <= date) && (!o.to || (!!date && date < o.to));
