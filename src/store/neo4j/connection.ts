/**
 * One driver per store, and the translation of driver failures into one-line
 * `StoreUnavailableError`s that say what failed, where, and what to check.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { StoreUnavailableError, UserError } from '../../errors.ts';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  /** Database name; Neo4j's default is "neo4j". */
  database: string;
  /** How long managed transactions keep retrying transient failures (default 15 s). */
  maxRetryMs?: number;
  /** Write transactions in flight when a bulk write spans several chunks (default 2; 1 = one at a time). */
  writers?: number;
  /** Rows (relations, mentions, actors, meetings) per write transaction (default 20,000). */
  chunkRows?: number;
}

/** Bounded waits so an unreachable server fails in seconds, not minutes. */
const DRIVER_CONFIG = {
  connectionTimeout: 10_000,
  connectionAcquisitionTimeout: 20_000,
  maxTransactionRetryTime: 15_000,
  userAgent: 'entente',
} as const;

/** Create the driver; a malformed URI becomes a StoreUnavailableError at once. */
export function createDriver(options: Neo4jOptions): Driver {
  try {
    const config = { ...DRIVER_CONFIG, maxTransactionRetryTime: options.maxRetryMs ?? DRIVER_CONFIG.maxTransactionRetryTime };
    return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), config);
  } catch (err) {
    throw new StoreUnavailableError(
      `cannot connect to Neo4j: "${options.uri}" is not a usable Neo4j URI (${firstLine(err)}): ` +
        'check NEO4J_URI (bolt://host:7687, neo4j://host:7687 or neo4j+s://host)',
    );
  }
}

/** The driver error's code ("ServiceUnavailable", "Neo.ClientError.Security.Unauthorized"). */
function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? '').trim().replace(/\.$/, '');
}

/**
 * The one-line error for a failure reaching or using the server, or null when the error is not
 * about availability (a Cypher bug, a constraint violation) and should keep its stack.
 */
export function unavailable(err: unknown, options: Neo4jOptions): StoreUnavailableError | null {
  if (err instanceof StoreUnavailableError) return err;
  const where = `Neo4j at ${options.uri}`;
  switch (codeOf(err)) {
    case 'Neo.ClientError.Security.Unauthorized':
      return new StoreUnavailableError(
        `${where} refused the credentials for user ${options.user}: check NEO4J_USER / NEO4J_PASSWORD`,
      );
    case 'Neo.ClientError.Security.AuthenticationRateLimit':
      return new StoreUnavailableError(
        `${where} locked out user ${options.user} after too many failed logins: wait, then check NEO4J_PASSWORD`,
      );
    case 'Neo.ClientError.Security.CredentialsExpired':
      return new StoreUnavailableError(
        `${where} requires a new password for user ${options.user}: change it (ALTER CURRENT USER) and set NEO4J_PASSWORD`,
      );
    case 'Neo.ClientError.Database.DatabaseNotFound':
      return new StoreUnavailableError(`${where} has no database "${options.database}": check NEO4J_DATABASE`);
    case 'Neo.TransientError.General.DatabaseUnavailable':
      return new StoreUnavailableError(
        `${where}: database "${options.database}" is unavailable (${firstLine(err)}): check the server log`,
      );
    case 'ServiceUnavailable':
    case 'SessionExpired':
      return new StoreUnavailableError(
        `${where} is unreachable (${firstLine(err)}): check that the server is running (npm run neo4j) and NEO4J_URI`,
      );
    default:
      return null;
  }
}

/** A write the data made fail (an id already used by another article): a one-line UserError. */
export function rejected(err: unknown, chunk: { article: { id: string } }[]): UserError | null {
  if (codeOf(err) !== 'Neo.ClientError.Schema.ConstraintValidationFailed') return null;
  const ids = chunk.map((f) => f.article.id);
  const which = ids.length === 1 ? `article ${ids[0]}` : `articles ${ids[0]} … ${ids.at(-1)}`;
  return new UserError(`${which}: ${firstLine(err)} (an id already used by another article)`);
}

/** Check that the server answers, accepts the credentials and serves the database. */
export async function verify(driver: Driver, options: Neo4jOptions): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: options.database });
    // A direct bolt:// connection does not look the database up: ask it something.
    await driver.executeQuery('RETURN 1', {}, { database: options.database, routing: neo4j.routing.READ });
  } catch (err) {
    throw unavailable(err, options) ?? err;
  }
}
