/** The CLI's commands, in the order `--help` lists them. Each module registers one command. */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [];
