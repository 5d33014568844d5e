import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// A numeric entity that names no character (a typo in a README's HTML header): HTML reads it as U+FFFD; the parser
// must not throw on it (a thrown error drops the whole document from the corpus).
describe('numeric HTML entities that name no character', () => {
  it.each(['&#99999999;', '&#xZZ;', '&#xD800;'])('reads %s in an HTML block as U+FFFD, without throwing', (entity) => {
    const text = `<p align="center">Fast ${entity} tool <a href="https://example.org/docs">docs</a></p>\n\nA paragraph of prose that follows the header.\n`
    const doc = segmentDocument(text, { id: 'README.md', path: 'README.md' })
    expect(doc.segments.some((s) => s.text.includes('A paragraph of prose'))).toBe(true)
  })
})
