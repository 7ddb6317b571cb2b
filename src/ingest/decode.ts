/** Reads a file as strict UTF-8 text, turning empty, binary and badly encoded files into InputErrors. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text of `bytes`, or an InputError naming `file` (and the line of a bad byte). */
export function decodeText(file: string, bytes: Uint8Array): string | InputError {
  if (bytes.length === 0) return new InputError(file, 'empty file');
  const nul = bytes.indexOf(0);
  if (nul >= 0) return new InputError(file, 'binary file (NUL byte)', lineAt(bytes, nul));
  try {
    const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
    return text.trim() ? text : new InputError(file, 'empty file');
  } catch {
    return new InputError(file, 'not valid UTF-8', lineAt(bytes, firstBadByte(bytes)));
  }
}

export async function readText(file: string): Promise<string | InputError> {
  try {
    return decodeText(file, await readFile(file));
  } catch (err) {
    return new InputError(file, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/** 1-based line of byte `pos`. */
function lineAt(bytes: Uint8Array, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte where strict decoding fails (binary search on prefixes ending at lines). */
function firstBadByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
