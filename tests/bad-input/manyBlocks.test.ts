import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/index.js'
import { hardWrappedLines } from '../../scripts/reliability/inputs.js'
import { offsetsInside, paragraphsInScript } from './helpers.js'
import { cpuMilliseconds as timed } from '../cpuTime.js'

const paragraphs = paragraphsInScript('Latin').filter((p) => !p.includes('\n') && p.length > 80)


/** Seed paragraphs between blank lines, numbered so that none repeats, up to `chars` characters. */
function prose(chars: number): string {
  const parts: string[] = []
  let size = 0
  for (let k = 0; size < chars; k++) {
    const part = `${paragraphs[k % paragraphs.length]!} (${k})`
    parts.push(part)
    size += part.length + 2
  }
  return parts.join('\n\n')
}

/** `count` separate one-line block quotes. */
function quotes(count: number): string {
  return Array.from({ length: count }, (_, k) => `> ${paragraphs[k % paragraphs.length]!.slice(0, 40)} ${k}`).join('\n\n')
}

/** One paragraph of `count` lines of about 45 characters, cut at spaces, each numbered so that none repeats. */
function hardWrapped(count: number): string {
  return hardWrappedLines(paragraphs.join(' ').split(/\s+/u).filter((w) => /^\p{L}/u.test(w)), count)
}

// micromark's time grew with the square of both: 8,000 quotes took 50 s, 60,000 wrapped lines 52 s (prose of
// their size: a few seconds). The document is now parsed in pieces. Each quote is a segment of its own, so 8,000
// quotes cost about eight times prose of their size (1.8 s against 0.23 s); the bound is the generous multiple of the
// termination property (tests/properties), far below the square and far above the noise of a loaded machine.
describe.each([
  ['8,000 separate block quotes (380 KB)', quotes(8_000), 8_000, true],
  ['one paragraph of 20,000 hard-wrapped lines (950 KB)', hardWrapped(20_000), 20_000, false],
])('%s', (_what, text, count, blocks) => {
  it('is segmented whole, in time within a generous multiple of prose of its size', { timeout: 240_000 }, () => {
    let doc: ReturnType<typeof segmentDocument> | undefined
    const ms = timed(() => (doc = segmentDocument(text, { path: 'many.md' })))
    expect(offsetsInside(doc!)).toBe(true)
    // Every quote and every line is numbered: all numbers are found in the segments, none lost.
    const numbers = new Set(doc!.segments.flatMap((s) => s.text.match(/\b\d+\b/gu) ?? []))
    for (let k = 0; k < count; k++) expect(numbers.has(String(k))).toBe(true)
    if (blocks) expect(doc!.segments).toHaveLength(count)
    const same = prose(text.length)
    const proseMs = timed(() => segmentDocument(same, { path: 'prose.md' }))
    expect(ms).toBeLessThan(20 * proseMs + 3_000)
  })
})
