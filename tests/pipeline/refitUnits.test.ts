import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { alignPair } from '../../src/pivot/alignPair.js'
import { alignToPivot } from '../../src/pivot/alignToPivot.js'
import { buildPivot } from '../../src/pivot/buildPivot.js'
import { sentenceUnits } from '../../src/pipeline/alignedUnits.js'
import type { PivotAlignment } from '../../src/pivot/types.js'
import { sentencesText } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'

// Real translations (PUD): an English article and its German translation with two paragraphs swapped. The pair
// aligner, monotone, pairs them in document order; the content re-fit then puts each paragraph back on its own
// slot. Sentence units must follow the re-fitted cells, not the pair's sentence beads.
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), ['en', 'de'])
const articles = buildArticles(sentences).filter((a) => a.origin === 'news' && a.shape === 'plain' && a.blocks.length >= 5).slice(0, 4)

describe('sentence units after cells moved by content', () => {
  it.each(articles.map((a) => [a.id, a] as const))('keeps each moved paragraph’s sentences in its own slot (%s)', (_, article) => {
    const text = (lang: string, order: readonly number[]) => order.map((i) => sentencesText(sentences, article.blocks[i]!.sentences, lang)).join('\n\n') + '\n'
    const inOrder = article.blocks.map((_, i) => i)
    const swapped = inOrder.map((i) => (i === 2 ? 3 : i === 3 ? 2 : i))
    const en = parseDocument(text('en', inOrder), { id: 'en.txt' })
    const de = parseDocument(text('de', swapped), { id: 'de.txt' })
    const pivot = buildPivot([en], { from: 'en.txt' })
    const cache = new Map()
    const hubCells = alignToPivot(pivot, en, { hub: en, cache })
    const plain = alignToPivot(pivot, de, { hub: en, cache })
    // What the re-fit makes of it: the German paragraphs of blocks 2 and 3 on slots 2 and 3.
    const cells = [...plain.cells]
    const cellOf = (k: number) => ({ segments: [de.segments[k]!.id], sentences: de.segments[k]!.sentences.map((s) => s.id), confidence: 0.5 })
    cells[2] = cellOf(3)
    cells[3] = cellOf(2)
    const refitted: PivotAlignment = { ...plain, cells, reordered: [[pivot.slots[2]!.id, pivot.slots[3]!.id]] }
    const hubPairs = new Map([['de.txt', alignPair(en, de, { cache }, true)]])
    const units = sentenceUnits('f', pivot, en, [en, de], [hubCells, refitted], hubPairs, [])
    const beads = hubPairs.get('de.txt')!.segments.flatMap((b) => b.sentences)
    for (const slot of [2, 3]) {
      const id = pivot.slots[slot]!.id
      const spans = units.filter((u) => u.slot === id).flatMap((u) => u.spans['de.txt'] ?? [])
      expect(spans.sort()).toEqual([...cells[slot]!.sentences].sort())
      // A unit holds German sentences the pair aligned to its English ones, or (sentences the pair aligned to another
      // slot's) the whole slot in one unit.
      for (const unit of units.filter((u) => u.slot === id)) {
        const whole = unit.spans['en.txt']!.length === hubCells.cells[slot]!.sentences.length
        for (const sentence of unit.spans['de.txt'] ?? []) {
          const bead = beads.find((b) => b.target.includes(sentence))
          expect(whole || bead?.source.some((x) => unit.spans['en.txt']!.includes(x)), `${id} ${sentence}`).toBe(true)
        }
      }
    }
    // Slots that did not move keep one unit per sentence group, with the German sentences aligned to them.
    const first = units.filter((u) => u.slot === pivot.slots[1]!.id)
    expect(first.flatMap((u) => u.spans['de.txt'] ?? []).sort()).toEqual(de.segments[1]!.sentences.map((s) => s.id).sort())
  })
})
