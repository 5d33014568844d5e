import { describe, expect, it } from 'vitest'
import { segmentRanges, withoutRanges } from '../../src/parse/inlineRanges.js'
import { segmentDocument } from '../../src/parse/segmentDocument.js'
import type { InlineRange, Sentence } from '../../src/types.js'

/** A sentence of a segment's text, where `text` stands at `start`, with the ranges the parse would record. */
function sentence(id: string, text: string, start: number, inline: InlineRange[]): Sentence {
  return { id, text, start, end: start + text.length, inline }
}

describe('a segment’s inline ranges in its own text (segmentRanges)', () => {
  it('places each sentence’s ranges where the sentence stands, a sentence written twice included', () => {
    const doc = segmentDocument('# T\n\nSee [the guide](g.md). See [the guide](g.md).\n', { path: 'twice.md' })
    const body = doc.segments.find((s) => s.text.startsWith('See'))!
    expect(body.sentences.map((s) => s.text)).toEqual(['See the guide.', 'See the guide.'])
    expect(segmentRanges(body).map((r) => body.text.slice(r.start, r.end))).toEqual(['the guide', 'the guide'])
    expect(segmentRanges(body).map((r) => r.start)).toEqual([4, 19])
  })

  it('joins a link a sentence cut ran through, but never over a paragraph break', () => {
    const cut = { text: '. NET', sentences: [sentence('s1', '.', 0, [{ kind: 'link', start: 0, end: 1 }]), sentence('s2', 'NET', 2, [{ kind: 'link', start: 0, end: 3 }])] }
    expect(segmentRanges(cut)).toEqual([{ kind: 'link', start: 0, end: 5 }])
    // Two paragraphs, each one link (a list of related pages kept as one segment): two links, not one over both.
    const text = 'Getting started\n\nConfiguration'
    const two = { text, sentences: [sentence('s1', 'Getting started', 0, [{ kind: 'link', start: 0, end: 15 }]), sentence('s2', 'Configuration', 17, [{ kind: 'link', start: 0, end: 13 }])] }
    expect(segmentRanges(two)).toEqual([{ kind: 'link', start: 0, end: 15 }, { kind: 'link', start: 17, end: 30 }])
  })

  it('lends no range for a sentence not found in the text', () => {
    const lost = { text: 'Rewritten text.', sentences: [sentence('s1', 'Original text.', 0, [{ kind: 'code', start: 0, end: 8 }])] }
    expect(segmentRanges(lost)).toEqual([])
  })
})

describe('a text without some of its ranges (withoutRanges)', () => {
  it('makes each range one space and cuts nested ranges once', () => {
    // `Run \`npm ci\` then [\`npm test\`](t.md).` as the parse leaves its text: code, and code inside a link.
    const text = 'Run npm ci then npm test.'
    const ranges: InlineRange[] = [{ kind: 'code', start: 4, end: 10 }, { kind: 'link', start: 16, end: 24 }, { kind: 'code', start: 16, end: 24 }]
    expect(withoutRanges(text, ranges)).toBe('Run   then  .')
  })
})
