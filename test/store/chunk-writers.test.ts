/**
 * Concurrent chunk writes without a database: the scheduler's guarantees (order of results, at
 * most `writers` in flight, barriers and run-alone chunks with nothing beside them, failures),
 * and how a batch is cut into chunks and waves.
 */
import { describe, expect, it } from 'vitest';
import { NeedsToRunAlone, writeChunks } from '../../src/store/neo4j/chunk-writers.ts';
import { chunkBatch } from '../../src/store/neo4j/write-rows.ts';
import { bulkFacts } from './fixtures.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fake chunk write that records what was in flight around it (timings only; no I/O). */
function recorder(delays: number[]) {
  let inFlight = 0;
  const log = { maxInFlight: 0, started: [] as number[], aloneSaw: new Map<number, number>(), calls: [] as [number, boolean][] };
  const write = async (i: number, alone: boolean, hook?: () => void): Promise<string> => {
    log.calls.push([i, alone]);
    log.started.push(i);
    inFlight++;
    if (alone) log.aloneSaw.set(i, inFlight);
    log.maxInFlight = Math.max(log.maxInFlight, inFlight);
    try {
      await sleep(delays[i] ?? 1);
      hook?.();
      return `r${i}`;
    } finally {
      inFlight--;
    }
  };
  return { log, write };
}

describe('writeChunks', () => {
  it('keeps results in chunk order with up to `writers` in flight', async () => {
    const delays = [30, 5, 20, 1, 15, 2, 8, 3];
    const { log, write } = recorder(delays);
    const chunks = delays.map(() => ({ barrier: false }));
    const results = await writeChunks(chunks, 3, (i, alone) => write(i, alone));
    expect(results).toEqual(delays.map((_, i) => `r${i}`));
    expect(log.maxInFlight).toBe(3);
    expect(log.calls.every(([, alone]) => !alone)).toBe(true);
  });

  it('runs everything alone, in order, with one writer', async () => {
    const { log, write } = recorder([5, 1, 3]);
    await writeChunks([{ barrier: false }, { barrier: false }, { barrier: false }], 1, (i, alone) => write(i, alone));
    expect(log.calls).toEqual([[0, true], [1, true], [2, true]]);
    expect(log.maxInFlight).toBe(1);
  });

  it('starts a barrier chunk only after every earlier chunk has finished, with nothing beside it', async () => {
    const finished: number[] = [];
    const { log, write } = recorder([20, 25, 1, 1, 1]);
    const chunks = [false, false, true, false, false].map((barrier) => ({ barrier }));
    await writeChunks(chunks, 2, (i, alone) => {
      if (i === 2) expect(finished.sort()).toEqual([0, 1]);
      return write(i, alone, () => finished.push(i));
    });
    expect(log.aloneSaw.get(2)).toBe(1);
    expect(log.calls.find(([i]) => i === 2)).toEqual([2, true]);
  });

  it('runs a chunk again, alone, when it asks to', async () => {
    const { log, write } = recorder([10, 10, 10, 10]);
    let asked = false;
    const results = await writeChunks([0, 1, 2, 3].map(() => ({ barrier: false })), 2, async (i, alone) => {
      if (i === 1 && !alone) {
        asked = true;
        throw new NeedsToRunAlone('replaces');
      }
      return write(i, alone);
    });
    expect(asked).toBe(true);
    expect(results).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(log.calls.filter(([i]) => i === 1)).toEqual([[1, true]]);
    expect(log.aloneSaw.get(1)).toBe(1);
  });

  it('starts nothing after a failure, lets the ones in flight settle, and throws it', async () => {
    const { log, write } = recorder([30, 1, 1, 1, 1, 1]);
    const settled: number[] = [];
    const run = writeChunks([0, 1, 2, 3, 4, 5].map(() => ({ barrier: false })), 2, async (i, alone) => {
      if (i === 1) throw new Error('chunk 1 is bad');
      const r = await write(i, alone);
      settled.push(i);
      return r;
    });
    await expect(run).rejects.toThrow('chunk 1 is bad');
    // Chunk 0 was in flight when chunk 1 failed: it finished; chunk 2 may have started before
    // the failure was seen, nothing later did.
    expect(settled).toContain(0);
    expect(Math.max(...log.started)).toBeLessThanOrEqual(2);
  });
});

describe('chunkBatch', () => {
  const batch = Array.from({ length: 10 }, (_, i) => bulkFacts(i));
  const rowsOf = (f: (typeof batch)[number]) => f.relations.length + f.mentions.length + f.actors.length + f.meetings.length;

  it('cuts by rows, keeping every article whole and in order', () => {
    const limits = { articles: 500, rows: 20, textChars: 1e9 };
    const chunks = chunkBatch(batch, limits);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.flatMap((c) => c.facts)).toEqual(batch);
    for (const c of chunks) if (c.facts.length > 1) expect(c.facts.reduce((n, f) => n + rowsOf(f), 0)).toBeLessThanOrEqual(20);
    expect(chunks.some((c) => c.barrier)).toBe(false);
  });

  it('puts a new version of an earlier article behind a barrier, and starts a new wave there', () => {
    const again = { ...batch[1]!, article: { ...batch[1]!.article, id: 'bulk-1-v2', text: 'A new version.' } };
    const chunks = chunkBatch([...batch.slice(0, 6), again, ...batch.slice(6)], { articles: 2, rows: 1e9, textChars: 1e9 });
    const at = chunks.findIndex((c) => c.facts.includes(again));
    expect(chunks[at]!.facts[0]).toBe(again);
    expect(chunks.map((c) => c.barrier)).toEqual(chunks.map((_, i) => i === at));
    // Same url as bulk-1, in the next wave: another barrier.
    const third = { ...again, article: { ...again.article, id: 'bulk-1-v3' } };
    const more = chunkBatch([batch[1]!, batch[2]!, again, batch[3]!, third], { articles: 2, rows: 1e9, textChars: 1e9 });
    expect(more.map((c) => [c.barrier, c.facts.map((f) => f.article.id)])).toEqual([
      [false, ['bulk-1', 'bulk-2']],
      [true, ['bulk-1-v2', 'bulk-3']],
      [true, ['bulk-1-v3']],
    ]);
  });
});
