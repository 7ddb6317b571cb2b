/**
 * Typed errors. A `UserError` is something the user can fix (bad file, wrong password, bad
 * option): the CLI prints its message as one line with no stack trace, the server maps it to a
 * 4xx status. Anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    /** HTTP status when the error reaches the API. */
    readonly status = 400,
  ) {
    super(message);
  }
}

/** The store could not be reached or refused us (wrong URI, password, database). */
export class StoreUnavailableError extends UserError {
  override name = 'StoreUnavailableError';
  constructor(message: string) {
    super(message, 503);
  }
}

/** An input file could not be read or parsed; the message names the file (and line). */
export class InputError extends UserError {
  override name = 'InputError';
  constructor(
    readonly file: string,
    problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}`, 422);
  }
}

export class NotFoundError extends UserError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super(message, 404);
  }
}
