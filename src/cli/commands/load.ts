/** `entente load`: read article files into the graph (or `--reapply` curation to what is stored). */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { UserError } from '../../errors.ts';
import { IsoDate } from '../../model/schema.ts';
import { openStore } from '../../store/open-store.ts';
import { DEFAULT_CURATION_FILE, defaultCuration, readCuration } from '../../load/curation-schema.ts';
import { createProgressView } from '../../load/load-progress.ts';
import { formatSummary, type LoadSummary } from '../../load/load-summary.ts';
import { DEFAULT_RETRY } from '../../load/retry.ts';

interface LoadFlags {
  json?: boolean;
  dryRun?: boolean;
  date?: string;
  workers: number;
  bulk?: boolean;
  batchSize: number;
  reapply?: boolean;
  curation?: string;
  retries: number;
}

const positiveInt = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--${name}: expected a whole number ≥ 1, got "${v}"`);
  return n;
};


function printPlan(s: LoadSummary): void {
  for (const a of s.plan ?? []) {
    process.stdout.write(`would load ${a.file ?? a.id} (${a.id}): ${a.actors.length} actors, ${a.relations.length} relations, ${a.meetings} meetings\n`);
    for (const r of a.relations) process.stdout.write(`  ${r}\n`);
  }
}

async function run(inputs: string[], flags: LoadFlags): Promise<void> {
  if (!flags.reapply && inputs.length === 0) throw new UserError('load: give files, directories or globs to load (or --reapply)');
  if (flags.reapply && inputs.length > 0) throw new UserError('load: --reapply rewrites the stored articles; give no inputs with it');
  if (flags.date && !IsoDate.safeParse(flags.date).success) throw new UserError(`--date: expected YYYY-MM-DD, got "${flags.date}"`);
  // Read before the store opens, so a bad file fails fast; without --curation: ./entente.curation.yaml.
  const curation = flags.curation ? await readCuration(flags.curation) : await defaultCuration();
  // loaded on use: ingest and extraction are not needed by the other commands
  const { loadInputs, reapply } = await import('../../load/load-inputs.ts');
  const view = createProgressView();
  const opts = {
    date: flags.date,
    workers: flags.workers,
    batchSize: flags.bulk ? flags.batchSize : 1,
    dryRun: flags.dryRun,
    curation,
    retry: { ...DEFAULT_RETRY, tries: flags.retries },
    onEvent: view.onEvent,
  };
  // A dry run never opens the store (opening applies schema), except to read what --reapply needs.
  const store = flags.dryRun && !flags.reapply ? null : await openStore(readConfig());
  let summary: LoadSummary;
  try {
    summary = flags.reapply ? await reapply(store!, opts) : await loadInputs(store, inputs, opts);
  } finally {
    view.stop();
    await store?.close();
  }
  if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else {
    if (summary.dryRun) printPlan(summary);
    process.stdout.write(`${formatSummary(summary)}\n`);
  }
  if (summary.failed.length > 0) process.exitCode = 1;
}

export function register(program: Command): void {
  program
    .command('load')
    .description('load articles (.txt, .html, .json, .jsonl files, directories or globs) into the graph')
    .argument('[inputs...]', 'files, directories or globs')
    .option('--json', 'print the summary as one JSON object')
    .option('--dry-run', 'extract and show what would be written; write nothing')
    .option('--date <date>', 'date (YYYY-MM-DD) for articles that carry none')
    .option('--workers <n>', 'extraction threads (1 = inline)', positiveInt('workers'), Math.max(1, Math.min(4, availableParallelism() - 1)))
    .option('--bulk', 'write articles in batches through the bulk path')
    .option('--batch-size <n>', 'articles per batch with --bulk', positiveInt('batch-size'), 1000)
    .option('--reapply', 'rewrite the graph from the stored articles with the current curation')
    .option('--retries <n>', 'tries per write while the store is unavailable (backoff doubles)', positiveInt('retries'), DEFAULT_RETRY.tries)
    .option('--curation <file>', `curation file (default: ./${DEFAULT_CURATION_FILE} when present)`)
    .action((inputs: string[], flags: LoadFlags) => run(inputs, flags));
}
