import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// A Jekyll page (tests/fixtures/sites/just-the-docs, MIT): kramdown attribute lists under a heading and a paragraph,
// and the one-item list that `{:toc}` turns into the page's table of contents.
const PATH = 'tests/fixtures/sites/just-the-docs/configuration.md'

describe("a generator's marker lines", () => {
  it('are no text: kramdown attribute lists and a table of contents marker are dropped, with the list item it replaces', () => {
    const doc = segmentDocument(readFileSync(PATH, 'utf8'), { path: PATH })
    expect(doc.segments.filter((s) => s.text.includes('{:') || s.text === 'TOC').map((s) => s.text)).toEqual([])
    // The paragraph the attribute list styles ends where it did.
    expect(doc.segments.find((s) => s.text.startsWith('Just the Docs has some'))?.text.endsWith('_config.yml file.')).toBe(true)
    expect(doc.segments.filter((s) => s.role === 'heading').map((s) => s.text).slice(0, 3)).toEqual(['Table of contents', 'Site logo', 'Site favicon'])
  })

  it('keeps such a line inside code', () => {
    const text = readFileSync(PATH, 'utf8').replace('1. TOC\n{:toc}', '```md\n1. TOC\n{:toc}\n```')
    const doc = segmentDocument(text, { path: PATH })
    expect(doc.segments.find((s) => s.role === 'code' && s.text.includes('{:toc}'))).toBeDefined()
  })
})
