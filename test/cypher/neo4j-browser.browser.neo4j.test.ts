/**
 * Neo4j Browser, served by `npm run neo4j`, in real headless Chromium: connect, set a library
 * query's parameters with its documented `:param` line, run the query, and read its answer.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadInputs } from '../../src/load/index.ts';
import { findQuery } from '../../src/query/library.ts';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { describeNeo4j, neo4jConfig } from '../support/neo4j.ts';
import { launchChromium } from '../support/chromium-launch.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

describeNeo4j('Neo4j Browser runs a library query', () => {
  let browser: Browser;

  beforeAll(async () => {
    const store = createNeo4jStore(neo4jConfig());
    await store.init();
    await store.clear();
    await loadInputs(store, [SEEDS]);
    await store.close();
    browser = await launchChromium(); // throws the one-line hint when Chromium is missing
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('connects, runs most-criticised with its :param line and shows Zelensky criticised by Trump', async () => {
    const config = neo4jConfig();
    expect(config.httpUrl, 'the launcher serves Neo4j Browser over HTTP').toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL('/browser/', config.httpUrl).href);

    await page.getByTestId('boltaddress').fill(new URL(config.uri).host);
    await page.getByTestId('username').fill(config.user);
    await page.getByTestId('password').fill(config.password);
    await page.getByTestId('connect').click();
    await page.getByText(/You are connected as user/).waitFor({ timeout: 30_000 });

    const query = findQuery('most-criticised');
    // insertText types no auto-closed brackets or quotes, unlike key-by-key typing in the editor.
    const runInEditor = async (text: string) => {
      await page.locator('#monaco-main-editor, [data-testid="activeEditor"]').first().click();
      await page.keyboard.insertText(text);
      await page.getByTestId('editor-Run').click();
    };
    await runInEditor(`:param ${query.paramLiteral}`);
    await page.getByText('"limit": 10').first().waitFor({ timeout: 15_000 });
    await runInEditor(query.cypher.replace(/\s+/g, ' '));

    const frame = page.locator('[data-testid="frame"]', { hasText: 'criticisms' }).first();
    await frame.waitFor({ timeout: 30_000 });
    await expect.poll(() => frame.innerText(), { timeout: 15_000 }).toContain('Volodymyr Zelensky');
    expect(await frame.innerText()).toContain('Donald Trump');
    await page.screenshot({ path: path.join(SHOTS, 'neo4j-browser-most-criticised.png') });
  });
});
