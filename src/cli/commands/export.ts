/** `entente export`: write the whole graph as GEXF, GraphML, JSON or CSV (neo4j-admin import). */
import { Option, type Command } from 'commander';
import { readConfig } from '../../config.ts';
import { openStore } from '../../store/open-store.ts';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../../export/export-graph.ts';

interface ExportFlags {
  format: ExportFormat;
  out?: string;
}

async function run(flags: ExportFlags): Promise<void> {
  const store = await openStore(readConfig());
  try {
    const snapshot = await store.snapshot();
    const written = await writeExport(snapshot, flags.format, flags.out);
    if (written.length) {
      process.stderr.write(`exported ${snapshot.actors.length} actors, ${snapshot.relations.length} relations to ${written.join(', ')}\n`);
    }
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('export')
    .description('export the graph (gexf/graphml for Gephi, json, csv for neo4j-admin import)')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--out <path>', 'output file (csv: output folder, default ./export); stdout when absent')
    .action((flags: ExportFlags) => run(flags));
}
