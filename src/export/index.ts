/** Graph export: GEXF and GraphML for Gephi, JSON, and CSV for neo4j-admin import. */
export { EXPORT_FORMATS, renderExport, writeExport, type ExportFile, type ExportFormat } from './export-graph.ts';
export { snapshotToGraph, type EdgeAttributes, type NodeAttributes } from './snapshot-graph.ts';
export { NODE_HEADER, RELATIONSHIP_HEADER, nodesCsv, relationshipsCsv } from './csv.ts';
export { escapeXml, writeGraphml } from './graphml.ts';
