/** Launches headless Chromium for browser tests and gives pages that record dialogs and page errors. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_HINT, chromiumPath } from '../support/chromium.ts';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(CHROMIUM_HINT);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

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
