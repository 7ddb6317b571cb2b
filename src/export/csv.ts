/**
 * CSV export as two files whose headers `neo4j-admin database import` reads directly:
 * nodes.csv (`id:ID`, `:LABEL`, typed properties) and relationships.csv (`:START_ID`, `:END_ID`,
 * `:TYPE`, typed properties). Quoting by csv-stringify; arrays joined with `;` (the importer's
 * default array delimiter). Import with
 * `neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true`
 * (evidence may hold a line break).
 */
import { stringify } from 'csv-stringify/sync';
import type { GraphSnapshot } from '../store/graph-store.ts';

export const NODE_HEADER = ['id:ID', ':LABEL', 'name', 'kind', 'country', 'role', 'aliases:string[]'] as const;
export const RELATIONSHIP_HEADER = [
  ':START_ID',
  ':END_ID',
  ':TYPE',
  'id',
  'date:date',
  'status',
  'evidence',
  'quote',
  'cue',
  'cameo',
  'goldstein:float',
  'confidence:float',
  'rule',
  'article',
  'meeting',
] as const;

/** The array delimiter must not appear inside an element; aliases rarely hold one, drop it if so. */
const arrayField = (xs: string[]): string => xs.map((x) => x.replaceAll(';', ',')).join(';');

export function nodesCsv(s: GraphSnapshot): string {
  const rows = s.actors.map((a) => [a.id, `Actor;${a.kind}`, a.name, a.kind, a.country ?? '', a.role ?? '', arrayField(a.aliases)]);
  return stringify([[...NODE_HEADER], ...rows]);
}

export function relationshipsCsv(s: GraphSnapshot): string {
  const actors = new Set(s.actors.map((a) => a.id));
  const dates = new Map(s.articles.map((a) => [a.id, a.date]));
  const rows = s.relations
    .filter((r) => actors.has(r.source) && actors.has(r.target))
    .map((r) => [
      r.source,
      r.target,
      r.type,
      r.id,
      r.date ?? dates.get(r.article) ?? '',
      r.status ?? '',
      r.evidence,
      r.quote ?? '',
      r.cue,
      r.cameo,
      r.goldstein,
      r.confidence,
      r.rule,
      r.article,
      r.meeting ?? '',
    ]);
  return stringify([[...RELATIONSHIP_HEADER], ...rows]);
}
