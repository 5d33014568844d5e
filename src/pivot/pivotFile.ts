import { readFileBytes } from '../load/readFileBytes.js'
import { nameSkeleton } from '../align/anchors/nameSkeleton.js'
import { InputError } from '../errors/InputError.js'
import type { Pivot, PivotAnchor, PivotSlot, SegmentRole } from '../types.js'
import { checkString } from '../errors/checkArgument.js'
import { PIVOT_SHAPE, checkShape } from '../errors/checkShape.js'

const ROLES: readonly SegmentRole[] = ['title', 'heading', 'intro', 'body', 'question', 'answer', 'boilerplate', 'code']
const KINDS = ['number', 'url', 'email', 'name', 'code', 'slug'] as const

function fail(where: string, message: string, file: string): never {
  throw new InputError('INVALID_PIVOT', `${file}: ${where}: ${message} (see schema/pivot.schema.json)`, { file })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readAnchor(value: unknown, where: string, file: string): PivotAnchor {
  if (!isRecord(value)) fail(where, 'an anchor must be an object', file)
  const kind = value.kind
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) fail(where, `kind must be one of ${KINDS.join(', ')}`, file)
  if (typeof value.key !== 'string' || value.key === '') fail(where, 'key must be a non-empty string', file)
  const variants = value.variants ?? [value.key]
  if (!Array.isArray(variants) || !variants.every((v) => typeof v === 'string')) fail(where, 'variants must be an array of strings', file)
  const anchor: PivotAnchor = { kind: kind as PivotAnchor['kind'], key: normalizeKey(kind as PivotAnchor['kind'], value.key), variants: variants as string[] }
  if (value.support !== undefined) {
    if (typeof value.support !== 'number' || !(value.support >= 0 && value.support <= 1)) fail(where, 'support must be a number in [0, 1]', file)
    anchor.support = value.support
  }
  if (value.block !== undefined) {
    if (value.block !== true) fail(where, 'block must be true when given', file)
    anchor.block = true
  }
  if (value.count !== undefined) {
    if (typeof value.count !== 'number' || !Number.isInteger(value.count) || value.count < 2) fail(where, 'count must be an integer ≥ 2 when given', file)
    anchor.count = value.count
  }
  return anchor
}

/** Put a hand-written anchor key in the form anchors are compared in (idempotent on saved pivots). */
function normalizeKey(kind: PivotAnchor['kind'], key: string): string {
  if (kind === 'name') return nameSkeleton(key)
  if (kind === 'number') return key.replace(/[^0-9]/g, '')
  if (kind === 'code' || kind === 'slug') return key
  if (kind === 'url') return key.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '')
  return key.toLowerCase()
}

function readSlot(value: unknown, index: number, file: string): PivotSlot {
  const where = `slots[${index}]`
  if (!isRecord(value)) fail(where, 'a slot must be an object', file)
  if (typeof value.id !== 'string' || value.id === '') fail(where, 'id must be a non-empty string', file)
  if (typeof value.role !== 'string' || !ROLES.includes(value.role as SegmentRole)) fail(where, `role must be one of ${ROLES.join(', ')}`, file)
  const share = value.share
  if (typeof share !== 'number' || !(share >= 0 && share <= 1)) fail(where, 'share must be a number in [0, 1]', file)
  const anchors = value.anchors ?? []
  if (!Array.isArray(anchors)) fail(where, 'anchors must be an array', file)
  const slot: PivotSlot = { id: value.id, role: value.role as SegmentRole, anchors: anchors.map((a, k) => readAnchor(a, `${where}.anchors[${k}]`, file)), share }
  if (value.turn !== undefined) {
    if (typeof value.turn !== 'number' || !Number.isInteger(value.turn) || value.turn < 1) fail(where, 'turn must be a positive integer', file)
    slot.turn = value.turn
  }
  if (value.shareSpread !== undefined) {
    if (typeof value.shareSpread !== 'number' || value.shareSpread < 0) fail(where, 'shareSpread must be a non-negative number', file)
    slot.shareSpread = value.shareSpread
  }
  if (value.sentences !== undefined) {
    if (typeof value.sentences !== 'number' || !Number.isInteger(value.sentences) || value.sentences < 0) fail(where, 'sentences must be a non-negative integer', file)
    slot.sentences = value.sentences
  }
  if (value.label !== undefined) {
    if (typeof value.label !== 'string') fail(where, 'label must be a string', file)
    slot.label = value.label
  }
  if (value.paragraphs !== undefined) {
    if (typeof value.paragraphs !== 'number' || !Number.isInteger(value.paragraphs) || value.paragraphs < 1) fail(where, 'paragraphs must be a positive integer', file)
    slot.paragraphs = value.paragraphs
  }
  return slot
}

