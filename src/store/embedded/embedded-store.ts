/**
 * The embedded GraphStore: the whole graph in memory (graphology), made durable by a journal
 * and snapshots under `dataDir`. No server needed. Every write is checked completely, applied
 * in memory and fsync'd to the journal before it returns, one journal line per article.
 */
import type { ArticleFacts } from '../../model/schema.ts';
import type { GraphStore, WriteOutcome } from '../graph-store.ts';
import { actorDetails, searchActors, shortestPath } from './actor-queries.ts';
import { checkFacts } from './check-facts.ts';
import { DurableState } from './durable-state.ts';
import { queryGraph } from './graph-query.ts';
import type { GraphState } from './graph-state.ts';
import type { Change } from './journal.ts';
import { listMeetings, listRelations } from './relation-queries.ts';

export interface EmbeddedStoreOptions {
  dataDir: string;
  /** Journal size (bytes) below which it is never compacted into a snapshot. */
  compactBytes?: number;
}

/** Check, apply and collect the changes of a batch; stops at the first invalid article. */
function applyBatch(state: GraphState, batch: unknown[], changes: Change[]): WriteOutcome[] {
  const outcomes: WriteOutcome[] = [];
  for (const input of batch) {
    const facts = checkFacts(input, state);
    if (state.articles.has(facts.article.id)) {
      outcomes.push('unchanged');
      continue;
    }
    outcomes.push(state.replacedBy(facts.article).length > 0 ? 'replaced' : 'loaded');
    state.addArticle(facts);
    changes.push({ op: 'write', facts });
  }
  return outcomes;
}

export function createEmbeddedStore({ dataDir, compactBytes }: EmbeddedStoreOptions): GraphStore {
  let durable: DurableState | undefined;
  const open = (): DurableState => {
    if (!durable) throw new Error(`embedded store ${dataDir} is not initialised (call init() first)`);
    return durable;
  };
  const state = () => open().state;
  const writeArticles = async (batch: ArticleFacts[]): Promise<WriteOutcome[]> => {
    const d = open();
    const changes: Change[] = [];
    // Articles before an invalid one are committed; the invalid one and the rest are not.
    try {
      return applyBatch(d.state, batch, changes);
    } finally {
      d.commit(changes);
    }
  };

  return {
    description: `embedded ${dataDir}`,

    async init() {
      if (durable) return;
      const d = new DurableState(dataDir, compactBytes);
      d.open();
      durable = d;
    },
    async close() {
      durable?.close();
      durable = undefined;
    },

    async writeArticle(facts) {
      const [outcome] = await writeArticles([facts]);
      return outcome!;
    },
    writeArticles,
    async removeArticle(id: string) {
      const d = open();
      if (!d.state.removeArticle(id)) return false;
      d.commit([{ op: 'remove', id }]);
      return true;
    },
    async clear() {
      const d = open();
      d.state.clear();
      d.commit([{ op: 'clear' }]);
      d.tryCompact(); // the journal before a clear is dead weight
    },

    async hasArticle(id) {
      return state().articles.has(id);
    },
    async getArticle(id) {
      const article = state().articles.get(id);
      return article ? { ...article } : null;
    },
    async listArticles() {
      return [...state().articles.values()].map(({ text: _text, ...rest }) => rest);
    },

    async getGraph(filter) {
      return queryGraph(state(), filter);
    },
    async searchActors(q, limit) {
      return searchActors(state(), q, limit);
    },
    async getActor(id) {
      return actorDetails(state(), id);
    },
    async listRelations(filter) {
      return listRelations(state(), filter);
    },
    async listMeetings(filter) {
      return listMeetings(state(), filter);
    },
    async shortestPath(from, to, maxDepth) {
      return shortestPath(state(), from, to, maxDepth);
    },
    async stats() {
      const s = state();
      return { articles: s.articles.size, actors: s.graph.order, relations: s.graph.size, meetings: s.meetings.size };
    },
    async snapshot() {
      const s = state();
      return {
        actors: s.graph.mapNodes((_id, actor) => structuredClone(actor)),
        articles: [...s.articles.values()].map(({ text: _text, ...rest }) => rest),
        mentions: [...s.mentions].flatMap(([article, counts]) => [...counts].map(([actor, count]) => ({ actor, article, count }))),
        relations: s.graph.mapEdges((_id, relation) => ({ ...relation })),
        meetings: [...s.meetings.values()].map((m) => ({ ...m, participants: [...m.participants] })),
      };
    },
  };
}
