/** Asks a Bolt endpoint whether it is up and accepts our credentials, without throwing. */
import neo4j from 'neo4j-driver';

export type BoltStatus = 'ready' | 'unreachable' | 'unauthorized';

export interface BoltTarget {
  uri: string;
  user: string;
  password: string;
}

/** One connection attempt: 'ready' only after `RETURN 1` succeeds with these credentials. */
export async function probeBolt(target: BoltTarget, timeoutMs = 5_000): Promise<BoltStatus> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    userAgent: 'entente-probe',
    logging: { level: 'error', logger: () => {} },
  });
  // A plain session run, not executeQuery: its retries would hide the moment the server is up.
  const session = driver.session();
  try {
    await session.run('RETURN 1');
    return 'ready';
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
    // A fresh server with the default password says CredentialsExpired: not ours to use either.
    return code.startsWith('Neo.ClientError.Security.') ? 'unauthorized' : 'unreachable';
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Polls until the server answers or `isDead()` says the process is gone; throws on timeout. */
export async function waitForBolt(
  target: BoltTarget,
  opts: { timeoutMs: number; isDead?: () => boolean },
): Promise<Exclude<BoltStatus, 'unreachable'>> {
  const deadline = Date.now() + opts.timeoutMs;
  while (Date.now() < deadline) {
    if (opts.isDead?.()) throw new Error('the Neo4j process exited before Bolt answered');
    const status = await probeBolt(target, 2_000);
    if (status !== 'unreachable') return status;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Bolt at ${target.uri} did not answer within ${Math.round(opts.timeoutMs / 1000)} s`);
}
