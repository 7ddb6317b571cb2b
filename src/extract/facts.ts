/**
 * Turns a finished extraction document into the facts one article contributes to the graph:
 * the actors it refers to, mention counts, relations deduplicated to one per (source, type,
 * target[, status]) keeping the most confident candidate, and meetings grouped from MET candidates.
 * Every id is a content hash, so the same article always yields the same facts.
 */
import { contentId } from '../ingest/raw-article.ts';
import { ArticleFacts, RELATION_TYPES, type Actor, type Meeting, type Mention, type Relation } from '../model/schema.ts';
import type { Doc, RelationCandidate } from './doc.ts';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** MET has no direction: its endpoints are stored in sorted order so (A, B) and (B, A) are one. */
function endpoints(c: RelationCandidate): [string, string] {
  return c.type === 'MET' && c.source > c.target ? [c.target, c.source] : [c.source, c.target];
}

function relationKey(c: RelationCandidate): string {
  const [s, t] = endpoints(c);
  return [c.type, s, t, c.type === 'MET' ? (c.status ?? 'held') : ''].join('|');
}

/** Higher confidence wins; ties go to the earlier sentence, then the earlier cue. */
function better(a: RelationCandidate, b: RelationCandidate): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if (a.sentence !== b.sentence) return a.sentence < b.sentence;
  return a.cueSpan.start < b.cueSpan.start;
}

function meetingKey(c: RelationCandidate, articleDate: string | undefined): string {
  return [c.date ?? articleDate ?? '', c.meetingKind ?? 'meeting', c.place ?? '', c.status ?? 'held'].join('|');
}

/** One Meeting per (date, kind, place, status), its participants every MET endpoint in it. */
function groupMeetings(doc: Doc, articleId: string, met: RelationCandidate[]): Map<string, Meeting> {
  const meetings = new Map<string, Meeting>();
  const evidenceOf = new Map<string, RelationCandidate>();
  for (const c of met) {
    const key = meetingKey(c, doc.meta.date);
    const date = c.date ?? doc.meta.date;
    const found = meetings.get(key);
    const m: Meeting = found ?? {
      id: contentId(articleId, 'meeting', key),
      article: articleId,
      ...(date && { date }),
      ...(c.place && { place: c.place }),
      kind: c.meetingKind ?? 'meeting',
      status: c.status ?? 'held',
      participants: [],
      evidence: doc.sentences[c.sentence]?.text ?? '',
    };
    m.participants = [...new Set([...m.participants, c.source, c.target])].sort(byString);
    // the evidence is the most confident candidate's sentence, whatever the candidates' order
    const shown = evidenceOf.get(key);
    if (!shown || better(c, shown)) {
      evidenceOf.set(key, c);
      m.evidence = doc.sentences[c.sentence]?.text ?? '';
    }
    meetings.set(key, m);
  }
  return meetings;
}

function toRelation(doc: Doc, articleId: string, c: RelationCandidate, meeting?: string): Relation {
  const [source, target] = endpoints(c);
  const status = c.type === 'MET' ? (c.status ?? 'held') : undefined;
  const sentence = doc.sentences[c.sentence];
  if (!sentence) throw new Error(`relation ${c.type} ${c.source}→${c.target} points at missing sentence ${c.sentence}`);
  const quote = c.quote ?? doc.quotes.find((q) => q.start >= sentence.start && q.end <= sentence.end)?.text;
  const date = c.date ?? doc.meta.date;
  return {
    id: contentId(articleId, c.type, source, target, status ?? ''),
    type: c.type,
    source,
    target,
    article: articleId,
    ...(date && { date }),
    ...(status && { status }),
    evidence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    ...(quote && { quote }),
    cue: c.cue,
    cameo: c.cameo,
    goldstein: c.goldstein,
    confidence: c.confidence,
    rule: c.rule,
    ...(meeting && { meeting }),
  };
}

function relationOrder(a: Relation, b: Relation): number {
  return RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) || byString(a.source, b.source) || byString(a.target, b.target) || byString(a.status ?? '', b.status ?? '');
}

/** The article's graph facts, validated against the schema. */
export function docToFacts(doc: Doc, articleId: string): ArticleFacts {
  const candidates = doc.relations.filter((c) => c.source !== c.target);
  const best = new Map<string, RelationCandidate>();
  for (const c of candidates) {
    const k = relationKey(c);
    const kept = best.get(k);
    if (!kept || better(c, kept)) best.set(k, c);
  }
  const met = candidates.filter((c) => c.type === 'MET');
  const meetings = groupMeetings(doc, articleId, met);
  const relations = [...best.values()]
    .map((c) => toRelation(doc, articleId, c, c.type === 'MET' ? meetings.get(meetingKey(c, doc.meta.date))?.id : undefined))
    .sort(relationOrder);

  const counts = new Map<string, number>();
  for (const m of doc.mentions) if (m.actor) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  for (const r of relations) for (const id of [r.source, r.target]) if (!counts.has(id)) counts.set(id, 1);
  const ids = [...counts.keys()].sort(byString);
  const unknown = ids.filter((id) => !doc.actors.has(id));
  if (unknown.length) throw new Error(`extraction refers to actors missing from doc.actors: ${unknown.join(', ')}`);
  const actors: Actor[] = ids.map((id) => doc.actors.get(id)!);
  const mentions: Mention[] = ids.map((actor) => ({ actor, article: articleId, count: counts.get(actor)! }));

  return ArticleFacts.parse({
    article: { id: articleId, text: doc.text, ...pickMeta(doc) },
    actors,
    mentions,
    relations,
    meetings: [...meetings.values()].filter((m) => m.participants.length >= 2).sort((a, b) => byString(a.id, b.id)),
  });
}

function pickMeta(doc: Doc): Partial<Record<'title' | 'date' | 'source' | 'url' | 'file', string>> {
  const { title, date, source, url, file } = doc.meta;
  return Object.fromEntries(Object.entries({ title, date, source, url, file }).filter(([, v]) => v !== undefined));
}
