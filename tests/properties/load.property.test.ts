import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError, documentFromBytes } from '../../src/index.js'

const encoder = new TextEncoder()
// Any bytes, plus bytes that look like text: valid UTF-8 with BOMs, stray bytes and NULs spliced in.
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 256 }),
  fc.tuple(
    fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  ).map(([bom, text, splices]) => {
    const body = [...bom, ...encoder.encode(text)]
    for (const [at, byte] of splices) body.splice(body.length === 0 ? 0 : at % body.length, 0, byte)
    return Uint8Array.from(body)
  }),
)

describe('documentFromBytes on any bytes', () => {
  it('throws only InputError, and otherwise returns LF-only NFC text or a skip notice', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        let result
        try {
          result = documentFromBytes(input, 'any.txt', { cwd: '/' })
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          expect(['BINARY', 'INVALID_UTF8', 'UTF16']).toContain((error as InputError).code)
          expect((error as InputError).message).toContain('any.txt')
          return
        }
        if ('text' in result) {
          expect(result.text).not.toMatch(/\r/u)
          expect(result.text.normalize('NFC')).toBe(result.text)
          expect(result.bytes).toBe(input.length)
        } else expect(result.diagnostic.ruleId).toBe('empty-document')
      }),
      { numRuns: 1000 },
    )
  })
})
