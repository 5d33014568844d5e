import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/index.js'
import { seedParagraphs } from '../bad-input/helpers.js'
import { cpuMilliseconds } from '../cpuTime.js'

const paragraphs = seedParagraphs()

/** Seed prose of `length` characters: what an input of that size costs when nothing in it is hostile. */
function prose(length: number): string {
  let text = ''
  for (let i = 0; text.length < length; i++) text += `${paragraphs[i % paragraphs.length]!}\n\n`
  return text.slice(0, length)
}

function millisecondsFor(text: string): number {
  return cpuMilliseconds(() => segmentDocument(text, { path: 'input.md' }))
}

// Shapes on which a Markdown parser can take time growing faster than the text: container markers repeated on
// one line, lists indented level after level, runs of inline markers, and long lines with no space at all.
const container = fc.constantFrom('- ', '* ', '+ ', '1. ', '12) ', '>', '> ', '  ', '\t')
const inline = fc.constantFrom('*a', '_a', '**a', '[a](', '[a]', '`a', '~~a', '<a', '![a](', 'a*', 'a]')
const letters = fc.constantFrom('ខ្មែរ', 'ภาษาไทย', 'word', '中文字', 'Қазақ')
const line = fc.oneof(
  fc.tuple(container, fc.integer({ min: 1, max: 1_500 }), fc.string({ maxLength: 8 })).map(([c, n, rest]) => `${c.repeat(n)}${rest}`),
  fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 5 })).map(([levels, copies]) =>
    Array.from({ length: levels * copies }, (_, k) => `${'  '.repeat(k % levels)}- item ${k}`).join('\n'),
  ),
  fc.tuple(inline, fc.integer({ min: 1, max: 3_000 })).map(([m, n]) => m.repeat(n)),
  fc.tuple(letters, fc.integer({ min: 1, max: 2_000 })).map(([l, n]) => l.repeat(n)),
)
const document = fc.tuple(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\n\n')).map(([lines, separator]) => lines.join(separator))

describe('segmentDocument on nested Markdown and long unspaced text', () => {
  it('terminates in time proportional to the input: within a generous multiple of prose of the same size', { timeout: 300_000 }, () => {
    millisecondsFor(prose(20_000))
    fc.assert(
      fc.property(document, (text) => {
        const budget = 20 * millisecondsFor(prose(text.length)) + 3_000
        expect(millisecondsFor(text)).toBeLessThan(budget)
      }),
      { numRuns: 12, seed: 16 },
    )
  })
})
