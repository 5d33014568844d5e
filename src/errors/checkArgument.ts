import { UsageError } from './UsageError.js'

/** A value in words, for messages: `the string "json"`, `the number 42`, `null`, `an array`, `a function`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `the ${typeof value} ${String(value)}`
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'symbol') return 'a symbol'
  if (value instanceof Uint8Array) return `a ${value.constructor.name}`
  return 'an object'
}

/** Throw a `UsageError` (`INVALID_OPTION`) saying what `name` must be and what it got. */
export function usage(name: string, expected: string, value: unknown, fix?: string): never {
  throw new UsageError('INVALID_OPTION', `\`${name}\` must be ${expected}, got ${describeValue(value)}${fix === undefined ? '' : `; ${fix}`}`)
}

/**
 * The options object of a call: `undefined` gives `{}`, anything but a plain object is a `UsageError`.
 * @param value What the caller passed.
 * @param name Its name in messages (e.g. `options`).
 */
export function checkOptions(value: unknown, name = 'options'): Record<string, unknown> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) usage(name, 'an options object (or omitted)', value)
  return value as Record<string, unknown>
}

/** `value` must be a string (non-empty unless `allowEmpty`). */
export function checkString(value: unknown, name: string, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value === '')) usage(name, allowEmpty ? 'a string' : 'a non-empty string', value)
  return value
}

/** An optional option: `undefined` or a string. */
export function checkOptionalString(value: unknown, name: string): void {
  if (value !== undefined) checkString(value, name)
}

/** An optional option: `undefined` or a boolean. */
export function checkOptionalBoolean(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'boolean') usage(name, '`true` or `false`', value)
}

/** An optional option: `undefined` or a function. */
export function checkOptionalFunction(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'function') usage(name, 'a function', value)
}

/** An optional option: `undefined` or a plain object (its fields are checked where they are used). */
export function checkOptionalObject(value: unknown, name: string): void {
  if (value !== undefined) checkOptions(value, name)
}

/** Bounds of {@link checkOptionalNumber}. */
export interface NumberBounds {
  /** Smallest value allowed. */
  min?: number | undefined
  /** Largest value allowed. */
  max?: number | undefined
  /** Whether only integers are allowed. */
  integer?: boolean | undefined
}

function numberExpectation(bounds: NumberBounds): string {
  const kind = bounds.integer === true ? 'an integer' : 'a finite number'
  if (bounds.min !== undefined && bounds.max !== undefined) return `${kind} from ${bounds.min} to ${bounds.max}`
  if (bounds.min !== undefined) return `${kind} ≥ ${bounds.min}`
  if (bounds.max !== undefined) return `${kind} ≤ ${bounds.max}`
  return kind
}

/** A number within bounds (never `NaN` or infinite). */
export function checkNumber(value: unknown, name: string, bounds: NumberBounds = {}): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (bounds.integer !== true || Number.isInteger(value)) &&
    (bounds.min === undefined || value >= bounds.min) &&
    (bounds.max === undefined || value <= bounds.max)
  if (!ok) usage(name, numberExpectation(bounds), value)
  return value as number
}

/** An optional option: `undefined` or a number within bounds. */
export function checkOptionalNumber(value: unknown, name: string, bounds: NumberBounds = {}): void {
  if (value !== undefined) checkNumber(value, name, bounds)
}

/** An optional option: `undefined` or one of the given strings. */
export function checkOptionalChoice(value: unknown, name: string, choices: readonly string[]): void {
  if (value !== undefined && !(typeof value === 'string' && choices.includes(value))) usage(name, `one of ${choices.map((c) => `'${c}'`).join(', ')}`, value)
}

/** An array of strings (each non-empty), e.g. paths. A lone string is refused with the fix (wrap it in `[…]`). */
export function checkStringArray(value: unknown, name: string): string[] {
  if (typeof value === 'string') usage(name, 'an array of strings', value, `wrap it: [${JSON.stringify(value)}]`)
  if (!Array.isArray(value)) usage(name, 'an array of strings', value)
  value.forEach((item, i) => checkString(item, `${name}[${i}]`))
  return value as string[]
}
