import { InputError } from '../../errors/InputError.js'
import type { ShardRecord } from './records.js'
import { checkString, usage } from '../../errors/checkArgument.js'
import { checkText } from '../../errors/checkShape.js'

const TYPES = new Set(['document', 'fingerprint', 'error', 'skipped', 'diagnostic', 'batch', 'verdict', 'pair-training', 'paragraph-training', 'rejudge', 'rejudge-lexicon', 'rescore', 'family', 'decision', 'lexicon', 'family-result'])

/**
 * Records as JSONL: one JSON object per line, each line ending with a newline.
 * @param records The records.
 */
export function formatJsonl(records: Iterable<ShardRecord>): string {
  if (typeof records !== 'object' || records === null || typeof (records as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') usage('records', 'an iterable of shard records', records)
  let out = ''
  for (const record of records) out += `${JSON.stringify(record)}\n`
  return out
}

/**
 * Read JSONL records. Blank lines are ignored; a line that is not a JSON object with a known `type` is an error.
 * @param text The file's text.
 * @param file Its name, for messages.
 * @throws {InputError} `INVALID_INPUT` naming the file, line and byte offset of the first bad line.
 */
export function parseJsonl(text: string, file: string): ShardRecord[] {
  checkText(text, 'text')
  checkString(file, 'file')
  const records: ShardRecord[] = []
  let offset = 0
  const lines = text.split('\n')
  lines.forEach((line, n) => {
    const at = offset
    offset += Buffer.byteLength(line) + 1
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      const truncated = n === lines.length - 1 && !text.endsWith('\n')
      throw new InputError('INVALID_INPUT', `${file} line ${n + 1} is not JSON${truncated ? ' (the file ends inside it: was it cut short?)' : ''}: ${(cause as Error).message}`, { file, byteOffset: at, cause })
    }
    const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { type?: unknown }).type : undefined
    if (typeof type !== 'string' || !TYPES.has(type)) throw new InputError('INVALID_INPUT', `${file} line ${n + 1} is not a paracorpus shard record (its \`type\` is ${JSON.stringify(type) ?? 'missing'}; expected one of ${[...TYPES].join(', ')})`, { file, byteOffset: at })
    records.push(value as ShardRecord)
  })
  return records
}
