/** kill -9 in the middle of `entente load` into the embedded store: no half-written article, a re-run finishes. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createEmbeddedStore } from '../../src/store/embedded/index.ts';
import { generateCorpus } from './generate-corpus.ts';
import { killScenario } from './kill-check.ts';
import { storeEnv } from '../support/run-cli.ts';

const TOTAL = 600;
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'entente-kill-'));
  await generateCorpus(path.join(tmp, 'corpus'), TOTAL);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('kill -9 during entente load (embedded store)', () => {
  for (const [name, args] of [
    ['one article per write', ['--workers', '1']],
    ['bulk batches, two extraction workers', ['--bulk', '--batch-size', '20', '--workers', '2']],
  ] as const) {
    it(`${name}: every stored article is complete and a re-run completes the job`, async () => {
      const dataDir = path.join(tmp, name.replace(/\W+/g, '-'));
      await killScenario({
        corpus: path.join(tmp, 'corpus'),
        total: TOTAL,
        env: storeEnv({ dataDir }),
        args: [...args],
        after: 40,
        open: async () => {
          const store = createEmbeddedStore({ dataDir });
          await store.init();
          return store;
        },
      });
    }, 180_000);
  }
});
