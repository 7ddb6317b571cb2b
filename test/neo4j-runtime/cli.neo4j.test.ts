/** `entente neo4j` end to end: starts a second server on other ports with its own password, prints where it is, stops on SIGTERM. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { probeBolt } from '../../src/neo4j/bolt-probe.ts';
import { freePort } from '../../src/neo4j/launch.ts';
import { isFetched, runtimeHome } from '../../src/neo4j/runtime-home.ts';
import { toolchainProblems } from '../../src/neo4j/toolchain.ts';
import { isCI } from '../support/neo4j-provided.ts';
import { describeNeo4j } from '../support/neo4j.ts';

const ENTENTE = path.resolve(import.meta.dirname, '../../bin/entente.mjs');

describeNeo4j('entente neo4j', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-neo4j-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('sets the initial password from NEO4J_PASSWORD, prints Bolt and Browser, and stops cleanly on SIGTERM', { timeout: 180_000 }, async ({ skip }) => {
    const { problems } = toolchainProblems({ needMaven: !isFetched(runtimeHome()) });
    if (problems.length && !isCI()) skip(`needs Java: ${problems.join('; ')}`);
    const password = 'cli-test-password';
    const [bolt, http] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [ENTENTE, 'neo4j', '--data', dataDir, '--port', `${bolt}`, '--http-port', `${http}`], {
      env: { ...process.env, NEO4J_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await Promise.race([
        new Promise<void>((resolve) => child.stdout.on('data', () => out.includes('is ready') && resolve())),
        exited.then((code) => Promise.reject(new Error(`entente neo4j exited with ${code}:\n${out}`))),
      ]);
      expect(out).toContain(`Bolt     bolt://127.0.0.1:${bolt}`);
      expect(out).toContain(`Browser  http://127.0.0.1:${http}/browser/`);
      const target = { uri: `bolt://127.0.0.1:${bolt}`, user: 'neo4j' };
      expect(await probeBolt({ ...target, password })).toBe('ready');
      expect(await probeBolt({ ...target, password: 'entente-dev' })).toBe('unauthorized');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('entente neo4j: stopped');
  });
});
