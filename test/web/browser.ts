/** Launches headless Chromium for browser tests and gives pages that record dialogs and page errors. */
import type { Browser, Page } from 'playwright-core';

export { launchChromium } from '../support/chromium-launch.ts';

export interface WatchedPage {
  page: Page;
  dialogs: string[];
  errors: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  await page.goto(url);
  return { page, dialogs, errors };
}

/** Wait until the graph is drawn and laid out. */
export async function graphReady(page: Page): Promise<void> {
  await page.waitForSelector('#graph[data-layout="done"][data-ready="true"]', { timeout: 30_000 });
}
