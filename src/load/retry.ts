/**
 * Retries a store write with exponential backoff when the store went away (connection lost,
 * server restarting), and only then: a bad article is not retried. Articles are atomic, so a
 * retried batch never half-writes; already written ones come back 'unchanged'.
 */
import { StoreUnavailableError } from '../errors.ts';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  tries: number;
  /** Delay before the second attempt; doubles after each failure. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { tries: 4, baseDelayMs: 500 };

/** Driver error codes / socket errors meaning "the server is not reachable right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Duck-typed so driver types stay inside the Neo4j adapter. */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  const e = err as { code?: unknown; retriable?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.retriable === true) return true;
  return e.cause !== undefined && e.cause !== err && isUnavailable(e.cause);
}

export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  opts: RetryOptions = DEFAULT_RETRY,
  onRetry?: (attempt: number, err: unknown, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      if (attempt >= opts.tries) {
        const reason = (err as Error).message?.split('\n')[0] ?? String(err);
        throw new StoreUnavailableError(`${what}: the store is unavailable after ${opts.tries} tries (${reason})`);
      }
      const delay = opts.baseDelayMs * 2 ** (attempt - 1);
      onRetry?.(attempt, err, delay);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