/**
 * Check and read a pivot from parsed JSON (the format of `schema/pivot.schema.json`).
 * Shares need not sum to 1: they are normalised. `origin` defaults to `file`.
 * @param file Name used in error messages.
 * @throws {InputError} `INVALID_PIVOT` naming the offending field.
 */
export function parsePivot(value: unknown, file = 'pivot'): Pivot {
  checkString(file, 'file')
  if (!isRecord(value)) fail('(root)', 'a pivot must be a JSON object', file)
  if (!Array.isArray(value.slots) || value.slots.length === 0) fail('slots', 'a pivot needs a non-empty slots array', file)
  const slots = value.slots.map((s, i) => readSlot(s, i, file))
  const ids = new Set<string>()
  for (const s of slots) {
    if (ids.has(s.id)) fail('slots', `slot id ${s.id} is used twice`, file)
    ids.add(s.id)
  }
  const total = slots.reduce((a, s) => a + s.share, 0)
  if (total > 0 && Math.abs(total - 1) > 1e-6) for (const s of slots) s.share = Math.round((s.share / total) * 1e6) / 1e6
  const id = typeof value.id === 'string' && value.id !== '' ? value.id : file
  const origin = value.origin === 'consensus' || value.origin === 'document' || value.origin === 'file' ? value.origin : 'file'
  const pivot: Pivot = { id, origin, slots }
  if (typeof value.document === 'string') pivot.document = value.document
  return pivot
}

/**
 * Load a pivot file written by hand (or saved with {@link serializePivot}).
 * Only a regular file is read (a FIFO or device is refused before it is opened), at most 256 MiB.
 * @throws {InputError} `ENOENT`, `EACCES`, `NOT_A_FILE`, `TOO_LARGE`, `INVALID_UTF8`, `INVALID_INPUT` (not JSON) or
 *   `INVALID_PIVOT`.
 */
export function loadPivot(path: string): Pivot {
  checkString(path, 'path')
  let text: string
  const bytes = readFileBytes(path)
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (cause) {
    throw new InputError('INVALID_UTF8', `pivot file ${path} is not valid UTF-8`, { file: path, cause })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new InputError('INVALID_INPUT', `pivot file ${path} is not valid JSON: ${(cause as Error).message}`, { file: path, cause })
  }
  return parsePivot(json, path)
}

/** Serialise a pivot as stable JSON (2-space indent, trailing newline); `parsePivot` reads it back equal. */
export function serializePivot(pivot: Pivot): string {
  checkShape(pivot, 'pivot', 'a pivot', PIVOT_SHAPE)
  const slots = pivot.slots.map((s) => {
    const out: Record<string, unknown> = { id: s.id }
    if (s.label !== undefined) out.label = s.label
    out.role = s.role
    if (s.turn !== undefined) out.turn = s.turn
    out.share = s.share
    if (s.shareSpread !== undefined) out.shareSpread = s.shareSpread
    if (s.sentences !== undefined) out.sentences = s.sentences
    if (s.paragraphs !== undefined) out.paragraphs = s.paragraphs
    out.anchors = s.anchors.map((a) => ({ kind: a.kind, key: a.key, variants: a.variants, ...(a.support === undefined ? {} : { support: a.support }), ...(a.count === undefined ? {} : { count: a.count }), ...(a.block === true ? { block: true } : {}) }))
    return out
  })
  const head: Record<string, unknown> = { id: pivot.id, origin: pivot.origin }
  if (pivot.document !== undefined) head.document = pivot.document
  return `${JSON.stringify({ ...head, slots }, null, 2)}\n`
}
