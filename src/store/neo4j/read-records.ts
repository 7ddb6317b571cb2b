/**
 * Turns query results into the model's records. Queries return plain maps (map projections),
 * which pass through `toPlain` here, so no driver type reaches the caller.
 */
import type { Actor, ActorKind, Article, Meeting, Relation, RelationType } from '../../model/schema.ts';
import type { RelationWithArticle } from '../graph-store.ts';
import { plainProps, toPlain } from './values.ts';

/** Map projections used by the read queries, so every query returns the same shapes. */
export const ACTOR_MAP = 'n {.id, .kind, .name, .aliases, .country, .role, .offices_json}';
export const ARTICLE_MAP = 'ar {.id, .title, .date, .source, .url, .file}';
export const RELATION_MAP = 'r {.*, type: type(r), source: a.id, target: b.id}';
export const RELATION_ARTICLE_MAP =
  'r {.*, type: type(r), source: a.id, target: b.id, articleTitle: ar.title, articleDate: ar.date, articleSource: ar.source, articleUrl: ar.url}';

export function toActor(value: unknown): Actor {
  const p = plainProps(value);
  const actor: Actor = {
    id: p.id as string,
    kind: p.kind as ActorKind,
    name: p.name as string,
    aliases: (p.aliases as string[] | undefined) ?? [],
    offices: typeof p.offices_json === 'string' ? JSON.parse(p.offices_json) : [],
  };
  if (p.country !== undefined) actor.country = p.country as string;
  if (p.role !== undefined) actor.role = p.role as string;
  return actor;
}

export function toArticle(value: unknown): Article {
  return plainProps(value) as unknown as Article;
}

export function toArticleHead(value: unknown): Omit<Article, 'text'> {
  const { text: _text, ...head } = plainProps(value);
  return head as unknown as Omit<Article, 'text'>;
}

export function toRelation(value: unknown): Relation {
  const p = plainProps(value);
  return { ...p, type: p.type as RelationType } as unknown as Relation;
}

export function toRelationWithArticle(value: unknown): RelationWithArticle {
  return toRelation(value) as RelationWithArticle;
}

/** A meeting map with its participants list (already ordered by ATTENDED.position). */
export function toMeeting(value: unknown, participants: unknown): Meeting {
  return { ...plainProps(value), participants: toPlain(participants) as string[] } as unknown as Meeting;
}
