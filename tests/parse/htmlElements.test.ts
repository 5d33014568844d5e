import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// Puter's README (tests/fixtures/sites/puter-readme, HeyPuter/puter, AGPL-3.0): the English lists what Puter can be
// used as in a Markdown list; the Arabic writes the same paragraph and list in HTML, `<div dir="rtl"><p>…</p>` and
// `<ul><li>…</li>…</ul>`. Its five items were one segment, its lines glued, against the English's five.
const parse = (name: string) => {
  const path = `tests/fixtures/sites/puter-readme/${name}`
  return segmentDocument(readFileSync(path, 'utf8'), { id: name, path }).segments
}

describe('the elements of an HTML block', () => {
  it('are a segment each, as the Markdown they stand for: a paragraph, then one per list item', () => {
    const english = parse('README.en.md').filter((s) => s.role === 'body')
    const arabic = parse('README.ar.md').filter((s) => s.role === 'body')
    expect(english.length).toBe(6)
    expect(arabic.length).toBe(6)
    expect(arabic.filter((s) => s.text.includes('\n'))).toEqual([])
    expect(arabic[2]?.text).toBe('منصة لبناء ونشر المواقع الإلكترونية وتطبيقات الويب والألعاب')
  })

  it('read a list item as written structure: however short, no heading', () => {
    // The page's headings are its `##` lines (the first is the excerpt's title).
    expect(parse('README.ar.md').filter((s) => s.role === 'heading').map((s) => s.text)).toEqual(['البدء'])
  })

  it('keep a line broken by `<br>` in its paragraph', () => {
    const text = '# Title\n\n<p>A first line of the paragraph<br>and its second line.</p>\n'
    const bodies = segmentDocument(text, { path: 'page.md' }).segments.filter((s) => s.role !== 'title')
    expect(bodies.map((s) => s.text)).toEqual(['A first line of the paragraph and its second line.'])
  })
})
