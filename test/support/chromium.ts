/**
 * For *.browser.test.ts files: finds headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and
 * `describeBrowser`, which skips with one line on a machine without it and fails under CI.
 */
import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { CHROMIUM_HINT, chromiumPath } from './chromium-launch.ts';
import { isCI } from './neo4j-provided.ts';

export { CHROMIUM_HINT, chromiumPath } from './chromium-launch.ts';

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
