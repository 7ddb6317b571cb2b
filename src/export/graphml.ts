/**
 * GraphML writer (graphology-graphml only parses): typed <key> declarations, then nodes and
 * edges with <data>. Values are XML-escaped and stripped of characters XML cannot carry.
 */
import type { MultiGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from './snapshot-graph.ts';

type Domain = 'node' | 'edge';
type AttrType = 'string' | 'double';

/** XML 1.0 forbids most control characters even when escaped. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute names in first-seen order, typed double when every value is a number. */
function collectKeys(records: Iterable<Record<string, unknown>>): Map<string, AttrType> {
  const keys = new Map<string, AttrType>();
  for (const rec of records) {
    for (const [k, v] of Object.entries(rec)) {
      const t: AttrType = typeof v === 'number' ? 'double' : 'string';
      keys.set(k, keys.has(k) && keys.get(k) !== t ? 'string' : t);
    }
  }
  return keys;
}

function dataLines(attrs: Record<string, unknown>, domain: Domain, indent: string): string[] {
  return Object.entries(attrs).map(([k, v]) => `${indent}<data key="${domain[0]}_${escapeXml(k)}">${escapeXml(String(v))}</data>`);
}

export function writeGraphml(g: MultiGraph<NodeAttributes, EdgeAttributes>): string {
  const nodeKeys = collectKeys(g.mapNodes((_, a) => a as unknown as Record<string, unknown>));
  const edgeKeys = collectKeys(g.mapEdges((_, a) => a as unknown as Record<string, unknown>));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const [k, t] of keys) {
      const name = escapeXml(k);
      out.push(`  <key id="${domain[0]}_${name}" for="${domain}" attr.name="${name}" attr.type="${t}"/>`);
    }
  }
  out.push('  <graph id="entente" edgedefault="directed">');
  g.forEachNode((id, a) => {
    out.push(`    <node id="${escapeXml(id)}">`, ...dataLines({ ...a }, 'node', '      '), '    </node>');
  });
  g.forEachEdge((id, a, source, target, _sa, _ta, undirected) => {
    const dir = undirected ? ' directed="false"' : '';
    out.push(
      `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${dir}>`,
      ...dataLines({ ...a }, 'edge', '      '),
      '    </edge>',
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
