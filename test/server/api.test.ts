/** The HTTP API against a real embedded store: every route, validation (400), 404s, uploads and security headers. */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORLD } from '../store/fixtures.ts';
import { startTestServer, XSS_FACTS, type TestServer } from './test-server.ts';

let server: TestServer;
const statusOf = (url: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    }).on('error', reject);
  });
const get = async (path: string) => {
  const res = await fetch(server.url + path);
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};

beforeAll(async () => {
  server = await startTestServer({ facts: [...WORLD, XSS_FACTS], webDir: '/nonexistent' });
});
afterAll(() => server?.close());

describe('GET /healthz', () => {
  it('describes the store and its totals, with helmet headers and no CORS', async () => {
    const { status, headers, body } = await get('/healthz');
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.store).toMatch(/^embedded /);
    expect(body.stats).toEqual({ articles: 5, actors: 13, relations: 13, meetings: 4 });
    const csp = headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('worker-src');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('access-control-allow-origin')).toBeNull();
    expect(headers.get('x-powered-by')).toBeNull();
  });
});

describe('GET /api/graph', () => {
  it('returns every actor with relations and the aggregated edges', async () => {
    const { body } = await get('/api/graph');
    const ids = body.edges.map((e: any) => `${e.id}:${e.count}`);
    expect(ids).toContain('mira-kovac|CRITICISED|BOR:2');
    expect(ids).toContain('jane-holt|MET|tomas-reyes:2');
    expect(body.nodes.find((n: any) => n.id === 'BOR')).toMatchObject({ name: 'Borovia', kind: 'Country' });
  });

  it('filters by types (comma list), kinds, dates and focus', async () => {
    const met = await get('/api/graph?types=MET');
    expect(met.body.edges.every((e: any) => e.type === 'MET')).toBe(true);
    expect(met.body.edges).toHaveLength(2);
    const both = await get('/api/graph?types=MET&types=OPPOSED');
    expect(new Set(both.body.edges.map((e: any) => e.type))).toEqual(new Set(['MET', 'OPPOSED']));
    const countries = await get('/api/graph?kinds=Country');
    expect(countries.body.nodes.every((n: any) => n.kind === 'Country')).toBe(true);
    const may = await get('/api/graph?from=2025-05-01&to=2025-05-31&datedOnly=true');
    expect(may.body.edges.map((e: any) => e.id)).toEqual(['northern-compact|CRITICISED|ALD']);
    // Without datedOnly, the undated article's relations stay in any range.
    const mayAll = await get('/api/graph?from=2025-05-01&to=2025-05-31');
    expect(mayAll.body.edges.map((e: any) => e.id)).toContain('river-front|OPPOSED|northern-compact');
    expect((await get('/api/graph?datedOnly=yes')).status).toBe(400);
    const focus = await get('/api/graph?focus=lena-ost&depth=1');
    expect(focus.status).toBe(200);
    const kovac = await get('/api/graph?focus=mira-kovac&depth=1');
    expect(kovac.body.nodes.map((n: any) => n.id).sort()).toEqual(['BOR', 'mira-kovac', 'tomas-reyes']);
  });

  it('rejects bad parameters with 400 and a message naming the field', async () => {
    const bad = await get('/api/graph?types=MET,HUGGED');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^types/);
    expect((await get('/api/graph?from=May')).body.error).toMatch(/from: expected a date as YYYY-MM-DD/);
    expect((await get('/api/graph?focus=BOR&depth=3')).status).toBe(400);
    expect((await get('/api/graph?country=Borovia')).status).toBe(400);
  });

  it('sends gzip to clients that accept it, and 304 when the ETag still matches', async () => {
    const res = await fetch(`${server.url}/api/graph?types=MET`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const etag = res.headers.get('etag')!;
    expect((await res.json()).edges).toHaveLength(2);
    // node:http, not fetch: fetch adds Cache-Control: no-cache to conditional requests.
    expect(await statusOf(`${server.url}/api/graph?types=MET`, { 'if-none-match': etag })).toBe(304);
    expect(await statusOf(`${server.url}/api/graph?types=OPPOSED`, { 'if-none-match': etag })).toBe(200);
  });

  it('gives the same graph column by column with shape=columns (the web view’s shape)', async () => {
    const objects = (await get('/api/graph?types=MET,CRITICISED')).body;
    const { status, body } = await get('/api/graph?types=MET,CRITICISED&shape=columns');
    expect(status).toBe(200);
    expect(body.nodes.id).toEqual(objects.nodes.map((n: any) => n.id));
    expect(body.edges.source.map((s: number, i: number) => `${body.nodes.id[s]}|${body.types[body.edges.type[i]]}|${body.nodes.id[body.edges.target[i]]}`)).toEqual(
      objects.edges.map((e: any) => e.id),
    );
    expect((await get('/api/graph?shape=rows')).status).toBe(400);
  });

  it('404s when focusing on an unknown actor', async () => {
    const res = await get('/api/graph?focus=nobody');
    expect(res.status).toBe(404);
    expect(res.body.error).toContain('nobody');
  });
});

