/** The CLI's commands, in the order `--help` lists them. Each module registers one command. */
import type { Command } from 'commander';
import { register as registerLoad } from './load.ts';
import { register as registerExport } from './export.ts';
import { register as registerExtract } from './extract.ts';
import { register as registerQuery } from './query.ts';
import { register as registerServe } from './serve.ts';
import { register as registerNeo4j } from './neo4j.ts';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [registerExtract, registerLoad, registerExport, registerQuery, registerServe, registerNeo4j];
