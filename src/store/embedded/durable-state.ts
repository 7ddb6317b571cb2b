/**
 * The graph state tied to its data directory: lock, snapshot + journal replay at open, commits
 * that are on disk (fsync'd) before they are acknowledged, and compaction of the journal into a
 * new snapshot once the journal outgrows the snapshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../errors.ts';
import { acquireDirLock } from './dir-lock.ts';
import { GraphState } from './graph-state.ts';
import { Journal, type Change } from './journal.ts';
import { readSnapshot, writeSnapshot } from './snapshot-file.ts';

/** Journals smaller than this are never compacted (a snapshot costs a full write of the state). */
export const DEFAULT_COMPACT_BYTES = 8 << 20;

/** Replay one journalled change; the same logic the live write used, so the same result. */
export function applyChange(state: GraphState, change: Change): void {
  if (change.op === 'write') {
    if (!state.articles.has(change.facts.article.id)) state.addArticle(change.facts);
  } else if (change.op === 'remove') state.removeArticle(change.id);
  else state.clear();
}

export class DurableState {
  state = new GraphState();
  private readonly journal: Journal;
  private readonly snapshotFile: string;
  private seq = 0;
  private snapshotBytes = 0;
  private release: (() => void) | undefined;

  constructor(
    readonly dataDir: string,
    private readonly compactBytes = DEFAULT_COMPACT_BYTES,
  ) {
    this.journal = new Journal(path.join(dataDir, 'journal.jsonl'));
    this.snapshotFile = path.join(dataDir, 'snapshot.jsonl');
  }

  open(): void {
    fs.mkdirSync(this.dataDir, { recursive: true });
    this.release = acquireDirLock(this.dataDir);
    try {
      this.load();
    } catch (err) {
      this.close();
      throw err;
    }
  }

  /** Make changes already applied to `state` durable, in one append. On failure, reload from disk. */
  commit(changes: Change[]): void {
    if (changes.length === 0) return;
    const records = changes.map((change, i) => ({ ...change, seq: this.seq + 1 + i }));
    try {
      this.journal.append(records);
    } catch (err) {
      // Memory is ahead of the disk now: rebuild it from what was committed.
      this.journal.close();
      this.load();
      throw err;
    }
    this.seq += records.length;
    if (this.journal.bytes > Math.max(this.compactBytes, this.snapshotBytes)) this.tryCompact();
  }

  /** Write the whole state as the new snapshot and empty the journal. */
  compact(): void {
    this.snapshotBytes = writeSnapshot(this.snapshotFile, this.state, this.seq);
    this.journal.reset();
  }

  close(): void {
    this.journal.close();
    this.release?.();
    this.release = undefined;
  }

  private load(): void {
    this.state = new GraphState();
    const snapshot = readSnapshot(this.snapshotFile, this.state);
    this.snapshotBytes = snapshot.bytes;
    this.seq = snapshot.seq;
    const records = this.journal.open();
    records.forEach((record, i) => {
      if (record.seq <= snapshot.seq) return; // already in the snapshot (crash during compaction)
      if (record.seq !== this.seq + 1) throw new InputError(this.journal.file, `expected record ${this.seq + 1}, found ${record.seq}`, i + 1);
      try {
        applyChange(this.state, record);
      } catch (err) {
        throw new InputError(this.journal.file, `cannot replay record: ${(err as Error).message}`, i + 1);
      }
      this.seq = record.seq;
    });
  }

  /** Compact, but only warn on failure: nothing is lost, the journal still holds every record. */
  tryCompact(): void {
    try {
      this.compact();
    } catch (err) {
      process.emitWarning(`embedded store ${this.dataDir}: compaction failed, will retry: ${(err as Error).message}`);
    }
  }
}
