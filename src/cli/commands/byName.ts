import type { CliCommand } from '../command.js'

/**
 * Each subcommand's own module, loaded alone when that command runs: `paracorpus bitext` then reads neither the
 * other commands nor what only they import (the BCP 47 tables of the language options, the exporters). The list
 * of every command (`./index.js`) is loaded only for `--help` and for an unknown name.
 */
export const commandLoaders: Readonly<Record<string, () => Promise<CliCommand>>> = {
  align: async () => (await import('./align.js')).alignCommand,
  parse: async () => (await import('./parse.js')).parseCommand,
  detect: async () => (await import('./detect.js')).detectCommand,
  bitext: async () => (await import('./bitext.js')).bitextCommand,
  drift: async () => (await import('./drift.js')).driftCommand,
  prepare: async () => (await import('./prepare.js')).prepareCommand,
  pairs: async () => (await import('./pairs.js')).pairsCommand,
  judge: async () => (await import('./judge.js')).judgeCommand,
  group: async () => (await import('./group.js')).groupCommand,
  rejudge: async () => (await import('./rejudge.js')).rejudgeCommand,
  'align-shard': async () => (await import('./alignShard.js')).alignShardCommand,
  merge: async () => (await import('./merge.js')).mergeCommand,
}

/**
 * The command called `name`, loading only its module; `undefined` for a name that is no command.
 * @param name A subcommand name as typed.
 * @returns The command, or `undefined`.
 */
export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  const load = Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined
  return load === undefined ? undefined : await load()
}
