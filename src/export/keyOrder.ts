/**
 * How to order the keys of a JSON value so that serialising it is deterministic:
 * - `object`: known keys first in the listed order (each with its own shape, or `null` to keep the value as is),
 *   then any other keys sorted;
 * - `array`: every element has the shape `of`;
 * - `record`: keys are free (document ids, drift codes); listed `order` keys first, then the rest sorted,
 *   every value having the shape `of`.
 */
export type KeyOrder =
  | { kind: 'object'; keys: ReadonlyArray<readonly [string, KeyOrder | null]> }
  | { kind: 'array'; of: KeyOrder }
  | { kind: 'record'; of: KeyOrder | null; order?: readonly string[] | undefined }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function shaped(value: unknown, order: KeyOrder | null): unknown {
  return order === null ? value : orderKeys(value, order)
}

/**
 * Rebuild a JSON value with its keys in a fixed order (see {@link KeyOrder}); `undefined` properties are dropped.
 * Values that do not match the shape (a `null` cell, a string where an object was expected) are kept as they are.
 * @returns A new value; the input is not changed.
 */
export function orderKeys(value: unknown, order: KeyOrder): unknown {
  if (order.kind === 'array') return Array.isArray(value) ? value.map((item) => orderKeys(item, order.of)) : value
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  if (order.kind === 'object') {
    const known = new Set<string>()
    for (const [key, sub] of order.keys) {
      known.add(key)
      if (value[key] !== undefined) out[key] = shaped(value[key], sub)
    }
    for (const key of Object.keys(value).sort(compareCodeUnits)) {
      if (!known.has(key) && value[key] !== undefined) out[key] = value[key]
    }
    return out
  }
  const first = (order.order ?? []).filter((key) => key in value)
  const firstSet = new Set(first)
  const rest = Object.keys(value).filter((key) => !firstSet.has(key)).sort(compareCodeUnits)
  for (const key of [...first, ...rest]) if (value[key] !== undefined) out[key] = shaped(value[key], order.of)
  return out
}
