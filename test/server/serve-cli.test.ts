/** `entente serve` as a real child process: loads the given files, answers on its port, stops cleanly on SIGTERM. */
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS, spawnEntente, storeEnv } from '../support/run-cli.ts';

describe('entente serve', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'entente-serve-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('loads the seeds, serves the API, and exits 0 on SIGTERM', async () => {
    const child = spawnEntente(['serve', SEEDS, '--port', '0', '--no-web'], storeEnv({ dataDir }));
    const stderr: string[] = [];
    child.stderr!.on('data', (d) => stderr.push(String(d)));
    let url: string | undefined;
    for await (const line of createInterface({ input: child.stdout! })) {
      const m = /^Entente on (http:\/\/\S+)/.exec(line);
      if (m) {
        url = m[1];
        expect(line).toContain('5 articles');
        break;
      }
    }
    expect(url, stderr.join('')).toBeDefined();
    const health = await (await fetch(`${url}/healthz`)).json();
    expect(health.stats.articles).toBe(5);
    expect(await (await fetch(`${url}/`)).text()).toContain('no web view');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  }, 120_000);

  it('refuses a bad port with one line', async () => {
    const child = spawnEntente(['serve', '--port', 'many', '--no-web'], storeEnv({ dataDir }));
    let err = '';
    child.stderr!.on('data', (d) => (err += String(d)));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(err.trim()).toBe('entente: --port: expected a port number, got "many"');
  }, 60_000);
});
