import type { CliCommand } from '../command.js'
import { parseCommand } from './parse.js'
import { alignCommand } from './align.js'
import { bitextCommand } from './bitext.js'
import { detectCommand } from './detect.js'
import { driftCommand } from './drift.js'

/** Every subcommand, in the order `--help` lists them. */
export const commands: CliCommand[] = [alignCommand, parseCommand, detectCommand, bitextCommand, driftCommand]
