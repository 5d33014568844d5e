import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { plainMarkdownTree } from '../../src/parse/plainMarkdown.js'
import { pudArticleTexts } from '../../scripts/pipeline/pudCorpus.js'

const commonMark = unified().use(remarkParse).freeze()

/** Pieces of plain prose and of the syntax at its edges: where a plain line, a heading or a strong label stops being one. */
const PIECES = [
  ' ', ' ', '  ', '\t', '\n', '\n', '\n', '\n\n', '\n\n', '\r', 'a', 'Word', 'Wort.', 'x', 'X', '10', '1', '1.', '1)', '2024', '.', ',', ';', '!', '?',
  '"', "'", '(', ')', '-', '--', '---', '+', '=', '==', ':', '#', '# ', '## ', '####### ', '#x', ' #', '>', '> ', '*', '**', '**Q:** ', '**A:**',
  '**Frage** ', '** x** ', '_', '`', '\\', '&', '<', '[', ']', '!', '~', '|', 'é', 'я', 'क्ष', '中文', 'ไทย', '😀', '𝒜', '→', '\u00a0', '\u3000',
  '\uFEFF', '\u0000', '\u000b', '- ', '* ', '+ ', '    ', '\t\t',
]

const documents = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''))

describe('plain Markdown without the parser (property)', () => {
  it('gives the tree remark-parse gives, or leaves the text to it, for any text made of prose and the syntax at its edges', () => {
    let built = 0
    fc.assert(
      fc.property(documents, (text) => {
        const tree = plainMarkdownTree(text)
        if (tree === undefined) return
        built++
        expect(tree).toEqual(commonMark.parse(text))
      }),
      { numRuns: Number(process.env['PLAIN_RUNS'] ?? 4000), seed: Number(process.env['PLAIN_SEED'] ?? 20261205) },
    )
    expect(built).toBeGreaterThan(100)
  })

  it('gives the tree remark-parse gives on the PUD articles (titles, paragraphs, question and answer labels), most of them without it', () => {
    const texts = pudArticleTexts(join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud')).map((a) => a.text)
    let built = 0
    for (const text of texts) {
      const tree = plainMarkdownTree(text)
      if (tree === undefined) continue
      built++
      expect(tree).toEqual(commonMark.parse(text))
    }
    expect(built).toBeGreaterThan(texts.length / 2)
  })

  it('leaves to the parser every line that opens another block or holds inline syntax', () => {
    for (const text of ['- item', '1. item', '> quote', '    code', 'a *b*', 'a\n===', '# Title #', '#x', 'a  \nb', 'a\\\nb', '**Q:**', '**Q** *', 'a\tb', '&amp;', '<b>', '[a]: b']) {
      expect(plainMarkdownTree(text)).toBeUndefined()
    }
  })
})
