import type { CliCommand } from '../command.js'
import { parseCommand } from './parse.js'
import { alignCommand } from './align.js'
import { bitextCommand } from './bitext.js'
import { detectCommand } from './detect.js'
import { driftCommand } from './drift.js'
import { prepareCommand } from './prepare.js'
import { pairsCommand } from './pairs.js'
import { judgeCommand } from './judge.js'
import { groupCommand } from './group.js'
import { rejudgeCommand } from './rejudge.js'
import { alignShardCommand } from './alignShard.js'
import { mergeCommand } from './merge.js'

/** Every subcommand, in the order `--help` lists them. */
export const commands: CliCommand[] = [alignCommand, parseCommand, detectCommand, bitextCommand, driftCommand, prepareCommand, pairsCommand, judgeCommand, groupCommand, rejudgeCommand, alignShardCommand, mergeCommand]
