/**
 * For *.browser.test.ts files: finds headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and
 * `describeBrowser`, which skips with one line on a machine without it and fails under CI.
 */
import { accessSync, closeSync, constants, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { isCI } from './neo4j-provided.ts';

export const CHROMIUM_HINT =
  'Chromium not available: install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH';

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

export function chromiumAvailable(): boolean {
  return chromiumPath() !== undefined;
}

/** Prints the hint once per vitest run: files run in separate workers of one parent process. */
function hintOnce(): void {
  try {
    closeSync(openSync(path.join(tmpdir(), `entente-chromium-hint-${process.ppid}`), 'wx'));
    process.stderr.write(`${CHROMIUM_HINT}\n`);
  } catch {
    // already printed in this run
  }
}

/** `describe` for tests that drive a real headless Chromium (launch it with chromiumPath()). */
export function describeBrowser(name: string, fn: () => void): void {
  if (chromiumAvailable()) describe(name, fn);
  else if (isCI()) {
    describe(name, () => {
      it('needs Chromium (CI=true: a missing browser is a failure)', () => {
        throw new Error(CHROMIUM_HINT);
      });
    });
  } else {
    hintOnce();
    describe.skip(name, fn);
  }
}
