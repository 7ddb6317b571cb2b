/**
 * `entente extract <inputs...>`: reads articles (files, directories, globs), runs the extraction
 * pipeline on each and writes the extraction JSON. A bad file is reported on stderr and the
 * others are still extracted; the exit code is 1 if any input failed.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError, UserError } from '../../errors.ts';
import { IsoDate, type ArticleFacts } from '../../model/schema.ts';

interface ExtractOptions {
  out?: string;
  date?: string;
  pretty?: boolean;
}

export async function runExtract(inputs: string[], opts: ExtractOptions): Promise<number> {
  if (opts.date !== undefined && !IsoDate.safeParse(opts.date).success) throw new UserError(`--date: expected YYYY-MM-DD, got "${opts.date}"`);
  // loaded on use: the pipeline's gazetteers and lexicons are not needed by other commands
  const { extractArticle } = await import('../../extract/pipeline.ts');
  const { toExtractionJson } = await import('../../extract/extraction-json.ts');
  const { readInputs } = await import('../../ingest/index.ts');
  const facts: ArticleFacts[] = [];
  let failed = 0;
  for await (const item of readInputs(inputs, { date: opts.date })) {
    if (item instanceof InputError) {
      failed++;
      process.stderr.write(`entente: ${item.message}\n`);
      continue;
    }
    try {
      facts.push(extractArticle(item));
    } catch (err) {
      // a bug on one article must not lose the others: report it with its file and go on
      failed++;
      process.stderr.write(`entente: ${item.meta.file}: extraction failed: ${(err as Error).stack ?? String(err)}\n`);
    }
  }
  const json = `${JSON.stringify(toExtractionJson(facts), null, opts.pretty ? 2 : undefined)}\n`;
  if (opts.out) await writeFile(opts.out, json);
  else process.stdout.write(json);
  if (failed) process.stderr.write(`entente: ${failed} input(s) failed, ${facts.length} article(s) extracted\n`);
  return failed ? 1 : 0;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract actors and relations from articles (.txt, .html, .json, .jsonl files, directories or globs)')
    .argument('<inputs...>', 'files, directories or glob patterns')
    .option('-o, --out <file>', 'write the extraction JSON here (default: stdout)')
    .option('--date <YYYY-MM-DD>', 'date for articles that give none')
    .option('--pretty', 'indent the JSON')
    .action(async (inputs: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(inputs, opts);
    });
}
