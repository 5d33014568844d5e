import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseInPieces } from '../../src/parse/parseInPieces.js'
import { parseFullMarkdown } from '../../src/parse/markdownProcessors.js'

// The processor markdownTree parses with.
const parse = parseFullMarkdown

/**
 * Lines of Markdown that open, continue or close blocks, with inline markup inside a line. (Inline markup open
 * across lines of a paragraph is cut exactly only where the markers pair up: `tests/parse/pieces.test.ts`.)
 */
const LINES = [
  '',
  '',
  '   ',
  'Plain words here',
  'more plain words',
  'see [ref] and [Ref][] and [x][ref]',
  'a note[^n] here',
  '[ref]: https://example.org/ref',
  '[^n]: The note',
  '    indented continuation',
  '  two-space continuation',
  '> quoted line',
  '>',
  '- item',
  '* item',
  '1. first',
  '2) second',
  '# Heading',
  'Setext',
  '===',
  '---',
  '```js',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  ':::note',
  ':::',
  '| a | b |',
  '|---|---|',
  'hard break  ',
  'hard break\\',
  '"Quoted start of a line',
  '«Quoted» start',
  '12 apples and pears',
  '\tTabbed line',
]

const documents = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 60 }).map((lines) => lines.join('\n'))

describe('parsing Markdown in pieces (property)', () => {
  it('gives the tree of the whole document for any sequence of block lines', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom(1, 8, 40), (text, size) => {
        expect(parseInPieces(text, parse, size)).toEqual(parse(text))
      }),
      { numRuns: Number(process.env['PIECES_RUNS'] ?? 300), seed: Number(process.env['PIECES_SEED'] ?? 20261204) },
    )
  })
})
