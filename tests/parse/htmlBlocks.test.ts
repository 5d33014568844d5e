import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'

// Tabby's German README (tests/fixtures/sites/tabby-readme, Eugeny/tabby, MIT) ends with an all-contributors table:
// 50 KB of `<td><a href…><img…><sub><b>Name</b></sub></a>…</td>` lines with no blank line between them. Its `<`
// made the run look like a paragraph too dense in inline markers to parse, so its tags were masked and read as
// words: 517 sentences of attribute values and URLs, and the page detected as Portuguese. An HTML block (a line
// opening a block-level tag, after comment lines) is raw text to the parser, which reads no inline markup in it.
const PATH = 'tests/fixtures/sites/tabby-readme/README.de-DE.md'
const doc = parseDocument(readFileSync(PATH, 'utf8'), { id: PATH, path: PATH })

describe('a long HTML block', () => {
  it('is read as HTML, not as a paragraph too dense to parse', () => {
    expect(doc.diagnostics.filter((d) => d.ruleId === 'markdown-too-dense')).toEqual([])
    expect(doc.segments.filter((s) => /valign=|avatars\d?\.githubusercontent/u.test(s.text))).toEqual([])
  })

  it('leaves the page in the language it is written in', () => {
    expect(doc.language?.iso6393).toBe('deu')
  })

  it('decodes an entity HTML reads without its semicolon (`&nbsp <a …>` between the badges)', () => {
    expect(doc.segments.filter((s) => s.text.includes('&nbsp'))).toEqual([])
  })
})
