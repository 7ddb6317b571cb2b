/**
 * The web view in real headless Chromium, on the five seed articles (through the loader) plus one
 * article carrying markup: graph drawn, search, actor panel with evidence, type filter, XSS safety,
 * deterministic layout, export, narrow screens and the empty-store page. Screenshots: test-results/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { REPO_ROOT, SEEDS_DIR, XSS, XSS_FACTS, startTestServer, type TestServer } from '../server/test-server.ts';
import { describeBrowser } from '../support/chromium.ts';
import { graphReady, launchChromium, openPage } from './browser.ts';

const SHOTS = path.join(REPO_ROOT, 'test-results');
let browser: Browser;
let server: TestServer;
let webDir: string;

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const dataset = (page: Page) => page.$eval('#graph', (el) => ({ ...(el as HTMLElement).dataset }));

describeBrowser('the web view', () => {
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    webDir = await ensureWebBuilt();
    server = await startTestServer({ facts: [XSS_FACTS], files: [SEEDS_DIR], webDir });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the graph page', () => {
    it('draws the graph: nodes and edges counted, labels painted', async () => {
      const { page, errors } = await openPage(browser, server.url);
      await graphReady(page);
      const ds = await dataset(page);
      expect(Number(ds.nodes)).toBeGreaterThan(5);
      expect(Number(ds.edges)).toBeGreaterThan(3);
      // The label layer is a 2D canvas: some of its pixels must be painted.
      const painted = await page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('#graph canvas.sigma-labels')!;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(100);
      await shot(page, 'graph-1280');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('gives the same picture for the same data', async () => {
      const a = await openPage(browser, server.url);
      await graphReady(a.page);
      const b = await openPage(browser, server.url);
      await graphReady(b.page);
      expect((await dataset(a.page)).layoutHash).toBe((await dataset(b.page)).layoutHash);
      await a.page.close();
      await b.page.close();
    });

    it('finds Zelensky, opens his panel with a CRITICISED relation and its evidence, closes on Esc', async () => {
      const { page } = await openPage(browser, server.url);
      await graphReady(page);
      await page.fill('#search', 'Zelensky');
      await page.waitForSelector('#search-list li');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#panel-body .evidence');
      expect(await page.textContent('#panel-title')).toMatch(/Zelensky/);
      const crit = page.locator('#panel-body .evidence[data-type="CRITICISED"]').first();
      await expect.poll(() => crit.count()).toBeGreaterThan(0);
      expect((await crit.locator('blockquote').textContent())!.length).toBeGreaterThan(10);
      expect(await crit.locator('.rule').textContent()).toMatch(/rule /);
      expect(page.url()).toContain('actor=');
      await shot(page, 'panel-zelensky');
      // The evidence leads back into the article: the marked span is the evidence sentence.
      const sentence = (await crit.locator('blockquote').textContent())!;
      await crit.locator('button', { hasText: 'Read in the article' }).click();
      await page.waitForSelector('#panel-body .article-text mark');
      expect(await page.textContent('#panel-body .article-text mark')).toBe(sentence);
      await shot(page, 'article-evidence');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.isHidden('#panel')).toBe(true);
      expect(page.url()).not.toContain('actor=');
      await page.close();
    });

    it('drops a relation type from the graph when its box is unticked, and keeps it in the URL', async () => {
      const { page } = await openPage(browser, server.url);
      await graphReady(page);
      const before = await dataset(page);
      expect(before.types).toContain('CRITICISED');
      await page.uncheck('#type-filters input[value="CRITICISED"]');
      await expect.poll(async () => (await dataset(page)).types).not.toContain('CRITICISED');
      expect(Number((await dataset(page)).edges)).toBeLessThan(Number(before.edges));
      expect(decodeURIComponent(page.url())).toContain('types=MET,SUPPORTED,URGED,OPPOSED');
      await shot(page, 'no-criticised');
      // The shared link reproduces the filter.
      const again = await openPage(browser, page.url());
      await graphReady(again.page);
      expect((await dataset(again.page)).types).not.toContain('CRITICISED');
      expect(await again.page.isChecked('#type-filters input[value="CRITICISED"]')).toBe(false);
      await again.page.close();
      await page.close();
    });

    it('focuses on an actor and plays the dates forward', async () => {
      const { page } = await openPage(browser, server.url);
      await graphReady(page);
      const all = Number((await dataset(page)).nodes);
      await page.fill('#search', 'Zelensky');
      await page.waitForSelector('#search-list li');
      await page.keyboard.press('Enter');
      await page.click('#panel-body button:has-text("Focus: 1 hop")');
      await expect.poll(() => page.url()).toContain('focus=');
      await expect.poll(async () => Number((await dataset(page)).nodes)).toBeLessThan(all);
      expect(await page.textContent('#focus-label')).toMatch(/Around Volodymyr Zelensky/);
      await page.click('#btn-unfocus');
      await expect.poll(async () => Number((await dataset(page)).nodes)).toBe(all);
      await page.click('#btn-play');
      await expect.poll(() => page.textContent('#play-date')).toMatch(/^up to \d{4}-\d{2}-\d{2}$/);
      expect(page.url()).toContain('to=');
      await page.click('#btn-play');
      expect(await page.getAttribute('#btn-play', 'aria-pressed')).toBe('false');
      await page.close();
    });

    it('shows markup from an article as text and runs no script', async () => {
      const { page, dialogs } = await openPage(browser, `${server.url}/?actor=northern-compact`);
      await graphReady(page);
      await page.waitForSelector('#panel-body .evidence[data-type="CRITICISED"]');
      const quote = await page.locator('#panel-body .evidence .quote q').first().textContent();
      expect(quote).toBe(XSS);
      expect(await page.locator('#panel img').count()).toBe(0);
      // The javascript: url must not become a link.
      expect(await page.locator('#panel a[href^="javascript"]').count()).toBe(0);
      // Also the edge panel (evidence list + timeline).
      await page.waitForTimeout(500);
      expect(dialogs).toEqual([]);
      await shot(page, 'xss-as-text');
      await page.close();
    });

    it('highlights a shortest path and opens a pair timeline', async () => {
      const { page } = await openPage(browser, `${server.url}/?a=northern-compact&b=ALD`);
      await graphReady(page);
      await page.waitForSelector('#panel-body ol.path li');
      expect(await page.locator('#panel-body ol.path li').count()).toBe(2);
      await page.click('#btn-clear-path');
      await page.goto(`${server.url}/?actor=northern-compact`);
      await page.waitForSelector('#panel-body .group button.small');
      await page.click('#panel-body .group button.small');
      await page.waitForSelector('#panel-body svg.timeline circle');
      await shot(page, 'timeline');
      await page.close();
    });

    it('lists meetings and exports GEXF of the visible graph', async () => {
      const { page } = await openPage(browser, server.url);
      await graphReady(page);
      await page.click('#btn-meetings');
      await page.waitForSelector('#panel-title');
      expect(await page.textContent('#panel-title')).toMatch(/^Meetings \(\d+\)$/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-gexf')]);
      const file = await download.path();
      const xml = await readFile(file, 'utf8');
      expect(xml).toContain('<gexf');
      expect((xml.match(/<node /g) ?? []).length).toBe(Number((await dataset(page)).nodes));
      // Edges keep the API's ids (source|type|target), whatever keys the view draws them with.
      expect(xml).toMatch(/<edge id="[\w-]+\|(MET|CRITICISED|SUPPORTED|URGED|OPPOSED)\|[\w-]+"/);
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#btn-png')]);
      expect(png.suggestedFilename()).toBe('entente.png');
      // Nodes, edges and labels composed: far more than a blank canvas compresses to.
      const image = await readFile(await png.path());
      expect(image.subarray(1, 4).toString()).toBe('PNG');
      expect(image.length).toBeGreaterThan(20_000);
      await writeFile(path.join(SHOTS, 'export.png'), image);
      await page.close();
    });

    it('works on a narrow screen', async () => {
      const { page } = await openPage(browser, server.url, { width: 390, height: 800 });
      await graphReady(page);
      expect(await page.isVisible('#filters')).toBe(false);
      await page.click('#btn-filters');
      expect(await page.isVisible('#filters')).toBe(true);
      await shot(page, 'narrow-filters');
      await page.click('#btn-filters');
      await page.fill('#search', 'Zelensky');
      await page.waitForSelector('#search-list li');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#panel-body .evidence');
      await shot(page, 'narrow-panel');
      await page.close();
    });
  });

  describe('an empty store', () => {
    it('says how to add articles', async () => {
      const empty = await startTestServer({ webDir });
      try {
        const { page } = await openPage(browser, empty.url);
        await page.waitForSelector('#graph[data-ready="true"]');
        expect(await page.isVisible('#empty')).toBe(true);
        expect(await page.textContent('#empty')).toContain('npm start -- ');
        await shot(page, 'empty-store');
        // Dropping an article file posts it; the graph then draws it.
        await page.evaluate(() => {
          const dt = new DataTransfer();
          const text = 'The United Kingdom criticised Russia over the harbour blockade on Tuesday, officials said.';
          dt.items.add(new File([text], 'dropped-note.txt', { type: 'text/plain' }));
          document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        });
        await expect.poll(() => page.textContent('#toast'), { timeout: 20_000 }).toMatch(/Added 1 article/);
        await expect.poll(async () => Number((await dataset(page)).nodes), { timeout: 20_000 }).toBeGreaterThan(0);
        expect(await page.isVisible('#empty')).toBe(false);
        await shot(page, 'after-drop');
        // One edge between two actors: its middle is the middle of the stage. Clicking it lists its evidence.
        await page.waitForSelector('#graph[data-layout="done"]');
        const box = (await page.locator('#graph').boundingBox())!;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForSelector('#panel-body .evidence[data-type="CRITICISED"]');
        expect(await page.textContent('#panel-title')).toMatch(/CRITICISED .*\(1\)$/);
        await page.waitForTimeout(800); // the camera glides to the edge
        await shot(page, 'edge-panel');
        await page.close();
      } finally {
        await empty.close();
      }
    });
  });
});
