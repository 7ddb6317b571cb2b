/** Plain-text tables for the terminal: one column per key, long cells cut to a readable width. */

function cell(value: unknown, max: number): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatTable(rows: Record<string, unknown>[], maxCell = 60): string {
  if (rows.length === 0) return '(no rows)';
  const keys = Object.keys(rows[0]!);
  const body = rows.map((row) => keys.map((k) => cell(row[k], maxCell)));
  const widths = keys.map((k, i) => Math.max(k.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd();
  return [line(keys), widths.map((w) => '-'.repeat(w)).join('-+-'), ...body.map(line)].join('\n');
}
