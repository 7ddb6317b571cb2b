/**
 * HTML articles, read with a real parser (cheerio): the article body only, its title, its
 * publication date from the page's metadata and its canonical url.
 */
import * as cheerio from 'cheerio';
import type { ArticleMeta } from '../extract/doc.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { normaliseDate } from './dates.ts';

type Page = cheerio.CheerioAPI;

const NOISE = 'script, style, noscript, template, nav, aside, footer, header, form, button, iframe, svg, figure, figcaption, [aria-hidden=true]';
const BODY_CANDIDATES = ['[itemprop=articleBody]', 'article', 'main', '[role=main]'];
const BLOCKS = 'p, h2, h3, h4, li, blockquote';

function firstText(values: (string | undefined)[]): string | undefined {
  return values.map((v) => v?.replace(/\s+/g, ' ').trim()).find((v) => v);
}

/** The date from meta tags, JSON-LD `datePublished`, or a `<time datetime>`. */
function pageDate($: Page): string | undefined {
  const metas = ['article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date'];
  for (const name of metas) {
    const v = $(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`).attr('content');
    if (normaliseDate(v)) return normaliseDate(v);
  }
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec($(el).text());
    if (normaliseDate(found?.[1])) return normaliseDate(found?.[1]);
  }
  return normaliseDate($('time[datetime]').first().attr('datetime'));
}

/** The element holding the article: a known container, else the one with the most paragraph text. */
function bodyOf($: Page): cheerio.Cheerio<any> {
  for (const sel of BODY_CANDIDATES) {
    const el = $(sel).first();
    if (el.length && el.text().trim()) return el;
  }
  let best = $('body');
  let bestLength = 0;
  $('div, section').each((_, el) => {
    const length = $(el).children('p').text().length;
    if (length > bestLength) [best, bestLength] = [$(el), length];
  });
  return best;
}

export function parseHtml(raw: string): { text: string; meta: ArticleMeta } {
  const $ = cheerio.load(raw);
  const meta: ArticleMeta = {};
  meta.title = firstText([$('meta[property="og:title"]').attr('content'), $('h1').first().text(), $('title').text()]);
  meta.url = firstText([$('link[rel=canonical]').attr('href'), $('meta[property="og:url"]').attr('content')]);
  meta.source = firstText([$('meta[property="og:site_name"]').attr('content')]);
  const date = pageDate($);
  if (date) Object.assign(meta, { date, dateSource: 'metadata' });
  const body = bodyOf($);
  body.find(NOISE).remove();
  const blocks = body.find(BLOCKS).toArray().filter((el) => !$(el).find(BLOCKS).length);
  const paragraphs = (blocks.length ? blocks.map((el) => $(el).text()) : body.text().split(/\n/))
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = removeBoilerplate(paragraphs).join('\n\n');
  for (const key of Object.keys(meta) as (keyof ArticleMeta)[]) if (meta[key] === undefined) delete meta[key];
  return { text, meta };
}
