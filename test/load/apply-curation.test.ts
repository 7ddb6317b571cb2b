import { describe, expect, it } from 'vitest';
import { applyCuration } from '../../src/load/apply-curation.ts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultCuration, parseCuration, readCuration } from '../../src/load/curation-schema.ts';
import { ArticleFacts } from '../../src/model/schema.ts';
import { sampleFacts } from './facts-fixture.ts';

const curate = (yamlLike: unknown) => applyCuration(sampleFacts(), parseCuration(yamlLike, 'c.yaml'));

describe('applyCuration', () => {
  it('leaves facts alone with an empty curation', () => {
    expect(curate({})).toEqual(sampleFacts());
  });

  it('merges actors: relations, mentions and meetings follow, duplicates collapse', () => {
    const f = curate({ merge: { from: ['b-lind'], into: 'boris-lind' } });
    expect(f.actors.map((a) => a.id)).not.toContain('b-lind');
    expect(f.actors.find((a) => a.id === 'boris-lind')!.aliases).toContain('B. Lind');
    expect(f.mentions.find((m) => m.actor === 'boris-lind')!.count).toBe(4);
    const crit = f.relations.filter((r) => r.type === 'CRITICISED');
    expect(crit).toHaveLength(1);
    expect(crit[0]).toMatchObject({ source: 'boris-lind', target: 'carla-moss' });
    expect(ArticleFacts.safeParse(f).success).toBe(true);
  });

  it('merges into an id absent from the article by renaming', () => {
    const f = curate({ merge: [{ from: ['carla-moss'], into: 'carla-moss-smith' }], actors: { 'carla-moss-smith': { name: 'Carla Moss-Smith' } } });
    const c = f.actors.find((a) => a.id === 'carla-moss-smith')!;
    expect(c.name).toBe('Carla Moss-Smith');
    expect(c.aliases).toContain('Carla Moss');
    expect(f.relations.some((r) => r.target === 'carla-moss-smith')).toBe(true);
    expect(f.relations.some((r) => r.source === 'carla-moss' || r.target === 'carla-moss')).toBe(false);
  });

  it('ignores an actor with its relations, mentions and the meetings left with one participant', () => {
    const f = curate({ ignore: ['ana-ferro'] });
    expect(f.actors.map((a) => a.id)).not.toContain('ana-ferro');
    expect(f.mentions.map((m) => m.actor)).not.toContain('ana-ferro');
    expect(f.relations.some((r) => r.source === 'ana-ferro' || r.target === 'ana-ferro')).toBe(false);
    expect(f.relations.some((r) => r.type === 'MET')).toBe(false);
    expect(f.meetings).toHaveLength(0);
    expect(f.relations).toHaveLength(2);
  });

  it('adds aliases and folds actors whose name is such an alias into the curated one', () => {
    const f = curate({ actors: { 'boris-lind': { aliases: ['B. Lind', 'Bo Lind'] } } });
    const b = f.actors.find((a) => a.id === 'boris-lind')!;
    expect(b.aliases).toEqual(['B. Lind', 'Bo Lind']);
    expect(f.actors.map((a) => a.id)).not.toContain('b-lind');
  });

  it('corrects name, role, country and kind, keeping the old name as an alias', () => {
    const f = curate({ actors: { 'ana-ferro': { name: 'Ana M. Ferro', role: 'Foreign Minister', country: 'PRT' } } });
    expect(f.actors.find((a) => a.id === 'ana-ferro')).toMatchObject({
      name: 'Ana M. Ferro',
      role: 'Foreign Minister',
      country: 'PRT',
      aliases: ['Ana Ferro'],
    });
  });

  it('does not change its input', () => {
    const input = sampleFacts();
    applyCuration(input, parseCuration({ merge: { from: ['b-lind'], into: 'boris-lind' }, ignore: ['carla-moss'] }, 'c.yaml'));
    expect(input).toEqual(sampleFacts());
  });
});

describe('parseCuration', () => {
  it('names the file and the key of a bad entry', () => {
    expect(() => parseCuration({ actors: { 'ana-ferro': { country: 'Portugal' } } }, 'my.yaml')).toThrow(/^my\.yaml: actors\.ana-ferro\.country: /);
    expect(() => parseCuration({ merge: [{ from: ['a'] }] }, 'my.yaml')).toThrow(/^my\.yaml: merge/);
    expect(() => parseCuration({ ignroe: ['a'] }, 'my.yaml')).toThrow(/my\.yaml: .*ignroe/);
  });

  it('rejects merge chains and merging into an ignored actor', () => {
    expect(() => parseCuration({ merge: [{ from: ['a'], into: 'b' }, { from: ['b'], into: 'c' }] }, 'x.yaml')).toThrow(/x\.yaml: merge\[0\]\.into: "b" is itself merged away/);
    expect(() => parseCuration({ merge: { from: ['a'], into: 'b' }, ignore: ['b'] }, 'x.yaml')).toThrow(/merge\[0\]\.into: "b" is also ignored/);
  });
});

describe('curation files', () => {
  it('the example file in the repo is valid', async () => {
    const c = await readCuration(path.resolve(import.meta.dirname, '../../entente.curation.example.yaml'));
    expect(c.merge.length).toBeGreaterThan(0);
    expect(c.ignore.length).toBeGreaterThan(0);
  });

  it('./entente.curation.yaml is the default, none when absent; bad YAML names the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entente-curation-'));
    try {
      expect(await defaultCuration(dir)).toEqual({ actors: {}, merge: [], ignore: [] });
      await writeFile(path.join(dir, 'entente.curation.yaml'), 'ignore: [some-actor]\n');
      expect((await defaultCuration(dir)).ignore).toEqual(['some-actor']);
      await writeFile(path.join(dir, 'entente.curation.yaml'), 'ignore: [unclosed\n');
      await expect(defaultCuration(dir)).rejects.toThrow(/entente\.curation\.yaml: not valid YAML/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
