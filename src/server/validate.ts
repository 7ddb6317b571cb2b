/** Zod validation for requests: one helper turns a failed parse into a 400 UserError with a readable message. */
import { z } from 'zod';
import { UserError } from '../errors.ts';
import { ACTOR_KINDS, IsoDate, RELATION_TYPES, MEETING_STATUSES } from '../model/schema.ts';
import { GRAPH_SHAPES } from './services/graph-cache.ts';

/** Parse `value` with `schema` or throw a 400 naming the first bad field. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new UserError(`${where}${issue.message}`, 400);
}

/** A list given as `a,b` or as a repeated parameter (`?x=a&x=b`). */
function list<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => {
    const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]));
    return parts.map((s) => (typeof s === 'string' ? s.trim() : s)).filter((s) => s !== '');
  }, z.array(item));
}

const Id = z.string().trim().min(1, 'expected an actor id').max(200);
const Country = z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO alpha-3 country code').transform((s) => s.toUpperCase());

export const GraphQuery = z.object({
  types: list(z.enum(RELATION_TYPES)).optional(),
  kinds: list(z.enum(ACTOR_KINDS)).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Drop relations without a date (by default they stay, whatever the date range). */
  datedOnly: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  country: Country.optional(),
  focus: Id.optional(),
  depth: z.coerce.number().int().min(1).max(2).optional(),
  /** `columns`: the web view's compact shape (services/graph-columns.ts); objects by default. */
  shape: z.enum(GRAPH_SHAPES).default('objects'),
});

export const ActorSearchQuery = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

export const IdParam = z.object({ id: Id });

export const RelationQuery = z.object({
  source: Id.optional(),
  target: Id.optional(),
  actor: Id.optional(),
  type: z.enum(RELATION_TYPES).optional(),
  article: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

export const MeetingQuery = z.object({
  actor: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: z.enum(MEETING_STATUSES).optional(),
});

export const PathQuery = z.object({
  from: Id,
  to: Id,
  maxDepth: z.coerce.number().int().min(1).max(8).default(6),
});

export const TimelineQuery = z.object({ a: Id, b: Id });

export const UploadBody = z.object({
  text: z.string().trim().min(1, 'expected the article text').max(2_000_000),
  title: z.string().max(500).optional(),
  date: IsoDate.optional(),
  url: z.string().max(2000).optional(),
  source: z.string().max(200).optional(),
  /** Original file name, so HTML and JSON uploads are read as such. */
  filename: z.string().max(300).optional(),
});
export type UploadBody = z.infer<typeof UploadBody>;
