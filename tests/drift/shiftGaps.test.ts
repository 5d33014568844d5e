import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { trainPairLexicons } from '../../src/drift/pairLexicons.js'
import { shiftGaps } from '../../src/drift/shiftGaps.js'
import { memberAffinity } from '../../src/drift/slotAffinity.js'
import { contentSegments } from '../../src/pivot/contentSegments.js'
import { segmentShares } from '../../src/pivot/segmentShares.js'
import type { PivotSlot, Segment, SlotCell } from '../../src/types.js'
import type { Article } from '../../scripts/drift/pudArticles.js'
import { LANGUAGES, articles, families, texts, vocabularies, measuredShares } from './newsFamilies.js'

// Real professional translations (PUD): the news articles in six languages, cell by cell as a family's table holds
// them; word links are learned from the other half of the articles, as moves are judged in the pipeline. One
// translation then loses a paragraph or a whole question-and-answer turn, and the aligner leaves the gap a
// paragraph or a turn away from it.
const halves = [1, 0].map((half) => trainPairLexicons(families.filter((_, i) => i % 2 === half), 50))

/** The article's blocks in one language as a document (questions and answers marked), keeping some blocks. */
function member(article: Article, lang: string, keep: readonly number[]): Segment[] {
  const all = texts(article, lang)
  const line = (i: number): string => (article.blocks[i]!.kind === 'question' ? `Q: ${all[i]}` : article.blocks[i]!.kind === 'answer' ? `A: ${all[i]}` : all[i]!)
  const segments = contentSegments(parseDocument(keep.map(line).join('\n\n') + '\n', { id: `${article.id}-${lang}.txt` }))
  expect(segments).toHaveLength(keep.length)
  return segments
}

/** The slots of an article, with the roles its faithful English rendering has. */
function slotsOf(article: Article): PivotSlot[] {
  const segments = member(article, 'en', article.blocks.map((_, i) => i))
  return segments.map((s, i) => ({ id: `b${i}`, role: s.role, anchors: [], share: 1 / segments.length }))
}

/**
 * The slots of an article as a consensus pivot has them: each block's length share the median of its six
 * renderings', with their spread.
 */
function measuredSlots(article: Article): PivotSlot[] {
  const all = article.blocks.map((_, i) => i)
  const shares = LANGUAGES.map((lang) => segmentShares(member(article, lang, all)))
  return measuredShares(slotsOf(article), shares)
}

/**
 * Shift the gaps of a member that lost some blocks, aligned with the gap put at `wrong` instead.
 * @returns For each slot, the block whose segment fills it (or `null`).
 */
function shifted(k: number, lang: string, lost: readonly number[], wrong: readonly number[], slots: (a: Article) => PivotSlot[] = slotsOf): Array<number | null> {
  const article = articles[k]!
  const keep = article.blocks.map((_, i) => i).filter((i) => !lost.includes(i))
  const segments = member(article, lang, keep)
  // The aligner's cells: the kept blocks in order, around the gap at `wrong`.
  const filled = article.blocks.map((_, i) => i).filter((i) => !wrong.includes(i))
  const cells: Array<SlotCell | null> = article.blocks.map(() => null)
  filled.forEach((slot, j) => (cells[slot] = { segments: [segments[j]!.id], sentences: segments[j]!.sentences.map((s) => s.id), confidence: 0.9 }))
  const affinity = memberAffinity(families[k]!, LANGUAGES.indexOf(lang), halves[k % 2]!)!
  const single = (s: number): number | undefined => (cells[s] === null ? undefined : segments.findIndex((x) => x.id === cells[s]!.segments[0]))
  shiftGaps(slots(article), cells, single, segments, segments.map((s) => vocabularies.encode(lang, s.text)), affinity)
  return cells.map((c) => (c === null ? null : keep[segments.findIndex((s) => s.id === c.segments[0])]!))
}

const qa = articles.map((a, k) => ({ a, k })).filter(({ a }) => a.shape === 'qa' && a.blocks.filter((b) => b.kind === 'question').length >= 3)
const plain = articles.map((a, k) => ({ a, k })).filter(({ a }) => a.shape === 'plain' && a.blocks.length >= 6)
const turn = (a: Article, t: number): number[] => a.blocks.map((b, i) => (b.turn === t ? i : -1)).filter((i) => i >= 0)

