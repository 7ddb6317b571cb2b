/**
 * Finding and launching headless Chromium, with no test-runner imports, so the browser tests and
 * the render benchmark launch it the same way.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_HINT =
  'Chromium not available: install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH';

/** Flags for a closed network and a root user (see the machine notes): no background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The Chromium executable, or undefined. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const candidate of [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(CHROMIUM_HINT);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
