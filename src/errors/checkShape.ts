import { usage } from './checkArgument.js'

/** The type a field of an argument must have. */
export type FieldType = 'string' | 'number' | 'array' | 'object'

/** Fields an argument must have, with their types. */
export type Shape = Readonly<Record<string, FieldType>>

function hasType(value: unknown, type: FieldType): boolean {
  if (type === 'array') return Array.isArray(value)
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value)
  return typeof value === type
}

function fieldList(shape: Shape): string {
  return Object.entries(shape)
    .map(([field, type]) => `\`${field}\` (${type})`)
    .join(', ')
}

/**
 * `value` must be an object with each field of `shape` of its type (other fields are not looked at).
 * @param value What the caller passed.
 * @param name Its name in messages.
 * @param what What it is, in words (`a parsed document`).
 * @param shape Its required fields.
 * @throws {UsageError} `INVALID_OPTION` naming the argument, what it must be and its fields.
 */
export function checkShape(value: unknown, name: string, what: string, shape: Shape): void {
  const ok = hasType(value, 'object') && Object.entries(shape).every(([field, type]) => hasType((value as Record<string, unknown>)[field], type))
  if (!ok) usage(name, `${what} (with ${fieldList(shape)})`, value)
}

/**
 * `value` must be an array whose every item has `shape` (see {@link checkShape}).
 * @param value What the caller passed.
 * @param name Its name in messages; an item is named `name[i]`.
 * @param what What an item is, in words.
 * @param shape An item's required fields.
 */
export function checkShapeArray(value: unknown, name: string, what: string, shape: Shape): void {
  if (!Array.isArray(value)) usage(name, `an array of ${what.replace(/^an? /u, '')}s`, value)
  value.forEach((item: unknown, i) => checkShape(item, `${name}[${i}]`, what, shape))
}

/**
 * `value` must be an array of strings (empty strings allowed).
 * @param value What the caller passed.
 * @param name Its name in messages.
 */
export function checkTextArray(value: unknown, name: string): void {
  if (!Array.isArray(value)) usage(name, 'an array of strings', value)
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string') usage(`${name}[${i}]`, 'a string', item)
  })
}

/**
 * `value` must be a string (empty allowed).
 * @param value What the caller passed.
 * @param name Its name in messages.
 */
export function checkText(value: unknown, name: string): void {
  if (typeof value !== 'string') usage(name, 'a string', value)
}

/** A parsed document, as `loadCorpus` and `parseDocument` give it. */
export const DOCUMENT_SHAPE: Shape = { id: 'string', text: 'string', segments: 'array' }
/** A segment of a parsed document. */
export const SEGMENT_SHAPE: Shape = { text: 'string', role: 'string' }
/** A pivot, as `buildPivot` gives it. */
export const PIVOT_SHAPE: Shape = { id: 'string', slots: 'array' }
/** A pivot's slot. */
export const SLOT_SHAPE: Shape = { id: 'string', role: 'string', anchors: 'array' }
/** A dataset, as `alignCorpus` gives it. */
export const DATASET_SHAPE: Shape = { tool: 'object', documents: 'array', families: 'array', pivots: 'array', alignments: 'array', units: 'array', drift: 'array', diagnostics: 'array' }
/** A bead of an alignment. */
export const BEAD_SHAPE: Shape = { source: 'array', target: 'array' }
/** Two lists of items to align. */
export const BITEXT_SHAPE: Shape = { source: 'array', target: 'array' }
/** A record of a sharded run (JSONL line). */
export const RECORD_SHAPE: Shape = { type: 'string' }
