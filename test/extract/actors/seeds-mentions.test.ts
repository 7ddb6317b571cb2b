/**
 * Mention-level quality of the actor components on the five seed articles (read from ../shared,
 * never copied): how many gold-alias occurrences get a mention of the right actor (recall), and
 * how many resolved mentions name a gold actor (precision).
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEntityRuler, createResolver } from '../../../src/extract/actors/index.ts';
import { createDoc, type Doc } from '../../../src/extract/doc.ts';
import { createQuoteFinder, createSentenceSplitter } from '../../../src/extract/segment/index.ts';
import { readInputs } from '../../../src/ingest/index.ts';
import { InputError } from '../../../src/errors.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SHARED = realpathSync(path.resolve(ROOT, '../shared'));

interface GoldActor { id: string; name: string; aliases?: string[]; optional?: boolean }
interface Gold { file: string; actors: GoldActor[] }

const docs = new Map<string, Doc>();
const golds: Gold[] = readdirSync(path.join(SHARED, 'eval/gold/seeds'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(SHARED, 'eval/gold/seeds', f), 'utf8')) as Gold);
let normalize: (s: string) => string;

beforeAll(async () => {
  ({ normalize } = (await import(path.join(SHARED, 'eval/score.mjs'))) as { normalize: (s: string) => string });
  const components = [createSentenceSplitter(), createQuoteFinder(), createEntityRuler(), createResolver()];
  for await (const item of readInputs([path.join(SHARED, 'corpus/seeds')])) {
    if (item instanceof InputError) throw item;
    docs.set(path.basename(item.meta.file ?? ''), components.reduce((d, c) => c.run(d), createDoc(item.text, { ...item.meta })));
  }
});

/** Gold id an extracted actor maps to, the scorer's way: by its normalised name or id. */
function goldIdOf(doc: Doc, gold: Gold, actorId: string): string | undefined {
  const actor = doc.actors.get(actorId);
  const keys = [actor?.name ?? '', actorId].map((k) => normalize(k));
  return gold.actors.find((g) => [g.id, g.name, ...(g.aliases ?? [])].some((a) => keys.includes(normalize(a))))?.id;
}

describe('actor mentions on the seed articles', () => {
  it('gives every gold actor a mention in its article', () => {
    const missed: string[] = [];
    for (const gold of golds) {
      const doc = docs.get(gold.file)!;
      const found = new Set(doc.mentions.filter((m) => m.actor).map((m) => goldIdOf(doc, gold, m.actor!)));
      for (const g of gold.actors.filter((a) => !a.optional)) if (!found.has(g.id)) missed.push(`${gold.file}: ${g.id}`);
    }
    expect(missed).toEqual([]);
  });

  // countries are left out: "in Ukraine" and "at the White House" are places, not mentions, by design
  it('covers the occurrences of gold people and organisations with a mention of the right actor (recall ≥ 0.98)', () => {
    let total = 0;
    const missed: string[] = [];
    for (const gold of golds) {
      const doc = docs.get(gold.file)!;
      for (const g of gold.actors.filter((a) => !a.optional && a.id !== a.id.toUpperCase())) {
        // full names and multi-word aliases: unambiguous surface forms a reader would link
        for (const alias of new Set([g.name, ...(g.aliases ?? [])].filter((a) => a.split(' ').length > 1 || a === g.name))) {
          const re = new RegExp(`(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
          for (const hit of doc.text.matchAll(re)) {
            total++;
            const start = hit.index ?? 0;
            const covered = doc.mentions.some((m) => m.start <= start && start < m.end && m.actor && goldIdOf(doc, gold, m.actor) === g.id);
            if (!covered) missed.push(`${gold.file}: ${alias}`);
          }
        }
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(1 - missed.length / total, missed.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('resolves mentions to gold actors (precision ≥ 0.98)', () => {
    let total = 0;
    const wrong: string[] = [];
    for (const gold of golds) {
      const doc = docs.get(gold.file)!;
      for (const m of doc.mentions.filter((x) => x.actor && !x.modifier)) {
        total++;
        if (!goldIdOf(doc, gold, m.actor!)) wrong.push(`${gold.file}: ${m.text} → ${m.actor}`);
      }
    }
    expect(total).toBeGreaterThan(300);
    expect(1 - wrong.length / total, wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});
