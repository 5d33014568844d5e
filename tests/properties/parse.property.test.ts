import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/index.js'

// Pieces that steer the parser into its branches: speaker labels, Markdown, script terminators, line endings,
// combining marks, astral characters and lone surrogates (JS strings are UTF-16 and may hold them).
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '\t', '\u00a0', '\u200b') },
  {
    weight: 3,
    arbitrary: fc.constantFrom('Q: ', 'A: ', 'jr: ', '**Q:** ', 'Video:', '# ', '## ', '> ', '- ', '1. ', '| a | b |\n|---|---|\n', '```\n', '<div>', '[x](http://e.org)', '![alt](i.png)', '\\*', '&amp;', 'http://example.com/a?b=1', '10:30', '2024'),
  },
  { weight: 3, arbitrary: fc.constantFrom('.', '?', '!', '…', '។', '៕', '।', '。', '？', '؟', '።', '။', 'Dr.', 'Inc.', '"', '»', ')') },
  { weight: 2, arbitrary: fc.constantFrom('e\u0301', 'Қазақ', 'ខ្មែរ', '中文', '😀', '\ud800', '\udfff', '\ufeff', '\u0000') },
)
const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

describe('segmentDocument on any string', () => {
  it('never throws, and every segment and sentence lies inside the normalised text', () => {
    fc.assert(
      fc.property(article, (input) => {
        const doc = segmentDocument(input)
        const ids = new Set<string>()
        for (const segment of doc.segments) {
          expect(ids.has(segment.id)).toBe(false)
          ids.add(segment.id)
          expect(segment.place.start.offset).toBeGreaterThanOrEqual(0)
          expect(segment.place.end.offset).toBeLessThanOrEqual(doc.text.length)
          expect(segment.place.start.offset).toBeLessThanOrEqual(segment.place.end.offset)
          for (const s of segment.sentences) {
            expect(ids.has(s.id)).toBe(false)
            ids.add(s.id)
            expect(s.text.trim()).toBe(s.text)
            expect(s.text).not.toBe('')
            expect(s.start).toBeGreaterThanOrEqual(0)
            expect(s.start).toBeLessThan(s.end)
            expect(s.end).toBeLessThanOrEqual(doc.text.length)
          }
        }
        for (const d of doc.diagnostics) {
          expect(d.place === undefined || (d.place.start.offset >= 0 && d.place.end.offset <= doc.text.length)).toBe(true)
        }
        expect(doc.text).not.toMatch(/\r/u)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary UTF-16 code units', () => {
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((codes) => String.fromCharCode(...codes))
    fc.assert(
      fc.property(units, (input) => {
        const doc = segmentDocument(input)
        for (const segment of doc.segments) for (const s of segment.sentences) expect(s.end).toBeLessThanOrEqual(doc.text.length)
      }),
      { numRuns: 200 },
    )
  })
})
