import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/index.js'
import { offsetsInside, seedParagraphs } from './helpers.js'
import { cpuMilliseconds as timed } from '../cpuTime.js'

const paragraph = seedParagraphs().find((p) => p.length > 200 && !p.includes('\n'))!

/** A list nested `levels` deep by indentation, two columns a level, repeated until `bytes`. */
function indentedList(levels: number, bytes: number): string {
  const lines: string[] = []
  let size = 0
  for (let k = 0; size < bytes; k = (k + 1) % levels) {
    const line = `${' '.repeat(2 * k)}- item ${k}\n`
    lines.push(line)
    size += line.length
  }
  return lines.join('')
}

const letters = (text: string): string => text.match(/\p{L}/gu)?.join('') ?? ''

describe.each([
  ['`- ` 10,000 times on one line', `${'- '.repeat(10_000)}deep\n`],
  ['`1. ` 10,000 times on one line', `${'1. '.repeat(10_000)}deep\n`],
  ['`>` 10,000 times on one line', `${'>'.repeat(10_000)} deep\n`],
  ['200 quote levels, one a line', `${Array.from({ length: 200 }, (_, k) => `${'> '.repeat(k + 1)}level\n`).join('')}`],
  ['a list nested 600 levels by indentation (360 KB)', indentedList(600, 360_000)],
])('Markdown nested without end: %s', (_what, text) => {
  it('parses with the nesting cut (a `markdown-too-deep` warning), every offset inside the text', { timeout: 120_000 }, () => {
    const doc = segmentDocument(text, { path: 'deep.md' })
    expect(doc.diagnostics.filter((d) => d.ruleId === 'markdown-too-deep')).toHaveLength(1)
    expect(doc.diagnostics.find((d) => d.ruleId === 'markdown-too-deep')?.reason).toMatch(/nested deeper than \d+ levels/u)
    expect(offsetsInside(doc)).toBe(true)
    expect(doc.segments.length).toBeGreaterThan(0)
  })
})

describe('a nesting cut', () => {
  it('keeps the letters of the line it cuts', () => {
    const doc = segmentDocument(`${'- '.repeat(100)}${paragraph}\n`, { path: 'deep.md' })
    expect(letters(doc.segments.map((s) => s.text).join(''))).toBe(letters(paragraph))
  })

  it('leaves a list nested 20 levels alone: no warning, one segment per item', () => {
    const text = Array.from({ length: 20 }, (_, k) => `${'  '.repeat(k)}- item number ${k + 1} of the list`).join('\n')
    const doc = segmentDocument(text, { path: 'list.md' })
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('markdown-too-deep')
    expect(doc.segments.map((s) => s.text)).toEqual(Array.from({ length: 20 }, (_, k) => `item number ${k + 1} of the list`))
  })
})

describe.each([
  ['`*a` 100,000 times (200 KB)', '*a'.repeat(100_000)],
  ['`[a](` 50,000 times (200 KB)', '[a]('.repeat(50_000)],
  ['`_a_` and `**a` mixed (200 KB)', '_a_ **a '.repeat(25_000)],
])('a paragraph of inline markers: %s', (_what, text) => {
  it('is read as text with a `markdown-too-dense` warning, its letters kept, in time linear in its size', { timeout: 120_000 }, () => {
    let doc: ReturnType<typeof segmentDocument> | undefined
    const ms = timed(() => (doc = segmentDocument(text, { path: 'dense.md' })))
    expect(doc!.diagnostics.map((d) => d.ruleId)).toContain('markdown-too-dense')
    expect(letters(doc!.segments.map((s) => s.text).join(''))).toBe(letters(text))
    expect(offsetsInside(doc!)).toBe(true)
    // The same size of prose, timed alike: a dense paragraph must not cost more than a few times as much.
    const prose = `${paragraph}\n\n`.repeat(Math.ceil(text.length / (paragraph.length + 2))).slice(0, text.length)
    const proseMs = timed(() => segmentDocument(prose, { path: 'prose.md' }))
    expect(ms).toBeLessThan(5 * proseMs + 2_000)
  })
})

describe('inline markup in ordinary paragraphs', () => {
  it('is parsed as Markdown: emphasis markers dropped, link targets kept as anchors', () => {
    const links = Array.from({ length: 200 }, (_, k) => `[page ${k}](https://example.org/${k})`).join(', ')
    const doc = segmentDocument(`# Title\n\nSome *emphasis* and **strong** text.\n\nSee ${links}.\n`, { path: 'links.md' })
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('markdown-too-dense')
    expect(doc.segments.map((s) => s.text)).toContain('Some emphasis and strong text.')
    expect(doc.segments.flatMap((s) => s.anchors ?? []).filter((a) => a.kind === 'url')).toHaveLength(200)
  })
})
