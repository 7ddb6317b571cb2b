/**
 * Writes the chunks of a batch with several transactions in flight. Chunks of one wave touch
 * different articles, so they may commit in any order; what they share (actors) is locked inside
 * the transaction (see write-facts.ts). Two kinds of chunk run alone, with nothing else in flight:
 * a barrier chunk (it restates an article of an earlier chunk) and a chunk that turns out to
 * replace stored articles (deleting facts and orphans must not race with writes to those actors).
 */

/** Thrown by a chunk write that may not run beside others: it is run again, alone. */
export class NeedsToRunAlone extends Error {
  override name = 'NeedsToRunAlone';
}

/**
 * Run `write(i, alone)` for every chunk, up to `writers` at once, and return the results in
 * chunk order. On a failure no new chunk starts; the ones in flight settle, then it is thrown.
 */
export async function writeChunks<T>(
  chunks: readonly { barrier: boolean }[],
  writers: number,
  write: (index: number, alone: boolean) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(chunks.length);
  const inFlight = new Set<Promise<void>>();
  const again: number[] = [];
  let failure: { error: unknown } | undefined;

  const settle = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  const alone = async (i: number): Promise<void> => {
    await settle();
    if (failure) return;
    try {
      results[i] = await write(i, true);
    } catch (error) {
      failure = { error };
    }
  };
  const runAgainAlone = async (): Promise<void> => {
    while (again.length > 0 && !failure) await alone(again.shift()!);
  };

  for (let i = 0; i < chunks.length && !failure; i++) {
    if (writers <= 1 || chunks[i]!.barrier) {
      await alone(i);
      await runAgainAlone();
      continue;
    }
    while (inFlight.size >= writers) await Promise.race(inFlight);
    await runAgainAlone();
    if (failure) break;
    const index = i;
    const task = write(index, false).then(
      (result) => void (results[index] = result),
      (error: unknown) => {
        if (error instanceof NeedsToRunAlone) again.push(index);
        else failure ??= { error };
      },
    );
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await settle();
  await runAgainAlone();
  if (failure) throw failure.error;
  return results;
}
