import { describe, expect, it } from 'vitest'
import { buildPivot, parseDocument } from '../../src/index.js'
import { refitCells } from '../../src/drift/refitCells.js'
import type { Affinity } from '../../src/drift/slotAffinity.js'
import { contentSegments } from '../../src/pivot/contentSegments.js'
import type { PivotAlignment } from '../../src/pivot/types.js'
import type { ParsedDocument } from '../../src/types.js'
import { LANGUAGES, articles, texts, vocabularies } from './newsFamilies.js'

// Real professional translations (PUD): every plain news article in six languages, its consensus pivot built from
// the six faithful renderings (slots with the numbers most of them write). One translation then has two
// neighbouring paragraphs in each other's places, aligned in document order as a monotone aligner leaves them, and
// the word links have nothing to say (a language pair without a lexicon, or too few linked words): the numbers
// alone put the two back.
const plain = articles.filter((a) => a.shape === 'plain' && a.blocks.length >= 5)
const blind = (): Affinity => ({ ratio: undefined, z: undefined, recall: undefined, recallZ: undefined, precision: undefined, precisionZ: undefined })

function parse(blocks: readonly string[], id: string): ParsedDocument {
  return parseDocument(blocks.join('\n\n') + '\n', { id })
}

const pivots = plain.map((article) => buildPivot(LANGUAGES.map((l) => parse(texts(article, l), `${article.id}-${l}.txt`)), { id: article.id }))

/** The member's alignment after the re-fit, the paragraphs at `i` and `i + 1` exchanged (or not). */
function refit(k: number, lang: string, i: number | undefined) {
  const article = plain[k]!
  const pivot = pivots[k]!
  const own = texts(article, lang)
  const order = own.map((_, j) => (i === undefined ? j : j === i ? i + 1 : j === i + 1 ? i : j))
  const segments = contentSegments(parse(order.map((j) => own[j]!), `${article.id}-${lang}-moved.txt`))
  if (pivot.slots.length !== own.length || segments.length !== own.length) return undefined
  const alignment: PivotAlignment = {
    document: 'doc',
    pivot: pivot.id,
    cells: segments.map((s) => ({ segments: [s.id], sentences: s.sentences.map((x) => x.id), confidence: 0.9 })),
    extra: [],
    reordered: [],
    method: 'hub',
  }
  const result = refitCells(pivot.slots, segments, alignment, segments.map((s) => vocabularies.encode(lang, s.text)), blind)
  return { pivot, segments, result }
}

describe('two paragraphs in each other’s places, told by their numbers', () => {
  it('puts back a swap whose numbers the other slot expects, and moves no faithful translation', () => {
    let swaps = 0
    let putBack = 0
    let faithfulMoved = 0
    for (let k = 0; k < plain.length; k++) {
      for (const lang of LANGUAGES.slice(1)) {
        const faithful = refit(k, lang, undefined)
        if (faithful === undefined) continue
        if (faithful.result.reordered.length > 0 || faithful.result.cells.some((c, s) => c?.segments[0] !== faithful.segments[s]!.id)) faithfulMoved++
        const { pivot } = faithful
        for (let i = 1; i + 1 < pivot.slots.length; i++) {
          const [a, b] = [pivot.slots[i]!, pivot.slots[i + 1]!]
          // Only pairs where a slot has a number of its own (most renderings write it, the other slot does not).
          const ownNumber = (x: typeof a, y: typeof a): boolean => x.anchors.some((n) => n.kind === 'number' && n.key.length > 1 && (n.support ?? 1) >= 0.5 && !y.anchors.some((m) => m.kind === 'number' && m.key === n.key))
          if (!ownNumber(a, b) && !ownNumber(b, a)) continue
          const moved = refit(k, lang, i)!
          swaps++
          const back = moved.result.cells[i]?.segments[0] === moved.segments[i + 1]!.id && moved.result.cells[i + 1]?.segments[0] === moved.segments[i]!.id
          if (back && moved.result.reordered.some(([x, y]) => x === a.id && y === b.id)) putBack++
        }
      }
    }
    expect(faithfulMoved).toBe(0)
    expect(swaps).toBeGreaterThanOrEqual(20)
    // 219 of 225 (none on the old code: the words alone had nothing to say).
    expect(putBack).toBeGreaterThanOrEqual(swaps * 0.9)
  }, 300_000)
})
