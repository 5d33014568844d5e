import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { memoWords, tokenizeWords } from '../../src/align/lexical/tokenizeWords.js'

const dir = join(import.meta.dirname, '../../corpus')
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/u))
  .filter((t) => t.trim() !== '')

describe('words segmented once for every signal', () => {
  it.each([1, 8, 64, 256])('gives what tokenizeWords gives with at most %i words, on every line of the seed corpus', (max) => {
    expect(texts.length).toBeGreaterThan(20)
    for (const text of texts) expect(memoWords(text, max)).toEqual(tokenizeWords(text, max))
  })

  it('stops where tokenizeWords stops on a text that repeats a few words past its reading budget', () => {
    const text = `${'alpha beta '.repeat(700)}gamma delta ${'epsilon '.repeat(3000)}zeta`
    for (const max of [2, 64, 65, 256]) expect(memoWords(text, max)).toEqual(tokenizeWords(text, max))
    expect(memoWords(text, 64)).toEqual(['alpha', 'beta'])
    expect(memoWords(text, 256)).toEqual(['alpha', 'beta', 'gamma', 'delta', 'epsilon'])
  })
})
