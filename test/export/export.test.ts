import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { NODE_HEADER, RELATIONSHIP_HEADER, renderExport } from '../../src/export/index.ts';
import { trickySnapshot } from './tricky-snapshot.ts';

const content = (format: 'gexf' | 'graphml' | 'json' | 'csv', name?: string) => {
  const files = renderExport(trickySnapshot(), format);
  return (name ? files.find((f) => f.name === name) : files[0])!.content;
};

describe('export', () => {
  const s = trickySnapshot();

  it('GEXF parses back with labels, kinds, and typed edge attributes', () => {
    const g = parseGexf(MultiGraph, content('gexf'));
    expect(g.order).toBe(s.actors.length);
    expect(g.size).toBe(s.relations.length);
    expect(g.getNodeAttribute('ana-ferro', 'label')).toBe(s.actors[0]!.name);
    expect(g.getNodeAttribute('boris-lind', 'kind')).toBe('Person');
    expect(g.getNodeAttribute('boris-lind', 'country')).toBe('EST');
    const e = s.relations[1]!;
    expect(g.getEdgeAttribute(e.id, 'type')).toBe('CRITICISED');
    expect(g.getEdgeAttribute(e.id, 'goldstein')).toBe(e.goldstein);
    expect(g.getEdgeAttribute(e.id, 'date')).toBe('2025-03-01');
    expect(g.isUndirected(s.relations[0]!.id)).toBe(true);
    expect(g.isDirected(e.id)).toBe(true);
  });

  it('GraphML parses back with the same content, evidence intact', () => {
    const g = parseGraphml(MultiGraph, content('graphml'));
    expect(g.order).toBe(s.actors.length);
    expect(g.size).toBe(s.relations.length);
    expect(g.getNodeAttribute('ana-ferro', 'label')).toBe(s.actors[0]!.name);
    const e = s.relations[1]!;
    expect(g.getEdgeAttribute(e.id, 'type')).toBe('CRITICISED');
    expect(g.getEdgeAttribute(e.id, 'goldstein')).toBe(e.goldstein);
    expect(g.getEdgeAttribute(e.id, 'evidence')).toBe(e.evidence.replace('\r', ''));
    expect(g.source(e.id)).toBe(e.source);
  });

  it('JSON is the snapshot', () => {
    expect(JSON.parse(content('json'))).toEqual(JSON.parse(JSON.stringify(s)));
  });

  it('CSV has neo4j-admin headers and survives quotes, commas and newlines', () => {
    const nodes = parseCsv(content('csv', 'nodes.csv'), { columns: true }) as Record<string, string>[];
    const rels = parseCsv(content('csv', 'relationships.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(nodes[0]!)).toEqual([...NODE_HEADER]);
    expect(Object.keys(rels[0]!)).toEqual([...RELATIONSHIP_HEADER]);
    expect(nodes).toHaveLength(s.actors.length);
    expect(nodes[0]).toMatchObject({ 'id:ID': 'ana-ferro', ':LABEL': 'Actor;Person', name: s.actors[0]!.name, 'aliases:string[]': 'A. Ferro;Ferro, Ana' });
    expect(rels).toHaveLength(s.relations.length);
    const crit = rels.find((r) => r[':TYPE'] === 'CRITICISED')!;
    expect(crit).toMatchObject({
      ':START_ID': 'b-lind',
      ':END_ID': 'carla-moss',
      evidence: s.relations[1]!.evidence,
      quote: 'a "quoted" word',
      'goldstein:float': String(s.relations[1]!.goldstein),
      'date:date': '2025-03-01',
    });
  });
});