describe('actors', () => {
  it('searches by name', async () => {
    const { body } = await get('/api/actors?q=kova');
    expect(body.map((a: any) => a.id)).toContain('mira-kovac');
    expect((await get('/api/actors?q=x&limit=0')).status).toBe(400);
  });

  it('gives details, counts, relations with evidence and named counterparts', async () => {
    const { status, body } = await get('/api/actors/mira-kovac');
    expect(status).toBe(200);
    expect(body.actor.name).toBe('Mira Kovač');
    expect(body.actor.offices.length).toBeGreaterThan(0);
    expect(body.counts).toMatchObject({ MET: 1, CRITICISED: 2 });
    const crit = body.relations.find((r: any) => r.type === 'CRITICISED');
    expect(crit.evidence).toMatch(/criticised Borovia/);
    expect(crit.articleTitle).toBeTruthy();
    expect(body.counterparts.map((c: any) => c.id).sort()).toEqual(['BOR', 'tomas-reyes']);
  });

  it('404s an unknown actor', async () => {
    const res = await get('/api/actors/nobody');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'no actor with id "nobody"' });
  });
});

describe('relations and meetings', () => {
  it('lists relations by source, target, type and either end', async () => {
    expect((await get('/api/relations?source=mira-kovac&type=CRITICISED')).body).toHaveLength(2);
    expect((await get('/api/relations?target=ALD')).body.map((r: any) => r.id).sort()).toEqual(['r-a2-sup', 'r-a2-urge', 'r-a4-sup', 'r-xss-crit']);
    expect((await get('/api/relations?actor=tomas-reyes&type=MET')).body).toHaveLength(3);
    expect((await get('/api/relations?type=HUGGED')).status).toBe(400);
  });

  it('lists meetings, filtered by status and actor', async () => {
    expect((await get('/api/meetings')).body).toHaveLength(4);
    expect((await get('/api/meetings?status=cancelled')).body.map((m: any) => m.id)).toEqual(['m-a4-summit']);
    expect((await get('/api/meetings?actor=mira-kovac')).body.map((m: any) => m.id)).toEqual(['m-a1']);
    expect((await get('/api/meetings?status=maybe')).status).toBe(400);
  });
});

describe('GET /api/path', () => {
  it('finds the shortest connection with the relations of each hop', async () => {
    const { body } = await get('/api/path?from=mira-kovac&to=jane-holt');
    expect(body.path).toEqual(['mira-kovac', 'tomas-reyes', 'jane-holt']);
    expect(body.nodes.map((n: any) => n.name)).toEqual(['Mira Kovač', 'Tomás Reyes', 'Jane Holt']);
    expect(body.hops[1].relations.length).toBeGreaterThan(0);
  });

  it('says null when not connected, 404 for unknown actors, 400 when incomplete', async () => {
    expect((await get('/api/path?from=mira-kovac&to=lena-ost')).body.path).toBeNull();
    expect((await get('/api/path?from=mira-kovac&to=nobody')).status).toBe(404);
    const missing = await get('/api/path?from=mira-kovac');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/^to:/);
  });
});

describe('GET /api/timeline', () => {
  it('gives both directions over time with a cumulative Goldstein score per date', async () => {
    const { body } = await get('/api/timeline?a=BOR&b=mira-kovac');
    expect(body.a.name).toBe('Borovia');
    // a1: undated relation takes its article's date; a2: the relation's own date.
    expect(body.points).toEqual([
      { date: '2025-01-10', count: 1, score: -2, cumulative: -2 },
      { date: '2025-02-14', count: 1, score: -2.5, cumulative: -4.5 },
    ]);
    expect(body.relations).toHaveLength(2);
    expect((await get('/api/timeline?a=BOR')).status).toBe(400);
    expect((await get('/api/timeline?a=BOR&b=nobody')).status).toBe(404);
  });
});

describe('articles', () => {
  it('returns an article with its text, 404 otherwise', async () => {
    const { body } = await get('/api/articles/a1');
    expect(body).toMatchObject({ id: 'a1', title: 'Kovač hosts Reyes', date: '2025-01-10' });
    expect(body.text).toContain('held talks');
    expect((await get('/api/articles/zzz')).status).toBe(404);
  });
});

describe('unknown routes', () => {
  it('answer 404 as JSON', async () => {
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('not found: GET /api/nothing-here');
  });

  it('say how to build the web view when it is missing', async () => {
    const res = await fetch(server.url + '/');
    expect(await res.text()).toContain('npm run build:web');
  });
});
