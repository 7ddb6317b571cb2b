/** Read-side services over the GraphStore: the shapes the web view needs, built from store queries. */
import type {
  ActorDetails,
  GraphFilter,
  GraphNode,
  GraphStore,
  MeetingFilter,
  RelationFilter,
  RelationWithArticle,
} from '../../store/graph-store.ts';
import type { Actor, Meeting } from '../../model/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { CachedJson, GraphCache, GraphShape } from './graph-cache.ts';

export interface ActorView extends ActorDetails {
  /** Every actor the relations point to, with names, so the panel can title its groups. */
  counterparts: Pick<GraphNode, 'id' | 'name' | 'kind'>[];
}

export interface PathView {
  from: string;
  to: string;
  /** Actor ids from `from` to `to`, or null when they are not connected. */
  path: string[] | null;
  nodes: Pick<Actor, 'id' | 'name' | 'kind'>[];
  /** For each hop, the relations joining its two actors (either direction). */
  hops: { source: string; target: string; relations: RelationWithArticle[] }[];
}

export interface TimelinePoint {
  date: string;
  count: number;
  /** Sum of the Goldstein weights of that day's relations. */
  score: number;
  /** Running sum of `score` up to and including this date. */
  cumulative: number;
}

export interface TimelineView {
  a: Pick<Actor, 'id' | 'name' | 'kind'>;
  b: Pick<Actor, 'id' | 'name' | 'kind'>;
  points: TimelinePoint[];
  /** Relations between the pair, both directions, dated first (oldest first), undated last. */
  relations: RelationWithArticle[];
  undated: number;
}

/** Two decimals: sums of Goldstein weights should not show float noise. */
const round = (x: number) => Math.round(x * 100) / 100;

export function createGraphService(store: GraphStore, cache: GraphCache) {
  async function actorOr404(id: string): Promise<ActorDetails> {
    const details = await store.getActor(id);
    if (!details) throw new NotFoundError(`no actor with id "${id}"`);
    return details;
  }

  /** Relations between two actors in both directions. */
  async function between(a: string, b: string, limit?: number): Promise<RelationWithArticle[]> {
    const [ab, ba] = await Promise.all([
      store.listRelations({ source: a, target: b, limit }),
      a === b ? Promise.resolve([]) : store.listRelations({ source: b, target: a, limit }),
    ]);
    return [...ab, ...ba];
  }

  const brief = (a: Actor) => ({ id: a.id, name: a.name, kind: a.kind });

  return {
    /** The graph as serialised JSON (cached: it is the page's hot path). */
    async graph(filter: GraphFilter, shape: GraphShape = 'objects'): Promise<CachedJson> {
      if (filter.focus) await actorOr404(filter.focus);
      return cache.graph(filter, shape);
    },

    searchActors(q: string, limit: number): Promise<Actor[]> {
      return store.searchActors(q, limit);
    },

    async actor(id: string): Promise<ActorView> {
      const details = await actorOr404(id);
      const hood = await store.getGraph({ focus: id, depth: 1 });
      const counterparts = hood.nodes.filter((n) => n.id !== id).map((n) => ({ id: n.id, name: n.name, kind: n.kind }));
      return { ...details, counterparts };
    },

    relations(filter: RelationFilter): Promise<RelationWithArticle[]> {
      return store.listRelations(filter);
    },

    meetings(filter: MeetingFilter): Promise<Meeting[]> {
      return store.listMeetings(filter);
    },

    async path(from: string, to: string, maxDepth: number): Promise<PathView> {
      const [a, b] = await Promise.all([actorOr404(from), actorOr404(to)]);
      const path = await store.shortestPath(from, to, maxDepth);
      if (!path) return { from, to, path: null, nodes: [brief(a.actor), brief(b.actor)], hops: [] };
      const details = await Promise.all(path.map((id) => actorOr404(id)));
      const hops = await Promise.all(
        path.slice(1).map(async (target, i) => {
          const source = path[i]!;
          return { source, target, relations: await between(source, target, 5) };
        }),
      );
      return { from, to, path, nodes: details.map((d) => brief(d.actor)), hops };
    },

    async timeline(a: string, b: string): Promise<TimelineView> {
      const [da, db] = await Promise.all([actorOr404(a), actorOr404(b)]);
      const relations = await between(a, b);
      const dated = relations.filter((r) => r.date ?? r.articleDate);
      const dateOf = (r: RelationWithArticle) => (r.date ?? r.articleDate)!;
      dated.sort((x, y) => dateOf(x).localeCompare(dateOf(y)) || x.id.localeCompare(y.id));
      const points: TimelinePoint[] = [];
      let cumulative = 0;
      for (const r of dated) {
        const date = dateOf(r);
        let point = points.at(-1);
        if (!point || point.date !== date) {
          point = { date, count: 0, score: 0, cumulative };
          points.push(point);
        }
        point.count += 1;
        point.score = round(point.score + r.goldstein);
        cumulative = round(cumulative + r.goldstein);
        point.cumulative = cumulative;
      }
      const undated = relations.filter((r) => !(r.date ?? r.articleDate));
      return { a: brief(da.actor), b: brief(db.actor), points, relations: [...dated, ...undated], undated: undated.length };
    },

    async health() {
      return { ok: true, store: store.description, stats: await store.stats() };
    },
  };
}

export type GraphService = ReturnType<typeof createGraphService>;
