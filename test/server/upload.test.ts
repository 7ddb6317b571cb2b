/** Uploads: the policy (loopback, token, same origin), the three encodings, validation and limits. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadRefusal, isLoopback } from '../../src/server/security.ts';
import { startTestServer, type TestServer } from './test-server.ts';

describe('upload policy', () => {
  const req = (remoteAddress: string, extra: { authorization?: string; origin?: string } = {}) => ({
    remoteAddress,
    host: 'graph.example:3000',
    authorization: undefined,
    origin: undefined,
    ...extra,
  });

  it('knows loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a)).toBe(true);
    for (const a of ['10.0.0.2', '192.168.1.4', '::ffff:10.0.0.2', 'fe80::1', undefined]) expect(isLoopback(a)).toBe(false);
  });

  it('refuses other machines without a token', () => {
    expect(uploadRefusal(req('10.0.0.2'), undefined)).toMatch(/only accepted from this machine/);
    expect(uploadRefusal(req('10.0.0.2'), 's3cret')).toMatch(/need Authorization: Bearer/);
  });

  it('accepts loopback, and other machines with the right bearer token', () => {
    expect(uploadRefusal(req('127.0.0.1'), undefined)).toBeNull();
    expect(uploadRefusal(req('10.0.0.2', { authorization: 'Bearer s3cret' }), 's3cret')).toBeNull();
    expect(uploadRefusal(req('10.0.0.2', { authorization: 'Bearer wrong!' }), 's3cret')).toBe('invalid token');
    expect(uploadRefusal(req('10.0.0.2', { authorization: 'Bearer s3cret' }), undefined)).toMatch(/only accepted/);
  });

  it('refuses browser requests from another origin, even on loopback', () => {
    expect(uploadRefusal(req('127.0.0.1', { origin: 'https://evil.example' }), undefined)).toMatch(/cross-origin/);
    expect(uploadRefusal(req('127.0.0.1', { origin: 'null' }), undefined)).toMatch(/cross-origin/);
    expect(uploadRefusal(req('127.0.0.1', { origin: 'http://graph.example:3000' }), undefined)).toBeNull();
  });
});

describe('POST /api/articles', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  const post = async (body: BodyInit, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', body, headers });
    return { status: res.status, body: (await res.json()) as any };
  };
  const TEXT = 'The United Kingdom criticised Russia over the harbour blockade on Tuesday, officials said.';

  it('loads a JSON article through the loader, then reports it unchanged', async () => {
    const graph = async () => (await (await fetch(`${server.url}/api/graph`)).json()) as { nodes: { id: string }[] };
    expect((await graph()).nodes).toEqual([]);
    const first = await post(JSON.stringify({ text: TEXT, title: 'Harbour row', date: '2025-06-03', source: 'Test Wire' }), { 'content-type': 'application/json' });
    expect(first.status).toBe(201);
    expect(first.body.outcome).toBe('loaded');
    const stored = await (await fetch(`${server.url}/api/articles/${first.body.article}`)).json();
    expect(stored).toMatchObject({ title: 'Harbour row', date: '2025-06-03', source: 'Test Wire' });
    // The graph cache forgot the empty graph at once.
    expect((await graph()).nodes.map((n) => n.id).sort()).toEqual(['GBR', 'RUS']);
    const again = await post(JSON.stringify({ text: TEXT, title: 'Harbour row', date: '2025-06-03' }), { 'content-type': 'application/json' });
    expect(again.status).toBe(200);
    expect(again.body.outcome).toBe('unchanged');
  });

  it('accepts text/plain with metadata in the query, text/html, and a multipart file', async () => {
    const res = await fetch(`${server.url}/api/articles?title=Plain`, { method: 'POST', body: `${TEXT} A second sentence here.`, headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(201);
    const form = new FormData();
    form.append('file', new Blob([`<html><head><title>Page</title></head><body><p>${TEXT}</p><p>More text.</p></body></html>`], { type: 'text/html' }), 'page.html');
    const multi = await post(form);
    expect(multi.status).toBe(201);
    const stored = await (await fetch(`${server.url}/api/articles/${multi.body.article}`)).json();
    expect(stored.text).not.toContain('<p>');
    const html = await fetch(`${server.url}/api/articles`, { method: 'POST', body: `<html><body><nav>Menu</nav><p>${TEXT}</p><p>Third one.</p></body></html>`, headers: { 'content-type': 'text/html' } });
    expect(html.status).toBe(201);
    const fromHtml = await (await fetch(`${server.url}/api/articles/${((await html.json()) as any).article}`)).json();
    expect(fromHtml.text).not.toContain('<p>');
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health.stats.articles).toBe(4);
  });

  it('rejects empty text, bad dates and malformed JSON with 400, huge bodies with 413', async () => {
    const empty = await post(JSON.stringify({ text: '  ' }), { 'content-type': 'application/json' });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/^text: expected the article text/);
    expect((await post(JSON.stringify({ text: TEXT, date: 'June' }), { 'content-type': 'application/json' })).status).toBe(400);
    expect((await post('{"text": ', { 'content-type': 'application/json' })).status).toBe(400);
    expect((await post(JSON.stringify({ text: 'x'.repeat(7_000_000) }), { 'content-type': 'application/json' })).status).toBe(413);
  });

  it('refuses a cross-origin browser post with 403', async () => {
    const res = await post(JSON.stringify({ text: TEXT }), { 'content-type': 'application/json', origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/cross-origin/);
  });
});
