import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument } from '../../src/index.js'
import { paragraphPlaces } from '../../src/drift/copyPlaces.js'
import type { Dataset } from '../../src/types.js'

// Known-faithful translations of OpenTelemetry's concept pages (data/docs-dev: each names the English commit it
// translates in its front matter), read together as a user reads a site's folder: several pages of one site, each a
// family. Every `replaced` on them is a false alarm. Two more dev sets in the same languages (Hexo's and Vite's
// pages) go with them, so that the word links the content check learns are about those of the whole dev corpus.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const CONCEPTS = resolve(DEV, 'opentelemetry-concepts')
const PRIMER = resolve(DEV, 'opentelemetry-observability-primer')
const MORE = ['hexo-troubleshooting', 'vite-getting-started'].map((set) => resolve(DEV, set))

/** The slots (with their label) of the document whose path ends with `file` that have a `replaced` reason ≥ 0.5. */
function replaced(dataset: Dataset, file: string): string[] {
  const doc = dataset.documents.find((d) => (d.path ?? '').endsWith(file))
  expect(doc).toBeDefined()
  const report = dataset.drift.find((r) => r.document === doc!.id)!
  return report.slots.filter((s) => s.reasons.some((r) => r.code === 'replaced' && r.score >= 0.5)).map((s) => s.slot)
}

describe('a table of contents entry is a label, not a paragraph copied from another page', () => {
  it('leaves a list item that is one link out of the paragraphs the copy search compares', () => {
    // The Romanian Distributions page lists what OpenTelemetry is available as: `- [Biblioteci de instrumentație
    // specifice limbajului](../instrumentation)`, a link to another page, whose words the site's other pages write
    // in their headings and sentences; the other item (`- Un [Colector binar](…)`) has words of its own.
    const doc = parseDocument(readFileSync(resolve(CONCEPTS, 'content/ro/docs/concepts/distributions.md'), 'utf8'), { id: 'ro-distributions' })
    const places = paragraphPlaces('family-x', doc, undefined)
    expect(places.some((p) => p.sentences.join(' ').startsWith('Un Colector binar'))).toBe(true)
    expect(places.filter((p) => p.sentences.join(' ').startsWith('Biblioteci de instrumentație specifice limbajului'))).toEqual([])
  })
})

describe('replaced on the known-faithful OpenTelemetry pages, read as one site', () => {
  let dataset: Dataset
  const run = async (): Promise<Dataset> => (dataset ??= await alignCorpus([CONCEPTS, PRIMER, ...MORE], { level: 'turn', workers: 1 }))

  it('does not take a contents entry for text copied from the page whose sentence holds its words', async () => {
    const data = await run()
    expect(replaced(data, 'ro/docs/concepts/components.md')).toEqual([])
    expect(replaced(data, 'en/docs/concepts/components.md')).toEqual([])
  }, 300_000) // four dev sets aligned once: minutes on a loaded machine

  it('does not report a cell as replaced when the slot’s text stands unplaced right beside it', async () => {
    // The Japanese primer has the English paragraph on a web page's request path (four of the six members lack it,
    // so the pivot has no slot for it) and then the one on tracing without which root causes are hard to find; the
    // aligner put the first in the slot of the second, which it left unplaced beside.
    const data = await run()
    expect(replaced(data, 'ja/docs/concepts/observability-primer.md')).toEqual([])
  }, 300_000)

  it('does not take a heading that keeps an English term for one left in English', async () => {
    // The Japanese Components page titles a section `Function as a Serviceアセット`: four of its five words are the
    // English heading's, and its Latin letters outweigh its kana, yet the kana are a word translated around the term.
    const data = await run()
    expect(replaced(data, 'ja/docs/concepts/components.md')).toEqual([])
  }, 300_000)
})
