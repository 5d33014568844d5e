import { describe, expect, it } from 'vitest'
import { likelyScript } from '../../src/detect/likelyScript.js'

describe('likelyScript', () => {
  it.each([
    ['tuk', 'Latn'],
    ['azj', 'Latn'],
    ['kaz', 'Cyrl'],
    ['tat', 'Cyrl'],
    ['srp', 'Cyrl'],
    ['zsm', 'Latn'],
  ])('gives %s the script it is usually written in (%s)', (code, script) => {
    expect(likelyScript(code)).toBe(script)
  })

  it('returns undefined for a code the runtime cannot read', () => {
    expect(likelyScript('not a code')).toBeUndefined()
  })
})
