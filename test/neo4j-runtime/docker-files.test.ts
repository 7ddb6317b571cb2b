/** docker-compose.yml, Dockerfile and .ci/run have the structure users and CI rely on (no Docker engine here to run them). */
import { accessSync, constants, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval: string; timeout: string; retries: number; start_period: string };
  depends_on?: Record<string, { condition: string }>;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const { neo4j, app } = compose.services;

  it('runs Neo4j 5.26 Community with auth, APOC, Bolt and Browser ports', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.environment?.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-entente-dev}');
    expect(JSON.parse(neo4j?.environment?.NEO4J_PLUGINS ?? 'null')).toEqual(['apoc']);
    expect(neo4j?.ports?.map((p) => p.split(':').at(-1))).toEqual(['7474', '7687']);
  });

  it('keeps /data and /logs in named volumes that are declared', () => {
    const mounts = Object.fromEntries((neo4j?.volumes ?? []).map((v) => v.split(':').reverse()));
    expect(Object.keys(mounts).sort()).toEqual(['/data', '/logs']);
    for (const volume of Object.values(mounts)) expect(compose.volumes).toHaveProperty(volume as string);
  });

  it('has a healthcheck with interval, retries and a start period', () => {
    const h = neo4j?.healthcheck;
    expect(h?.test[0]).toBe('CMD-SHELL');
    expect(h?.test[1]).toContain('http://localhost:7474');
    expect(h?.interval).toMatch(/^\d+s$/);
    expect(h?.retries).toBeGreaterThan(5);
    expect(h?.start_period).toMatch(/^\d+s$/);
  });

  it('builds the app, points it at the neo4j service and starts it only once Neo4j is healthy', () => {
    expect(app?.build).toBe('.');
    expect(app?.environment).toMatchObject({ HOST: '0.0.0.0', PORT: '3000', NEO4J_URI: 'bolt://neo4j:7687' });
    expect(app?.ports?.[0]?.endsWith(':3000')).toBe(true);
    expect(app?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });
});

describe('Dockerfile', () => {
  const lines = read('Dockerfile').split('\n').filter((l) => l.trim() && !l.startsWith('#'));

  it('installs with npm ci on node:20-slim and serves with npm start on 0.0.0.0:3000', () => {
    expect(lines[0]).toBe('FROM node:20-slim');
    expect(lines.some((l) => /^RUN npm ci\b/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('HOST=0.0.0.0'))).toBe(true);
    expect(lines).toContain('EXPOSE 3000');
    expect(lines.at(-1)).toBe('CMD ["npm", "start"]');
  });
});

describe('.ci/run', () => {
  const script = read('.ci/run');

  it('is an executable bash script that stops at the first failure', () => {
    accessSync(new URL('../../.ci/run', import.meta.url), constants.X_OK);
    expect(script.split('\n')[0]).toBe('#!/usr/bin/env bash');
    expect(script).toContain('set -euo pipefail');
  });

  it('installs, fetches Neo4j before the tests, and runs npm test', () => {
    const order = ['npm ci', 'npm run neo4j -- --fetch-only', 'npm test'].map((step) => script.indexOf(step));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