describe('a gap moved to where the text is missing', () => {
  it('moves a missing turn the aligner put one turn early to its own turn', () => {
    let fixed = 0
    let cases = 0
    for (const { a, k } of qa) {
      const lang = LANGUAGES[1 + (k % 5)]!
      const lost = turn(a, 3)
      cases++
      const result = shifted(k, lang, lost, turn(a, 2))
      if (lost.every((i) => result[i] === null) && turn(a, 2).every((i) => result[i] === i)) fixed++
    }
    expect(cases).toBeGreaterThanOrEqual(6)
    expect(fixed).toBeGreaterThanOrEqual(cases / 2)
  })

  it('moves a missing paragraph the aligner put beside it', () => {
    let fixed = 0
    let cases = 0
    for (const { a, k } of plain) {
      const lang = LANGUAGES[1 + ((k + 2) % 5)]!
      cases++
      const result = shifted(k, lang, [3], [4])
      if (result[3] === null && result[4] === 4) fixed++
    }
    expect(fixed).toBeGreaterThanOrEqual(cases / 2)
  })

  it('weighs the lengths the slots expect with the words: a turn one turn off in Russian and Chinese', () => {
    // Half-corpus links find a turn only a little better in its own slots for these pairs; the turns' lengths
    // against the slots' tell the two places apart (83 of 128 cases; 71 with the words alone).
    let fixed = 0
    let cases = 0
    for (const { a, k } of qa) {
      const turns = Math.max(...a.blocks.map((b) => b.turn ?? 0))
      for (const lang of ['ru', 'zh']) {
        for (let t = 1; t < turns; t++) {
          for (const [lost, wrong] of [[t, t + 1], [t + 1, t]] as const) {
            cases++
            const result = shifted(k, lang, turn(a, lost), turn(a, wrong), measuredSlots)
            if (result.every((block, i) => (turn(a, lost).includes(i) ? block === null : block === i))) fixed++
          }
        }
      }
    }
    expect(cases).toBeGreaterThanOrEqual(40)
    expect(fixed).toBeGreaterThanOrEqual(80)
  })

  it('leaves a gap where the text is missing', () => {
    let moved = 0
    let cases = 0
    for (const { a, k } of [...qa, ...plain]) {
      for (const lang of LANGUAGES.slice(1, 4)) {
        const lost = a.shape === 'qa' ? turn(a, 2) : [3]
        cases++
        const result = shifted(k, lang, lost, lost)
        if (result.some((block, i) => (lost.includes(i) ? block !== null : block !== i))) moved++
      }
    }
    expect(moved).toBeLessThanOrEqual(Math.floor(cases * 0.05))
  })
})

describe('a gap left before a move the lengths made', () => {
  // A lost paragraph makes every other one a larger share of its document: the aligner leaves the gap two or three
  // paragraphs early, and the lengths, measured so, exchange the two paragraphs before the end (a move it reports).
  // The gap moves to the end with the paragraphs between laid back in document order.
  it('puts the gap where the paragraph is missing and the exchanged paragraphs back in order', () => {
    let fixed = 0
    let cases = 0
    for (const { a, k } of plain) {
      const last = a.blocks.length - 1
      for (const lang of LANGUAGES.slice(1)) {
        for (const early of [2, 3]) {
          const wrong = last - early
          const keep = a.blocks.map((_, i) => i).filter((i) => i !== last)
          const segments = member(a, lang, keep)
          const slots = measuredSlots(a)
          const cellOf = (block: number): SlotCell => ({ segments: [segments[block]!.id], sentences: segments[block]!.sentences.map((s) => s.id), confidence: 0.6 })
          // Slots after the gap hold the block before theirs; the last two exchanged.
          const cells = a.blocks.map((_, slot): SlotCell | null => (slot < wrong ? cellOf(slot) : slot === wrong ? null : cellOf(slot === last ? last - 2 : slot === last - 1 ? last - 1 : slot - 1)))
          const affinity = memberAffinity(families[k]!, LANGUAGES.indexOf(lang), halves[k % 2]!)!
          const single = (s: number): number | undefined => (cells[s] === null ? undefined : segments.findIndex((x) => x.id === cells[s]!.segments[0]))
          shiftGaps(slots, cells, single, segments, segments.map((s) => vocabularies.encode(lang, s.text)), affinity, [[slots[last - 1]!.id, slots[last]!.id]])
          const result = cells.map((c) => (c === null ? null : keep[segments.findIndex((s) => s.id === c.segments[0])]!))
          cases++
          if (result.every((block, i) => (i === last ? block === null : block === i))) fixed++
        }
      }
    }
    expect(cases).toBeGreaterThanOrEqual(40)
    // 103 of 160 (0 on the old code, which moved the cells with the exchange kept).
    expect(fixed).toBeGreaterThanOrEqual(cases / 2)
  })
})

describe('a gap whose moved text the words find in neither place', () => {
  // Half-corpus links find some paragraphs at under half the usual rate in their own slot as well as in the one
  // beside it (Thai and Arabic most): the words say nothing of either place, and the slots' length shares, which
  // save a clear cost when the gap moves, place it.
  it('moves a gap left one paragraph or turn off by the lengths the slots expect, and leaves a gap in its place', () => {
    let fixed = 0
    let cases = 0
    let moved = 0
    let kept = 0
    for (const lang of ['de', 'ar', 'th']) {
      for (const { a, k } of [...plain, ...qa]) {
        const blocks = a.shape === 'qa' ? Math.max(...a.blocks.map((b) => b.turn ?? 0)) : a.blocks.length - 1
        const lostOf = (n: number): number[] => (a.shape === 'qa' ? turn(a, n) : [n])
        for (let n = 2; n <= blocks; n++) {
          const lost = lostOf(n)
          for (const wrong of [n - 1, n + 1].filter((w) => w >= (a.shape === 'qa' ? 1 : 2) && w <= blocks)) {
            cases++
            const result = shifted(k, lang, lost, lostOf(wrong), measuredSlots)
            if (result.every((block, i) => (lost.includes(i) ? block === null : block === i))) fixed++
          }
          kept++
          const result = shifted(k, lang, lost, lost, measuredSlots)
          if (result.some((block, i) => (lost.includes(i) ? block !== null : block !== i))) moved++
        }
      }
    }
    expect(cases).toBeGreaterThanOrEqual(400)
    // 308 of 456 (289 when the words had to reach half the usual rate in the new slots).
    expect(fixed).toBeGreaterThanOrEqual(300)
    // 2 of 300 (1 before).
    expect(moved).toBeLessThanOrEqual(3)
  }, 240_000)
})
