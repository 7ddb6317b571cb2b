/**
 * The append-only journal: one checksummed line per committed article write, removal or clear,
 * fsync'd before the caller hears "done". A line is the unit of atomicity: a crash mid-append
 * leaves a torn last line, which was never committed and is cut off when the journal reopens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleFacts } from '../../model/schema.ts';
import { encodeLine, readLines } from './line-file.ts';

/** A committed change of the graph: what one journal line replays. */
export type Change = { op: 'write'; facts: ArticleFacts } | { op: 'remove'; id: string } | { op: 'clear' };

/** A change with its sequence number, which orders the journal against the snapshot. */
export type JournalRecord = Change & { seq: number };

/** fsync a directory so a file created or renamed in it survives a crash. */
export function syncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export class Journal {
  private fd: number | undefined;
  /** Bytes of committed lines; appends go here, a failed append is cut back to it. */
  private size = 0;

  constructor(readonly file: string) {}

  get bytes(): number {
    return this.size;
  }

  /** Open (creating if needed) and read every committed record; drop a torn tail. */
  open(): JournalRecord[] {
    const existed = fs.existsSync(this.file);
    this.fd = fs.openSync(this.file, existed ? 'r+' : 'w+');
    if (!existed) syncDir(path.dirname(this.file));
    const { records, committedBytes, torn } = readLines<JournalRecord>(this.file, fs.readFileSync(this.file), true);
    if (torn) {
      fs.ftruncateSync(this.fd, committedBytes);
      fs.fsyncSync(this.fd);
    }
    this.size = committedBytes;
    return records;
  }

  /** Append records in one write and one fsync. On failure the file is cut back and we rethrow. */
  append(records: JournalRecord[]): void {
    if (records.length === 0) return;
    const fd = this.requireFd();
    const data = Buffer.from(records.map(encodeLine).join(''), 'utf8');
    try {
      let written = 0;
      while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written, this.size + written);
      fs.fsyncSync(fd);
    } catch (err) {
      fs.ftruncateSync(fd, this.size);
      throw err;
    }
    this.size += data.length;
  }

  /** Empty the journal once a snapshot holds everything in it. */
  reset(): void {
    const fd = this.requireFd();
    fs.ftruncateSync(fd, 0);
    fs.fsyncSync(fd);
    this.size = 0;
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private requireFd(): number {
    if (this.fd === undefined) throw new Error(`journal ${this.file} is not open`);
    return this.fd;
  }
}
