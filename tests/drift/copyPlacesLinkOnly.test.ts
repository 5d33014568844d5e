import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { paragraphPlaces } from '../../src/drift/copyPlaces.js'
import { segmentRanges } from '../../src/parse/inlineRanges.js'
import type { ParsedDocument } from '../../src/types.js'

const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

/** A dev document, parsed without detection and given the language its path names. */
function parsed(file: string, bcp47: string, iso6393: string): ParsedDocument {
  const doc = parseDocument(readFileSync(resolve(DEV, file), 'utf8'), { path: resolve(DEV, file), detect: false })
  return { ...doc, language: { iso6393, bcp47, script: 'Latn', confidence: 1, candidates: [] } }
}

/** The texts of the paragraphs the copy check reads in a document alone. */
function checked(doc: ParsedDocument): string[] {
  return paragraphPlaces(doc.id, doc, undefined).map((p) => p.sentences.join(' '))
}

describe('the copy check leaves out a paragraph that is one link\'s text, however the link is written', () => {
  it('leaves out a link inside emphasis (free-programming-books HOWTO: *[Read this in other languages](…)*)', () => {
    const texts = checked(parsed('free-programming-books-howto/docs/HOWTO.md', 'en', 'eng'))
    expect(texts.some((t) => t.startsWith('We welcome new contributors;'))).toBe(true)
    expect(texts).not.toContain('Creating a pull request')
    expect(texts).not.toContain('Read this in other languages')
  })

  it('keeps a link\'s text whole over a sentence cut, and leaves it out (OpenTelemetry: `- [.NET](…)` read as `.` and `NET`)', () => {
    const doc = parsed('opentelemetry-concepts/content/en/docs/concepts/instrumentation/zero-code/index.md', 'en', 'eng')
    const net = doc.segments.find((s) => s.text === '.NET')!
    expect(net.sentences.length).toBe(2)
    expect(segmentRanges(net)).toEqual([{ kind: 'link', start: 0, end: 4 }])
    expect(checked(doc)).not.toContain('. NET')
  })
})
