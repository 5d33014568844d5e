import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { detectLanguage } from '../../src/detect/detectLanguage.js'
import { proseLanguage, proseText } from '../../src/detect/documentLanguage.js'
import type { LanguageGuess, Segment } from '../../src/types.js'

const pud = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud')
const sentences = (lang: string): string[] => readFileSync(join(pud, `${lang}.tsv`), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[1] ?? '').filter((s) => s !== '')

/** The content segments of a Markdown article of six paragraphs of three German PUD sentences each. */
function germanSegments(): Segment[] {
  const all = sentences('de')
  const paragraphs = [0, 1, 2, 3, 4, 5].map((p) => all.slice(3 * p, 3 * p + 3).join(' '))
  const doc = parseDocument(paragraphs.join('\n\n'), { id: 'de.md' })
  return doc.segments.filter((s) => s.role !== 'boilerplate' && s.role !== 'code')
}

/** A segment's own guess that records which texts were judged on their own. */
function recordingOwn(): { own: (text: string) => LanguageGuess; judged: string[] } {
  const judged: string[] = []
  return { judged, own: (text) => (judged.push(text), detectLanguage(text)) }
}

describe('proseLanguage: the whole-prose guess and the segments\' cheap checks', () => {
  const segments = germanSegments()
  const prose = segments.map(proseText)

  it('lets segments that read as a confident whole vote without a detection of their own', () => {
    const { own, judged } = recordingOwn()
    const guess = proseLanguage(segments, own, {}, { reads: () => true })
    expect(guess.iso6393).toBe('deu')
    expect(judged).toEqual([])
  })

  it('judges every segment on its own when those that read as the whole hold fewer than half the voting letters', () => {
    // The whole is confidently German, but the checks read only the first two of six paragraphs as it.
    const readable = new Set(prose.slice(0, 2))
    const { own, judged } = recordingOwn()
    const guess = proseLanguage(segments, own, {}, { reads: (text) => readable.has(text) })
    expect(guess.iso6393).toBe('deu')
    expect(judged.sort()).toEqual([...prose].sort())
  })

  it('skips the checks when the whole is guessed below the confidence a vote needs, however many would read as it', () => {
    const { own, judged } = recordingOwn()
    let asked = 0
    proseLanguage(segments, own, { voteConfidence: 1.01 }, { reads: () => (asked++, true) })
    expect(asked).toBe(0)
    expect(judged.sort()).toEqual([...prose].sort())
  })
})
