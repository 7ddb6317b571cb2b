/** readInputs over real files in a temporary directory: each format, dates, ordering and bad inputs. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { contentId, readInputs, type RawArticle } from '../../src/ingest/index.ts';

let dir: string;
const file = (name: string): string => path.join(dir, name);
const NEWS = 'The foreign minister said on Tuesday that the two governments would resume talks in Oslo.';
const APPEAL = 'Your gift keeps our newsroom going. We rely on readers like you, and your support means we can stay free for everyone.';

async function readAll(paths: string[], opts = {}): Promise<(RawArticle | InputError)[]> {
  const out: (RawArticle | InputError)[] = [];
  for await (const x of readInputs(paths, opts)) out.push(x);
  return out;
}

async function one(name: string, opts = {}): Promise<RawArticle> {
  const [a] = await readAll([file(name)], opts);
  if (!a || a instanceof InputError) throw new Error(`expected an article, got ${a?.message}`);
  return a;
}

async function error(name: string): Promise<InputError> {
  const [e] = await readAll([file(name)]);
  if (!(e instanceof InputError)) throw new Error('expected an InputError');
  return e;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'entente-ingest-'));
  await mkdir(file('nested/deeper'), { recursive: true });
  await writeFile(file('header.txt'), ` date 2025-03-04 ${APPEAL} Read more\n\n${NEWS}\n`);
  await writeFile(file('dateline.txt'), `Wednesday 5 March 2025\n${NEWS}`);
  await writeFile(file('undated.txt'), NEWS);
  await writeFile(file('page.html'), `<!doctype html><html><head><title>Site | Talks resume</title>
    <meta property="og:title" content="Talks resume in Oslo"><meta property="article:published_time" content="2025-03-06T09:30:00Z">
    <link rel="canonical" href="https://example.org/talks"></head><body><nav><p>Home World Politics</p></nav>
    <article><h1>Talks resume</h1><p>${NEWS}</p><figure><figcaption>Photo: agency</figcaption></figure><p>Aides expect a statement.</p>
    <script>var x = 1;</script></article><footer><p>Copyright</p></footer></body></html>`);
  await writeFile(file('ld.html'), `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-07"}</script></head>
    <body><div><p>Short.</p></div><div class="story"><p>${NEWS}</p><p>A second paragraph of the story.</p></div></body></html>`);
  await writeFile(file('one.json'), JSON.stringify({ text: NEWS, title: 'T', date: '2025-03-08', url: 'u', source: 's' }));
  await writeFile(file('many.json'), JSON.stringify([{ text: NEWS }, { title: 'no text' }]));
  await writeFile(file('lines.jsonl'), `${JSON.stringify({ text: NEWS })}\n{"text": "broken\n\n${JSON.stringify({ text: 'Another story about talks.' })}\n`);
  await writeFile(file('empty.txt'), '');
  await writeFile(file('binary.txt'), Buffer.from([0x41, 0x0a, 0x42, 0x00, 0x43]));
  await writeFile(file('latin1.txt'), Buffer.concat([Buffer.from('Line one\nCaf'), Buffer.from([0xe9]), Buffer.from(' talks\n')]));
  await writeFile(file('nested/b.txt'), NEWS);
  await writeFile(file('nested/deeper/a.txt'), 'A deeper story about talks.');
  await writeFile(file('nested/ignored.csv'), 'x,y');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readInputs: formats', () => {
  it('reads a .txt header date and removes the appeal', async () => {
    const a = await one('header.txt');
    expect(a.text).toBe(NEWS);
    expect(a.meta).toMatchObject({ date: '2025-03-04', dateSource: 'header', file: file('header.txt') });
    expect(a.id).toBe(contentId(NEWS));
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('infers the date from a dateline, else takes --date, else leaves it undated', async () => {
    expect((await one('dateline.txt')).meta).toMatchObject({ date: '2025-03-05', dateSource: 'text' });
    expect((await one('undated.txt', { date: '2025-01-01' })).meta).toMatchObject({ date: '2025-01-01', dateSource: 'option' });
    expect((await one('undated.txt')).meta.date).toBeUndefined();
  });

  it('reads the article body, title, date and url of an .html page', async () => {
    const a = await one('page.html');
    expect(a.text).toBe(`${NEWS}\n\nAides expect a statement.`);
    expect(a.meta).toMatchObject({ title: 'Talks resume in Oslo', date: '2025-03-06', url: 'https://example.org/talks' });
  });

  it('falls back to the largest text block and a JSON-LD date', async () => {
    const a = await one('ld.html');
    expect(a.text).toBe(`${NEWS}\n\nA second paragraph of the story.`);
    expect(a.meta.date).toBe('2025-03-07');
  });

  it('reads a .json object with its metadata', async () => {
    expect((await one('one.json')).meta).toMatchObject({ title: 'T', date: '2025-03-08', url: 'u', source: 's', dateSource: 'metadata' });
  });
});

describe('readInputs: bad input', () => {
  it('names the file for an empty, binary or non-UTF-8 file, with the line', async () => {
    expect((await error('empty.txt')).message).toBe(`${file('empty.txt')}: empty file`);
    const bin = await error('binary.txt');
    expect(bin.message).toContain('binary');
    expect(bin.line).toBe(2);
    const latin = await error('latin1.txt');
    expect(latin.message).toContain('UTF-8');
    expect(latin.line).toBe(2);
  });

  it('reports a missing text in a .json array and keeps the good item', async () => {
    const [good, bad] = await readAll([file('many.json')]);
    expect(good).not.toBeInstanceOf(InputError);
    expect(bad).toBeInstanceOf(InputError);
    expect((bad as InputError).message).toMatch(/item 1: missing "text"/);
  });

  it('reports a malformed .jsonl line by number and reads the other lines', async () => {
    const items = await readAll([file('lines.jsonl')]);
    expect(items).toHaveLength(3);
    expect(items[1]).toBeInstanceOf(InputError);
    expect((items[1] as InputError).message).toMatch(/lines\.jsonl:2: malformed JSON line/);
    expect((items[2] as RawArticle).text).toBe('Another story about talks.');
  });

  it('reports a path that does not exist', async () => {
    const [e] = await readAll([file('missing.txt')]);
    expect((e as InputError).message).toContain('no such file');
  });
});

describe('readInputs: expansion', () => {
  it('walks directories recursively in sorted order, skipping other extensions', async () => {
    const items = await readAll([file('nested')]);
    expect(items.map((a) => (a as RawArticle).meta.file)).toEqual([file('nested/b.txt'), file('nested/deeper/a.txt')]);
  });

  it('expands globs, sorted, without duplicates', async () => {
    const items = await readAll([`${dir}/nested/**/*.txt`, file('nested/b.txt')]);
    expect(items.map((a) => (a as RawArticle).meta.file)).toEqual([file('nested/b.txt'), file('nested/deeper/a.txt')]);
  });
});
