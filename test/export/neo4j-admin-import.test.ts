/**
 * The CSV export is read by the real `neo4j-admin database import full` (from the Neo4j runtime
 * jars, into a throwaway home): every node and relationship imported, none rejected.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../src/export/index.ts';
import { JVM_FLAGS } from '../../src/neo4j/server-config.ts';
import { isFetched, runtimeHome } from '../../src/neo4j/runtime-home.ts';
import { toolchainProblems } from '../../src/neo4j/toolchain.ts';
import { isCI } from '../support/neo4j-provided.ts';
import { trickySnapshot } from './tricky-snapshot.ts';

const home = runtimeHome();
const { toolchain } = toolchainProblems({ needMaven: false });
const available = Boolean(toolchain) && isFetched(home);
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'entente-admin-import-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('CSV export into neo4j-admin import', () => {
  it.skipIf(!available && !isCI())('imports every node and relationship', async () => {
    expect(available, 'Java and the fetched Neo4j runtime (npm run neo4j) are needed').toBe(true);
    const snapshot = trickySnapshot();
    const [nodes, rels] = await writeExport(snapshot, 'csv', path.join(tmp, 'csv'));
    const neoHome = path.join(tmp, 'home');
    await mkdir(path.join(neoHome, 'conf'), { recursive: true });
    await writeFile(path.join(neoHome, 'conf/neo4j.conf'), 'server.memory.pagecache.size=64m\n');
    const r = spawnSync(
      toolchain!.java,
      [...JVM_FLAGS.filter((f) => !f.startsWith('-Xm')), '-Xmx512m', '-cp', path.join(home.libDir, '*'), 'org.neo4j.cli.AdminTool',
        'database', 'import', 'full', 'neo4j', `--nodes=${nodes}`, `--relationships=${rels}`, '--multiline-fields=true', `--report-file=${path.join(tmp, 'import.report')}`],
      { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: neoHome, NEO4J_CONF: path.join(neoHome, 'conf') }, timeout: 120_000 },
    );
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status, out.slice(-3000)).toBe(0);
    expect(out).toMatch(new RegExp(`\\b${snapshot.actors.length} nodes\\b`));
    expect(out).toMatch(new RegExp(`\\b${snapshot.relations.length} relationships\\b`));
  }, 150_000);
});
