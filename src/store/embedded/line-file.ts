/**
 * The on-disk line format shared by the journal and the snapshot: one JSON record per line,
 * prefixed by its CRC-32 ("1a2b3c4d {...}\n"), so a torn or damaged line is always detected.
 */
import { crc32 } from 'node:zlib';
import { InputError } from '../../errors.ts';

export function encodeLine(record: unknown): string {
  const json = JSON.stringify(record);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

export interface ReadLines<T> {
  records: T[];
  /** Byte length of the complete lines; anything after it is a torn, uncommitted tail. */
  committedBytes: number;
  /** True when the file ends with a partial line. */
  torn: boolean;
}

/** Decode one line or say what is wrong with it. */
function decodeLine(line: string): { record: unknown } | { problem: string } {
  const match = /^([0-9a-f]{8}) (.*)$/s.exec(line);
  if (!match) return { problem: 'not a checksummed record' };
  const [, sum, json] = match as unknown as [string, string, string];
  if (crc32(json).toString(16).padStart(8, '0') !== sum) return { problem: 'checksum mismatch' };
  try {
    return { record: JSON.parse(json) };
  } catch {
    return { problem: 'invalid JSON' };
  }
}

/**
 * Read all records of `bytes`. A last line without its newline is a write cut short by a crash:
 * it is reported as torn, never returned. A damaged complete line throws an InputError naming
 * `file` and the line, because it was once committed and must not be skipped silently.
 */
export function readLines<T>(file: string, bytes: Buffer, tornTailAllowed: boolean): ReadLines<T> {
  const committedBytes = bytes.lastIndexOf(0x0a) + 1;
  const torn = committedBytes < bytes.length;
  if (torn && !tornTailAllowed) {
    throw new InputError(file, 'incomplete last line (the file was not written completely)', lineCount(bytes, committedBytes) + 1);
  }
  const lines = bytes.subarray(0, committedBytes).toString('utf8').split('\n');
  lines.pop(); // the empty string after the last newline
  const records = lines.map((line, i) => {
    const decoded = decodeLine(line);
    if ('problem' in decoded) throw new InputError(file, `corrupt record (${decoded.problem}); the file was left untouched`, i + 1);
    return decoded.record as T;
  });
  return { records, committedBytes, torn };
}

function lineCount(bytes: Buffer, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}
