/**
 * The `entente` CLI: one program, one module per command under `commands/`. Errors the user can
 * fix print as one line (no stack trace) and exit 1.
 */
import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.ts';
import { ConfigError } from '../config.ts';
import { COMMANDS } from './commands/index.ts';

export function createProgram(): Command {
  const program = new Command('entente')
    .description('Entente: a graph of who met, criticised, supported, urged or opposed whom, from news articles.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI on `argv` (process.argv shape) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof UserError || err instanceof ConfigError) {
      process.stderr.write(`entente: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
