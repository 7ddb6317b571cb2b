/**
 * `npm run bench [-- name...]`: runs every `bench/*.ts` module that exports `run()`, one after
 * another (never in parallel, so figures are not disturbed), and prints the machine and the figures.
 * Helpers that are not benchmarks themselves (child-process servers, synthetic data) live in bench/support/.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What a benchmark returns: a label naming what was measured and on what input, and its figures. */
export interface BenchResult {
  label: string;
  figures: Record<string, number | string>;
}
export type BenchRun = () => BenchResult | BenchResult[] | Promise<BenchResult | BenchResult[]>;

const HERE = path.dirname(fileURLToPath(import.meta.url));

function machine(): string {
  const cpus = os.cpus();
  return `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.arch()}`;
}

const format = (v: number | string): string => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v);

async function main(only: string[]): Promise<void> {
  console.log(machine());
  const files = (await readdir(HERE)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'run.ts').sort();
  for (const file of files) {
    const name = path.basename(file, '.ts');
    if (only.length && !only.includes(name)) continue;
    const mod = (await import(pathToFileURL(path.join(HERE, file)).href)) as { run?: BenchRun };
    if (typeof mod.run !== 'function') continue;
    const results = [await mod.run()].flat();
    for (const r of results) {
      console.log(`\n${name}: ${r.label}`);
      for (const [k, v] of Object.entries(r.figures)) console.log(`  ${k.padEnd(28)} ${format(v)}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
