import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../src/parse/markdownProcessors.js'

// Every extension, always: the processor `parseMarkdown` must agree with.
const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective).freeze()

/** Pieces of text near the edges of each extension's syntax (and of the patterns that decide which to use). */
const PIECES = [
  ' ', ' ', '  ', '\t', '\n', '\n', '\n\n', '\r\n', 'a', 'Word', 'x', 'X', '10', '0', '.', ',', '-', '--', '---', '+++', '+',
  ':', '::', ':::', ':-', '-:', '|', '~', '~~', '[', ']', '[^', '^', '[ ]', '[x]', '(', ')', '{', '}', '#', '>', '*', '_', '`',
  '\\', '&', '&#64;', '&#x40;', '&commat;', '&amp;', '&#119;', '@', 'www', 'www.', 'WWW.', 'http', 'https://', 'http\\://', 'ex.com',
  'é', 'я', '中', '😀', '→', '$', '\uFEFF', '\u00a0', '\u0000', '- ', '1. ', '> ', '    ', '<div>', '"',
  // Whole constructs, each the only sign of its extension.
  '[^n]', '[^n]: note', '\n- [ ] task', '\n- [x] done', '\n* [X] done', 'a&#64;ex.com', 'a&commat;ex.com', 'www&#46;ex.com',
  'http&#58;//ex.com', '\n:-\n', '\n-:\n', '~~gone~~', ':name', ':name[label]{#id}', '\n::leaf\n', '\n:::box\n', '\n---\ntitle: x\n---\n',
]

const documents = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''))

describe('parsing Markdown with only the extensions its syntax can use (property)', () => {
  it('gives the tree of the processor with every extension for any text made of their syntax', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(parseMarkdown(text)).toEqual(full.parse(text))
      }),
      { numRuns: Number(process.env['PROCESSOR_RUNS'] ?? 2000), seed: Number(process.env['PROCESSOR_SEED'] ?? 20261205) },
    )
  })

  it('gives the same tree on the Markdown and text fixtures', () => {
    const root = join(import.meta.dirname, '..', 'fixtures')
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(?:md|txt)$/u.test(e.name))
      .map((e) => join(e.parentPath, e.name))
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(parseMarkdown(text)).toEqual(full.parse(text))
    }
  })
})
