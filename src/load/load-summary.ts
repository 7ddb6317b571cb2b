/** What a load reports: per-article outcomes, failures with reasons, and the graph's totals. */
import type { WriteOutcome } from '../store/graph-store.ts';
import type { ArticleFacts } from '../model/schema.ts';

export interface LoadFailure {
  file: string;
  reason: string;
}

/** One article as a dry run would write it. */
export interface PlannedArticle {
  id: string;
  file?: string;
  title?: string;
  date?: string;
  actors: string[];
  relations: string[];
  meetings: number;
}

export interface LoadSummary {
  loaded: number;
  unchanged: number;
  replaced: number;
  failed: LoadFailure[];
  /** Totals in the store after the load (for a dry run: what this run extracted). */
  actors: number;
  relations: number;
  meetings: number;
  articles: number;
  /** What this run extracted, after curation. */
  extracted: { articles: number; actors: number; relations: number; meetings: number };
  dryRun: boolean;
  /** Dry run only: what would be written. */
  plan?: PlannedArticle[];
  elapsedMs: number;
}

export type LoadEvent =
  | { kind: 'start'; total: number }
  | { kind: 'article'; file?: string; id: string; outcome: WriteOutcome | 'planned'; relations: number }
  | { kind: 'failed'; file: string; reason: string }
  | { kind: 'retry'; attempt: number; delayMs: number; reason: string }
  | { kind: 'phase'; message: string };

export function emptySummary(dryRun: boolean): LoadSummary {
  return {
    loaded: 0,
    unchanged: 0,
    replaced: 0,
    failed: [],
    actors: 0,
    relations: 0,
    meetings: 0,
    articles: 0,
    extracted: { articles: 0, actors: 0, relations: 0, meetings: 0 },
    dryRun,
    elapsedMs: 0,
  };
}

export function planOf(f: ArticleFacts): PlannedArticle {
  return {
    id: f.article.id,
    file: f.article.file,
    title: f.article.title,
    date: f.article.date,
    actors: f.actors.map((a) => a.id),
    relations: f.relations.map((r) => `${r.source} ${r.type} ${r.target}`),
    meetings: f.meetings.length,
  };
}

/** The human-readable end-of-load report. */
export function formatSummary(s: LoadSummary): string {
  const lines: string[] = [];
  if (s.dryRun) {
    lines.push(`dry run: would write ${s.loaded} article(s); nothing was written`);
    lines.push(`extracted: ${s.extracted.actors} actors, ${s.extracted.relations} relations, ${s.extracted.meetings} meetings`);
  } else {
    lines.push(`articles: ${s.loaded} loaded, ${s.unchanged} unchanged, ${s.replaced} replaced, ${s.failed.length} failed`);
    lines.push(`graph: ${s.articles} articles, ${s.actors} actors, ${s.relations} relations, ${s.meetings} meetings`);
  }
  for (const f of s.failed) lines.push(`failed: ${f.reason}`);
  lines.push(`time: ${(s.elapsedMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}
