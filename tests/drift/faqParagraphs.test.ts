import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument } from '../../src/index.js'

const PAGE = 'docs/concepts/distributions.md'
const CONTENT = resolve(import.meta.dirname, '../../data/docs-dev/opentelemetry-concepts/content')
const LANGUAGES = ['en', 'es', 'fr', 'ja', 'pt', 'ro', 'zh']

describe('an FAQ-like page whose headings ask in some languages only', () => {
  it('reads each paragraph under a question heading as an answer of its turn', () => {
    const path = join(CONTENT, 'en', PAGE)
    const doc = parseDocument(readFileSync(path, 'utf8'), { id: path, path })
    const answers = doc.segments.filter((s) => s.role === 'answer' && s.turn === 1)
    // "What is a distribution?": three paragraphs and a list of six items.
    expect(answers.length).toBeGreaterThanOrEqual(9)
  })

  it('aligns a known-faithful translation that phrases them as statements, with no drift reason', async () => {
    // OpenTelemetry's "Distributions" page: the English asks three of its five section headings; the Japanese
    // translation (which names the English commit it follows: faithful) asks none (`ディストリビューションとは何か`).
    // With each question's paragraphs joined into one answer, the Japanese sections had one segment against nine
    // and the translation scored drift 0.51 (split, extra, replaced).
    const dataset = await alignCorpus(LANGUAGES.map((l) => join(CONTENT, l, PAGE)), { workers: 1 })
    const family = dataset.families.find((f) => !f.alone)!
    expect(family.documents.length).toBe(LANGUAGES.length)
    const ja = dataset.drift.find((r) => r.document.includes('/ja/'))!
    expect(ja.reasons.filter((r) => r.score >= 0.5)).toEqual([])
    expect(ja.score).toBeLessThan(0.05)
  })
})
