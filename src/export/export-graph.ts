/** Renders a store snapshot in one of the export formats and writes it to a file, a folder or stdout. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { write as writeGexf } from 'graphology-gexf';
import type { GraphSnapshot } from '../store/graph-store.ts';
import { nodesCsv, relationshipsCsv } from './csv.ts';
import { writeGraphml } from './graphml.ts';
import { snapshotToGraph } from './snapshot-graph.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One rendered file: its name (used inside an output folder) and contents. */
export interface ExportFile {
  name: string;
  content: string;
}

export function renderExport(s: GraphSnapshot, format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'gexf': {
      const g = snapshotToGraph(s);
      const content = writeGexf(g, {
        formatNode: (_key, a) => {
          const { label, ...attributes } = a;
          return { label, attributes };
        },
        formatEdge: (_key, a) => ({ label: a.type, attributes: { ...a } }),
      });
      return [{ name: 'entente.gexf', content }];
    }
    case 'graphml':
      return [{ name: 'entente.graphml', content: writeGraphml(snapshotToGraph(s)) }];
    case 'json':
      return [{ name: 'entente.json', content: `${JSON.stringify(s, null, 2)}\n` }];
    case 'csv':
      return [
        { name: 'nodes.csv', content: nodesCsv(s) },
        { name: 'relationships.csv', content: relationshipsCsv(s) },
      ];
  }
}

/**
 * Write the export: CSV always into a folder (`out`, default ./export); the other formats into
 * the file `out`, or to stdout when no `out` is given. Returns the paths written.
 */
export async function writeExport(s: GraphSnapshot, format: ExportFormat, out?: string): Promise<string[]> {
  const files = renderExport(s, format);
  if (format === 'csv') {
    const dir = out ?? 'export';
    await mkdir(dir, { recursive: true });
    const paths = files.map((f) => path.join(dir, f.name));
    await Promise.all(files.map((f, i) => writeFile(paths[i]!, f.content)));
    return paths;
  }
  const [file] = files;
  if (!out) {
    process.stdout.write(file!.content);
    return [];
  }
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, file!.content);
  return [out];
}
