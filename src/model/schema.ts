/**
 * The graph model of Entente, as zod schemas: one place gives the types, the defaults and the
 * validation of every record that crosses a boundary (extraction → loader → store → API).
 */
import { z } from 'zod';

export const ACTOR_KINDS = ['Person', 'Country', 'Organization', 'Group'] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

/** Directed stance types plus the undirected MET. Order is the display order everywhere. */
export const RELATION_TYPES = ['MET', 'CRITICISED', 'SUPPORTED', 'URGED', 'OPPOSED'] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const MEETING_STATUSES = ['held', 'planned', 'cancelled'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** ISO date (YYYY-MM-DD). Dates stay strings end to end: they are days, not instants. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** An office held by a person, with its term: "President of the United States from 2025-01-20". */
export const Office = z.object({
  role: z.string().min(1),
  /** ISO alpha-3 of the state the office belongs to, when it belongs to one. */
  country: z.string().length(3).optional(),
  /** Organisation id, for offices such as "Secretary General" of "nato". */
  org: z.string().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type Office = z.infer<typeof Office>;

export const Actor = z.object({
  /** Countries: ISO 3166-1 alpha-3; everyone else: kebab-case name. */
  id: z.string().min(1),
  kind: ActorKind,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** For a person: the state they act for (ISO alpha-3). */
  country: z.string().length(3).optional(),
  offices: z.array(Office).default([]),
  /** Free-text role when the person is not in the gazetteer ("Home Secretary"). */
  role: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

export const Article = z.object({
  /** Content hash of the article's text (sha256, hex, first 16 chars). */
  id: z.string().min(1),
  title: z.string().optional(),
  /** Publication date; absent for an undated article. */
  date: IsoDate.optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  /** Path the article was read from. */
  file: z.string().optional(),
  /** The article body after boilerplate removal; offsets of evidence point into it. */
  text: z.string(),
});
export type Article = z.infer<typeof Article>;

export const Mention = z.object({
  actor: z.string(),
  article: z.string(),
  /** How many times the article refers to the actor (after resolution). */
  count: z.number().int().positive().default(1),
});
export type Mention = z.infer<typeof Mention>;

export const Relation = z.object({
  /** Deterministic: hash of (article, type, source, target), so reloading is idempotent. */
  id: z.string().min(1),
  type: RelationType,
  source: z.string(),
  target: z.string(),
  article: z.string(),
  date: IsoDate.optional(),
  /** MET only. */
  status: MeetingStatus.optional(),
  /** The sentence that states the relation. */
  evidence: z.string(),
  /** Character offsets of the evidence sentence in the article text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Words in quotation marks inside the evidence, if any. */
  quote: z.string().optional(),
  /** The cue that fired ("branded", "held talks") and its CAMEO code and Goldstein weight. */
  cue: z.string(),
  cameo: z.string(),
  goldstein: z.number().min(-10).max(10),
  confidence: z.number().min(0).max(1),
  /** Name of the extraction rule that produced the relation (explainable extraction). */
  rule: z.string(),
  /** MET only: the meeting node this relation belongs to. */
  meeting: z.string().optional(),
});
export type Relation = z.infer<typeof Relation>;

export const Meeting = z.object({
  id: z.string().min(1),
  article: z.string(),
  date: IsoDate.optional(),
  place: z.string().optional(),
  /** talks, call, visit, summit, meeting ... */
  kind: z.string(),
  status: MeetingStatus,
  participants: z.array(z.string()).min(2),
  evidence: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

/** Everything one article contributes to the graph: the unit the loader writes atomically. */
export const ArticleFacts = z.object({
  article: Article,
  actors: z.array(Actor),
  mentions: z.array(Mention),
  relations: z.array(Relation),
  meetings: z.array(Meeting),
});
export type ArticleFacts = z.infer<typeof ArticleFacts>;
