import type { AlignShardOptions } from '../pipeline/shard/alignShard.js'
import { parseLevel } from './commands/align.js'

/** `parseArgs` options of the settings every family-stage step must be given alike. */
export const SETTINGS_ARGS = {
  level: { type: 'string' },
  pivot: { type: 'string' },
  source: { type: 'string' },
} as const

/** Help lines for {@link SETTINGS_ARGS}. */
export const SETTINGS_HELP = `  --level L       unit granularity: sentence (default) or turn      } the same values for align-shard
  --pivot P       consensus (default), a document id, a language,   } and merge, as \`align\` takes them
                  or a pivot JSON file
  --source S      the original of each family: a document id or a language`

/**
 * Read the settings flags.
 * @param values Parsed values of {@link SETTINGS_ARGS}.
 */
export function shardSettings(values: { level?: string | undefined; pivot?: string | undefined; source?: string | undefined }): AlignShardOptions {
  const options: AlignShardOptions = {}
  const level = parseLevel(values.level)
  if (level !== undefined) options.level = level
  if (values.pivot !== undefined) options.pivot = values.pivot
  if (values.source !== undefined) options.source = values.source
  return options
}
