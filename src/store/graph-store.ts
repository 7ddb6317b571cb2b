/**
 * The one seam between Entente and its database. Two adapters implement it — Neo4j
 * (`neo4j/`) and the embedded graphology store (`embedded/`) — and one contract suite
 * (`test/store/contract.ts`) runs unchanged on both. Driver types never leave their adapter.
 */
import type {
  Actor,
  ActorKind,
  Article,
  ArticleFacts,
  Meeting,
  MeetingStatus,
  Relation,
  RelationType,
} from '../model/schema.ts';

/** What writing one article did. */
export type WriteOutcome = 'loaded' | 'unchanged' | 'replaced';

export interface GraphFilter {
  types?: RelationType[];
  /** Inclusive ISO dates; relations without a date are kept unless `datedOnly`. */
  from?: string;
  to?: string;
  datedOnly?: boolean;
  kinds?: ActorKind[];
  /** ISO alpha-3: keep actors of that country (the country itself and the people who act for it). */
  country?: string;
  /** Keep only the neighbourhood of this actor, `depth` hops (1 or 2). */
  focus?: string;
  depth?: number;
}

/** An actor as a node of the drawn graph. */
export interface GraphNode {
  id: string;
  name: string;
  kind: ActorKind;
  country?: string;
  /** Number of relations the actor takes part in (within the filter). */
  activity: number;
}

/** The id of the aggregated edge of (source, type, target), the same in every store. */
export const edgeId = (source: string, type: RelationType, target: string): string => `${source}|${type}|${target}`;

/** The edge a relation is aggregated into: MET is undirected, so its ends go in id order. */
export function edgeOf(r: Pick<Relation, 'type' | 'source' | 'target'>): { id: string; source: string; target: string } {
  const [source, target] = r.type === 'MET' && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
  return { id: edgeId(source, r.type, target), source, target };
}

/** Relations aggregated per (source, type, target). */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  count: number;
  firstDate?: string;
  lastDate?: string;
  /** Sum of Goldstein weights of the aggregated relations. */
  goldstein: number;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface RelationFilter {
  source?: string;
  target?: string;
  /** Either end (source or target). */
  actor?: string;
  type?: RelationType;
  article?: string;
  /** Only relations from articles loaded/dated on or after this ISO date. */
  since?: string;
  limit?: number;
}

/** A relation joined with the article it came from, for evidence display. */
export interface RelationWithArticle extends Relation {
  articleTitle?: string;
  articleDate?: string;
  articleSource?: string;
  articleUrl?: string;
}

export interface MeetingFilter {
  actor?: string;
  from?: string;
  to?: string;
  status?: MeetingStatus;
}

export interface ActorDetails {
  actor: Actor;
  counts: Record<RelationType, number>;
  articles: number;
  relations: RelationWithArticle[];
}

export interface StoreStats {
  articles: number;
  actors: number;
  relations: number;
  meetings: number;
}

/** A whole-graph snapshot, for export and for tests. */
export interface GraphSnapshot {
  actors: Actor[];
  articles: Omit<Article, 'text'>[];
  mentions: { actor: string; article: string; count: number }[];
  relations: Relation[];
  meetings: Meeting[];
}

export interface GraphStore {
  /** Human-readable description: "neo4j bolt://127.0.0.1:7687 (db neo4j)" or "embedded ./data". */
  readonly description: string;

  /** Apply schema (constraints, indexes) idempotently; open files; check connectivity. */
  init(): Promise<void>;
  close(): Promise<void>;

  /**
   * Write one article and all its facts in one transaction: afterwards the article is fully in
   * the graph or, on any failure, not at all. Same id already present → 'unchanged'. Another
   * article with the same url or file → its facts are replaced ('replaced').
   */
  writeArticle(facts: ArticleFacts): Promise<WriteOutcome>;
  /** Write many articles; each one stays atomic, the batch is faster than one by one. */
  writeArticles(batch: ArticleFacts[]): Promise<WriteOutcome[]>;
  /** Remove an article and the relations, meetings and mentions it contributed. */
  removeArticle(id: string): Promise<boolean>;
  /** Remove everything. */
  clear(): Promise<void>;

  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  listArticles(): Promise<Omit<Article, 'text'>[]>;

  getGraph(filter?: GraphFilter): Promise<GraphData>;
  searchActors(q: string, limit?: number): Promise<Actor[]>;
  getActor(id: string): Promise<ActorDetails | null>;
  listRelations(filter?: RelationFilter): Promise<RelationWithArticle[]>;
  listMeetings(filter?: MeetingFilter): Promise<Meeting[]>;
  /** Shortest undirected connection between two actors, as actor ids, or null. */
  shortestPath(from: string, to: string, maxDepth?: number): Promise<string[] | null>;
  stats(): Promise<StoreStats>;
  snapshot(): Promise<GraphSnapshot>;
}
