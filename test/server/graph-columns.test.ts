/** The web view's column shape of /api/graph: what the server encodes, the page reads back as the same nodes and edges. */
import { describe, expect, it } from 'vitest';
import { toColumns } from '../../src/server/services/graph-columns.ts';
import type { GraphData } from '../../src/store/graph-store.ts';
import { edgeAt, edgeIdAt, nodeAt } from '../../web/src/graph-columns.ts';

const DATA: GraphData = {
  nodes: [
    { id: 'keir-starmer', name: 'Keir Starmer', kind: 'Person', country: 'GBR', activity: 3 },
    { id: 'UKR', name: 'Ukraine', kind: 'Country', activity: 2 },
    { id: 'nato', name: 'NATO', kind: 'Organization', activity: 1 },
  ],
  edges: [
    { id: 'keir-starmer|SUPPORTED|UKR', source: 'keir-starmer', target: 'UKR', type: 'SUPPORTED', count: 2, goldstein: 6.4, firstDate: '2025-02-01', lastDate: '2025-03-02' },
    { id: 'UKR|MET|keir-starmer', source: 'UKR', target: 'keir-starmer', type: 'MET', count: 1, goldstein: 1 },
    { id: 'keir-starmer|URGED|nato', source: 'keir-starmer', target: 'nato', type: 'URGED', count: 1, goldstein: -2, firstDate: '2025-02-01', lastDate: '2025-02-01' },
  ],
};

/** What the page gets: the encoding through JSON, read back object by object. */
function roundTrip(data: GraphData): GraphData {
  const cols = JSON.parse(JSON.stringify(toColumns(data))) as ReturnType<typeof toColumns>;
  return { nodes: cols.nodes.id.map((_id, i) => nodeAt(cols, i)), edges: cols.edges.source.map((_s, i) => edgeAt(cols, i)) };
}

describe('graph columns', () => {
  it('read back as the same nodes and edges, undated and countryless ones included', () => {
    expect(roundTrip(DATA)).toEqual(DATA);
  });

  it('send no edge ids when they are the stores’ source|type|target, and list sorted distinct dates', () => {
    const cols = toColumns(DATA);
    expect(cols.edges.id).toBeUndefined();
    expect(cols.edges.source.map((_s, i) => edgeIdAt(cols, i))).toEqual(DATA.edges.map((e) => e.id));
    expect(cols.dates).toEqual(['2025-02-01', '2025-03-02']);
    expect(cols.edges.firstDate).toEqual([0, -1, 0]);
  });

  it('send ids when some edge has another, and drop edges to actors not listed', () => {
    const odd: GraphData = { nodes: DATA.nodes, edges: [{ ...DATA.edges[0]!, id: 'e1' }, { ...DATA.edges[1]!, target: 'nobody' }] };
    const back = roundTrip(odd);
    expect(back.edges).toEqual([odd.edges[0]]);
  });
});
