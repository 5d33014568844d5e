import type { CliCommand } from '../command.js'
import { parseCommand } from './parse.js'
import { bitextCommand } from './bitext.js'
import { detectCommand } from './detect.js'

/** Every subcommand, in the order `--help` lists them. */
export const commands: CliCommand[] = [parseCommand, bitextCommand, detectCommand]
