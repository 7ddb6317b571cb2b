/**
 * The embedded store's in-memory state: a graphology MultiDirectedGraph of actors with one edge
 * per relation, plus articles, meetings and mentions in maps, with the indexes reads need (by
 * article, url, file and actor). Mutations assume checked facts (see check-facts.ts), so they
 * cannot fail half-way; the journal replays them in the same order to rebuild the same state.
 */
import Graph from 'graphology';
import type { Actor, Article, ArticleFacts, Meeting, Relation } from '../../model/schema.ts';
import { mergeActor, normaliseActor } from '../merge-actor.ts';

export type ActorGraph = InstanceType<typeof Graph.MultiDirectedGraph<Actor, Relation>>;

export class GraphState {
  readonly graph: ActorGraph = new Graph.MultiDirectedGraph<Actor, Relation>();
  readonly articles = new Map<string, Article>();
  readonly meetings = new Map<string, Meeting>();
  /** article → actor → mention count. */
  readonly mentions = new Map<string, Map<string, number>>();
  /** actor → articles that mention it. */
  readonly mentionedIn = new Map<string, Set<string>>();
  readonly relationsByArticle = new Map<string, string[]>();
  readonly meetingsByArticle = new Map<string, string[]>();
  readonly articleByUrl = new Map<string, string>();
  readonly articleByFile = new Map<string, string>();

  /** Stored articles that a new article with this url or file would replace (not itself). */
  replacedBy(article: Article): string[] {
    const ids = new Set<string>();
    const byUrl = article.url === undefined ? undefined : this.articleByUrl.get(article.url);
    const byFile = article.file === undefined ? undefined : this.articleByFile.get(article.file);
    for (const id of [byUrl, byFile]) if (id !== undefined && id !== article.id) ids.add(id);
    return [...ids];
  }

  /** Add checked facts of an article that is not stored yet, replacing same-url/file articles. */
  addArticle(facts: ArticleFacts): void {
    const touched = new Set<string>();
    for (const old of this.replacedBy(facts.article)) this.detachArticle(old, touched);
    const { article } = facts;
    this.articles.set(article.id, article);
    if (article.url !== undefined) this.articleByUrl.set(article.url, article.id);
    if (article.file !== undefined) this.articleByFile.set(article.file, article.id);
    for (const actor of facts.actors) this.upsertActor(actor);
    const counts = new Map<string, number>();
    for (const m of facts.mentions) {
      counts.set(m.actor, (counts.get(m.actor) ?? 0) + m.count);
      let articles = this.mentionedIn.get(m.actor);
      if (!articles) this.mentionedIn.set(m.actor, (articles = new Set()));
      articles.add(article.id);
    }
    this.mentions.set(article.id, counts);
    for (const r of facts.relations) this.graph.addDirectedEdgeWithKey(r.id, r.source, r.target, r);
    this.relationsByArticle.set(article.id, facts.relations.map((r) => r.id));
    for (const m of facts.meetings) this.meetings.set(m.id, m);
    this.meetingsByArticle.set(article.id, facts.meetings.map((m) => m.id));
    this.dropOrphans(touched);
  }

  /** Remove an article with its relations, meetings and mentions, then actors left with nothing. */
  removeArticle(id: string): boolean {
    if (!this.articles.has(id)) return false;
    const touched = new Set<string>();
    this.detachArticle(id, touched);
    this.dropOrphans(touched);
    return true;
  }

  clear(): void {
    this.graph.clear();
    for (const map of [this.articles, this.meetings, this.mentions, this.mentionedIn, this.relationsByArticle,
      this.meetingsByArticle, this.articleByUrl, this.articleByFile]) map.clear();
  }

  /** Take an article's facts out, collecting the actors they touched for the orphan check. */
  private detachArticle(id: string, touched: Set<string>): void {
    const article = this.articles.get(id);
    if (!article) return;
    this.articles.delete(id);
    if (article.url !== undefined && this.articleByUrl.get(article.url) === id) this.articleByUrl.delete(article.url);
    if (article.file !== undefined && this.articleByFile.get(article.file) === id) this.articleByFile.delete(article.file);
    for (const rid of this.relationsByArticle.get(id) ?? []) {
      touched.add(this.graph.source(rid)).add(this.graph.target(rid));
      this.graph.dropEdge(rid);
    }
    this.relationsByArticle.delete(id);
    for (const mid of this.meetingsByArticle.get(id) ?? []) {
      for (const p of this.meetings.get(mid)?.participants ?? []) touched.add(p);
      this.meetings.delete(mid);
    }
    this.meetingsByArticle.delete(id);
    for (const actor of this.mentions.get(id)?.keys() ?? []) {
      touched.add(actor);
      const articles = this.mentionedIn.get(actor);
      articles?.delete(id);
      if (articles?.size === 0) this.mentionedIn.delete(actor);
    }
    this.mentions.delete(id);
  }

  /** Delete those of `candidates` that no mention or relation refers to any more. */
  private dropOrphans(candidates: Set<string>): void {
    for (const id of candidates) {
      if (this.graph.hasNode(id) && this.graph.degree(id) === 0 && !this.mentionedIn.has(id)) this.graph.dropNode(id);
    }
  }

  /** Add an actor, or merge it into the stored one with the same id. */
  upsertActor(actor: Actor): void {
    if (this.graph.hasNode(actor.id)) this.graph.replaceNodeAttributes(actor.id, mergeActor(this.graph.getNodeAttributes(actor.id), actor));
    else this.graph.addNode(actor.id, normaliseActor(actor));
  }
}
