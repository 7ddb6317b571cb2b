/**
 * Applies a curation to one article's facts, purely: merges and alias matches rename actors
 * (mentions, relations and meetings follow), ignored actors disappear with their relations, and
 * corrected names/roles/countries/kinds overwrite what extraction found.
 */
import type { Actor, ArticleFacts, Meeting, Mention, Relation } from '../model/schema.ts';
import type { Curation } from './curation-schema.ts';

export function applyCuration(facts: ArticleFacts, curation: Curation): ArticleFacts {
  if (isEmpty(curation)) return facts;
  const ignored = new Set(curation.ignore);
  const rename = renamings(facts.actors, curation);
  const to = (id: string): string => rename.get(id) ?? id;

  const actors = mergeActors(facts.actors, to, ignored, curation);
  const kept = new Set(actors.map((a) => a.id));
  const meetings = remapMeetings(facts.meetings, to, kept);
  const meetingIds = new Set(meetings.map((m) => m.id));
  return {
    article: facts.article,
    actors,
    mentions: remapMentions(facts.mentions, to, kept),
    relations: remapRelations(facts.relations, to, kept, meetingIds),
    meetings,
  };
}

function isEmpty(c: Curation): boolean {
  return Object.keys(c.actors).length === 0 && c.merge.length === 0 && c.ignore.length === 0;
}

/** id → canonical id, from explicit merges and from names that match a curated alias. */
function renamings(actors: Actor[], curation: Curation): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of curation.merge) for (const from of m.from) map.set(from, m.into);
  const byAlias = new Map<string, string>();
  for (const [id, c] of Object.entries(curation.actors)) {
    for (const alias of [...(c.aliases ?? []), ...(c.name ? [c.name] : [])]) byAlias.set(norm(alias), id);
  }
  for (const a of actors) {
    if (map.has(a.id) || curation.actors[a.id]) continue;
    const target = byAlias.get(norm(a.name));
    if (target && target !== a.id) map.set(a.id, map.get(target) ?? target);
  }
  return map;
}

function mergeActors(actors: Actor[], to: (id: string) => string, ignored: Set<string>, curation: Curation): Actor[] {
  const out = new Map<string, Actor>();
  // Actors already under their canonical id come first, so they provide the base record.
  const ordered = [...actors.filter((a) => to(a.id) === a.id), ...actors.filter((a) => to(a.id) !== a.id)];
  for (const a of ordered) {
    const id = to(a.id);
    if (ignored.has(id) || ignored.has(a.id)) continue;
    const base = out.get(id);
    if (!base) {
      out.set(id, { ...a, id, aliases: [...a.aliases], offices: [...a.offices] });
      continue;
    }
    base.aliases.push(a.name, ...a.aliases);
    base.offices.push(...a.offices.filter((o) => !base.offices.some((b) => JSON.stringify(b) === JSON.stringify(o))));
    base.country ??= a.country;
    base.role ??= a.role;
  }
  for (const actor of out.values()) correct(actor, curation);
  return [...out.values()];
}

/** Overwrite with the curated fields; the old name stays findable as an alias. */
function correct(actor: Actor, curation: Curation): void {
  const c = curation.actors[actor.id];
  if (c) {
    if (c.name && c.name !== actor.name) {
      actor.aliases.push(actor.name);
      actor.name = c.name;
    }
    if (c.role) actor.role = c.role;
    if (c.country) actor.country = c.country;
    if (c.kind) actor.kind = c.kind;
    actor.aliases.push(...(c.aliases ?? []));
  }
  const seen = new Set([norm(actor.name)]);
  actor.aliases = actor.aliases.filter((x) => !seen.has(norm(x)) && (seen.add(norm(x)), true));
}

function remapMentions(mentions: Mention[], to: (id: string) => string, kept: Set<string>): Mention[] {
  const out = new Map<string, Mention>();
  for (const m of mentions) {
    const actor = to(m.actor);
    if (!kept.has(actor)) continue;
    const prev = out.get(actor);
    if (prev) prev.count += m.count;
    else out.set(actor, { ...m, actor });
  }
  return [...out.values()];
}

function remapMeetings(meetings: Meeting[], to: (id: string) => string, kept: Set<string>): Meeting[] {
  const out: Meeting[] = [];
  for (const m of meetings) {
    const participants = [...new Set(m.participants.map(to))].filter((p) => kept.has(p));
    if (participants.length >= 2) out.push({ ...m, participants });
  }
  return out;
}

function remapRelations(
  relations: Relation[],
  to: (id: string) => string,
  kept: Set<string>,
  meetings: Set<string>,
): Relation[] {
  const out = new Map<string, Relation>();
  for (const r of relations) {
    const source = to(r.source);
    const target = to(r.target);
    if (!kept.has(source) || !kept.has(target) || source === target) continue;
    if (r.meeting && !meetings.has(r.meeting)) continue;
    // Two relations that now join the same pair collapse into the first (MET is undirected).
    const ends = r.type === 'MET' ? [source, target].sort().join('\u0000') : `${source}\u0000${target}`;
    const key = `${r.type}\u0000${ends}`;
    if (!out.has(key)) out.set(key, { ...r, source, target });
  }
  return [...out.values()];
}

function norm(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase();
}
