/** The Neo4j runtime's pure parts: pinned version, generated neo4j.conf, Java version parsing, cache location. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEO4J_VERSION, RUNTIME_POM, runtimeHome } from '../../src/neo4j/runtime-home.ts';
import { renderConf } from '../../src/neo4j/server-config.ts';
import { parseJavaVersion } from '../../src/neo4j/toolchain.ts';

describe('Neo4j runtime configuration', () => {
  it('pins the same 5.26 version in the code and in tools/neo4j/pom.xml', () => {
    const pom = readFileSync(RUNTIME_POM, 'utf8');
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
    expect(pom).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
    expect(pom).toContain('<artifactId>neo4j-server</artifactId>');
    expect(pom).toContain('<artifactId>neo4j-browser</artifactId>');
  });

  it('listens on loopback only, on the given ports, and advertises those ports', () => {
    const conf = renderConf({ dataDir: '/x', boltPort: 17687, httpPort: 17474, password: 'p' });
    const settings = Object.fromEntries(
      conf.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('=', 2) as [string, string]),
    );
    expect(settings['server.default_listen_address']).toBe('127.0.0.1');
    expect(settings['server.bolt.listen_address']).toBe(':17687');
    expect(settings['server.bolt.advertised_address']).toBe(':17687');
    expect(settings['server.http.listen_address']).toBe(':17474');
    expect(settings['server.https.enabled']).toBe('false');
    expect(conf).not.toContain('password');
  });

  it('reads the Java feature release from `java -version` output', () => {
    expect(parseJavaVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaVersion('java version "21" 2023-09-19')).toBe(21);
    expect(parseJavaVersion('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaVersion('command not found')).toBeUndefined();
  });

  it('caches under ENTENTE_NEO4J_HOME, else XDG_CACHE_HOME, else ~/.cache, never in the repo', () => {
    expect(runtimeHome({ ENTENTE_NEO4J_HOME: '/opt/n4j' }).libDir).toBe('/opt/n4j/lib');
    expect(runtimeHome({ XDG_CACHE_HOME: '/c' }).dir).toBe(`/c/entente/neo4j-${NEO4J_VERSION}`);
    expect(runtimeHome({}).dir).toContain(path.join('.cache', 'entente'));
  });
});
