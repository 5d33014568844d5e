import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'

// Values of every wrong type a caller may pass by mistake: nothing, null, numbers, strings, booleans, objects with
// fields of the wrong types, arrays of wrong items, functions, symbols, bytes.
const WRONG: readonly unknown[] = [
  undefined,
  null,
  42,
  Number.NaN,
  -1,
  'x',
  '',
  true,
  {},
  { id: 7, text: 3, segments: 'no', slots: 4, documents: 5, language: 1, source: 'a', target: 2 },
  [],
  [null],
  [42],
  ['x'],
  [{}],
  () => 1,
  Symbol('wrong'),
  new Uint8Array(2),
]

/** Argument lists for an export: one wrong value alone, in every place, and after well-typed strings. */
function wrongCalls(arity: number): unknown[][] {
  const calls: unknown[][] = []
  for (const value of WRONG) {
    calls.push([value])
    calls.push(Array.from({ length: Math.max(arity, 2) }, () => value))
    for (let at = 1; at < 3; at++) calls.push(Array.from({ length: at + 1 }, (_, i) => (i === at ? value : ['x'])))
  }
  return calls
}

type Callable = (...args: unknown[]) => unknown
const exported = (Object.entries(api) as Array<[string, unknown]>).filter((entry): entry is [string, Callable] => typeof entry[1] === 'function' && !((entry[1] as Callable).prototype instanceof Error))

describe('every export of the package called with wrong types', () => {
  it('is a function or class of the public surface (the list is not empty)', () => {
    expect(exported.length).toBeGreaterThan(40)
  })

  it.each(exported.map(([name, fn]) => [name, fn] as const))('%s returns or throws a ParacorpusError, never a TypeError from inside', async (name, fn) => {
    const untyped: string[] = []
    for (const args of wrongCalls(fn.length)) {
      try {
        const result = /^[A-Z]/u.test(name) ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : fn(...args)
        if (result instanceof Promise) await result
      } catch (error) {
        if (!(error instanceof api.ParacorpusError)) untyped.push(`${args.map((a) => (typeof a === 'symbol' ? 'Symbol' : JSON.stringify(a) ?? String(a))).join(', ')}: ${String(error)}`)
      }
    }
    expect(untyped).toEqual([])
  }, 60_000)
})
