/**
 * Compaction target: the whole state as checksummed lines (a header, then actors, then one line
 * per article with its facts), written to a temporary file, fsync'd and renamed into place, so
 * the snapshot on disk is always a complete one. The header's seq says which journal records it
 * already contains.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Actor, ArticleFacts } from '../../model/schema.ts';
import { InputError } from '../../errors.ts';
import type { GraphState } from './graph-state.ts';
import { encodeLine, readLines } from './line-file.ts';
import { syncDir } from './journal.ts';

const FORMAT = 1;

type SnapshotLine =
  | { t: 'header'; format: number; seq: number; actors: number; articles: number }
  | { t: 'actor'; actor: Actor }
  | { t: 'article'; facts: ArticleFacts };

/** Write `state` as of journal record `seq` to `file`, atomically. Returns its size in bytes. */
export function writeSnapshot(file: string, state: GraphState, seq: number): number {
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  let size = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    size += fs.writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  // Lines are gathered into ~1 MB writes: one syscall per line is slow on big graphs.
  const put = (line: SnapshotLine) => {
    const encoded = encodeLine(line);
    pending.push(encoded);
    pendingLength += encoded.length;
    if (pendingLength > 1 << 20) flush();
  };
  try {
    put({ t: 'header', format: FORMAT, seq, actors: state.graph.order, articles: state.articles.size });
    state.graph.forEachNode((_id, actor) => put({ t: 'actor', actor }));
    for (const article of state.articles.values()) {
      const id = article.id;
      put({ t: 'article', facts: {
        article,
        actors: [],
        mentions: [...(state.mentions.get(id) ?? [])].map(([actor, count]) => ({ actor, article: id, count })),
        relations: (state.relationsByArticle.get(id) ?? []).map((r) => state.graph.getEdgeAttributes(r)),
        meetings: (state.meetingsByArticle.get(id) ?? []).map((m) => state.meetings.get(m)!),
      } });
    }
    flush();
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  syncDir(path.dirname(file));
  return size;
}

/** Load `file` into the empty `state`; returns the journal seq it covers (0 if there is none). */
export function readSnapshot(file: string, state: GraphState): { seq: number; bytes: number } {
  if (!fs.existsSync(file)) return { seq: 0, bytes: 0 };
  const bytes = fs.readFileSync(file);
  const { records } = readLines<SnapshotLine>(file, bytes, false);
  const [header, ...rest] = records;
  if (header?.t !== 'header' || header.format !== FORMAT) throw new InputError(file, `not an Entente snapshot of format ${FORMAT}`, 1);
  rest.forEach((line, i) => {
    try {
      if (line.t === 'actor') state.upsertActor(line.actor);
      else if (line.t === 'article') state.addArticle(line.facts);
      else throw new Error(`unexpected record type ${String(line.t)}`);
    } catch (err) {
      throw new InputError(file, `cannot load record: ${(err as Error).message}`, i + 2);
    }
  });
  if (state.graph.order !== header.actors || state.articles.size !== header.articles) {
    throw new InputError(file, `holds ${state.graph.order} actors and ${state.articles.size} articles, header says ${header.actors} and ${header.articles}`);
  }
  return { seq: header.seq, bytes: bytes.length };
}
