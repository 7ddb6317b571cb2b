/**
 * Shows a load's progress: a bar on a terminal, one plain line per article otherwise (logs, CI).
 * Everything goes to stderr so stdout stays the summary (one JSON object with --json).
 */
import { SingleBar, Presets } from 'cli-progress';
import type { LoadEvent } from './load-summary.ts';

export interface ProgressView {
  onEvent(e: LoadEvent): void;
  stop(): void;
}

export function createProgressView(stream: NodeJS.WriteStream = process.stderr, tty = stream.isTTY === true): ProgressView {
  return tty ? barView(stream) : lineView(stream);
}

function barView(stream: NodeJS.WriteStream): ProgressView {
  const bar = new SingleBar(
    { stream, format: 'loading [{bar}] {value}/{total} articles | {eta_formatted} left | {status}', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onEvent(e) {
      if (e.kind === 'start') {
        bar.start(e.total, 0, { status: '' });
        started = true;
      } else if (e.kind === 'article') bar.increment({ status: `${e.outcome} ${e.file ?? e.id}` });
      else if (e.kind === 'failed') bar.increment({ status: `failed ${e.file}` });
      else if (e.kind === 'retry') bar.update({ status: `store unavailable, retry ${e.attempt} in ${e.delayMs} ms` });
      else if (e.kind === 'phase' && !started) stream.write(`${e.message}\n`);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function lineView(stream: NodeJS.WriteStream): ProgressView {
  let done = 0;
  let total = 0;
  return {
    onEvent(e) {
      if (e.kind === 'start') total = e.total;
      else if (e.kind === 'article') stream.write(`[${++done}/${total}] ${e.outcome} ${e.file ?? e.id} (${e.relations} relations)\n`);
      else if (e.kind === 'failed') stream.write(`[${++done}/${total}] failed ${e.reason}\n`);
      else if (e.kind === 'retry') stream.write(`store unavailable (${e.reason}); retry ${e.attempt} in ${e.delayMs} ms\n`);
      else stream.write(`${e.message}\n`);
    },
    stop: () => undefined,
  };
}
