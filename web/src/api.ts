/** Typed client for the Entente API; the shapes come from the server's own types. */
import type { RelationWithArticle, StoreStats } from '../../src/store/graph-store.ts';
import type { ActorView, PathView, TimelineView } from '../../src/server/services/graph-service.ts';
import type { UploadResult } from '../../src/server/services/article-service.ts';
import type { GraphColumns } from '../../src/server/services/graph-columns.ts';
import type { Actor, ActorKind, Article, Meeting, RelationType } from '../../src/model/schema.ts';

export type { RelationWithArticle, ActorView, PathView, TimelineView, Actor, Article, Meeting, RelationType, ActorKind };

export interface GraphParams {
  types?: RelationType[];
  kinds?: ActorKind[];
  from?: string;
  to?: string;
  country?: string;
  focus?: string;
  depth?: number;
}

async function get<T>(path: string, params: Record<string, string | number | string[] | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '') continue;
    qs.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const query = qs.toString();
  const res = await fetch(query ? `${path}?${query}` : path, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

export const api = {
  /** Column by column: the page's shape, a sixth of the bytes of GraphData's objects. */
  graph: (p: GraphParams) => get<GraphColumns>('/api/graph', { ...p, shape: 'columns' }),
  searchActors: (q: string, limit = 10) => get<Actor[]>('/api/actors', { q, limit }),
  actor: (id: string) => get<ActorView>(`/api/actors/${encodeURIComponent(id)}`),
  relations: (p: { source?: string; target?: string; type?: RelationType; actor?: string }) =>
    get<RelationWithArticle[]>('/api/relations', p),
  meetings: () => get<Meeting[]>('/api/meetings'),
  path: (from: string, to: string) => get<PathView>('/api/path', { from, to }),
  timeline: (a: string, b: string) => get<TimelineView>('/api/timeline', { a, b }),
  article: (id: string) => get<Article>(`/api/articles/${encodeURIComponent(id)}`),
  health: () => get<{ ok: boolean; store: string; stats: StoreStats }>('/healthz'),
  async upload(text: string, filename: string): Promise<UploadResult> {
    const res = await fetch('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text, filename }),
    });
    const body = (await res.json().catch(() => ({}))) as UploadResult & { error?: string };
    if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
    return body;
  },
};
