import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument } from '../../src/index.js'
import { originalByForeignText } from '../../src/pipeline/originalByForeignText.js'
import type { LanguageGuess, ParsedDocument, Segment } from '../../src/types.js'

const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

const guess = (iso6393: string, confidence = 1): LanguageGuess => ({ iso6393, bcp47: iso6393, script: 'Latn', confidence, candidates: [] })

/** A document in `own` whose prose holds one sentence in each language of `foreign` (guessed with `confidence`). */
function document(id: string, own: string, foreign: string[], role: Segment['role'] = 'body', confidence = 1): ParsedDocument {
  const sentences = [own, ...foreign].map((language, n) => ({ id: `s1.${n + 1}`, text: 'x', start: n, end: n + 1, language: guess(language, n === 0 ? 1 : confidence) }))
  const segment: Segment = { id: 's1', role, text: 'x', paragraphs: 1, place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }, sentences }
  return { id, sha256: '', text: 'x', segments: [segment], diagnostics: [], language: guess(own) }
}

describe('the original the other members’ text names', () => {
  it('is the member whose language the others’ prose keeps', () => {
    const family = [document('a', 'fra', []), document('b', 'deu', ['fra', 'fra']), document('c', 'jpn', ['fra']), document('d', 'kor', [])]
    expect(originalByForeignText(family)).toBe('a')
  })

  it('is none when the evidence is thin, in code, shared by two languages, or in a language two members write', () => {
    // Two sentences only.
    expect(originalByForeignText([document('a', 'fra', []), document('b', 'deu', ['fra']), document('c', 'jpn', ['fra'])])).toBeUndefined()
    // One member only keeps the language.
    expect(originalByForeignText([document('a', 'fra', []), document('b', 'deu', ['fra', 'fra', 'fra']), document('c', 'jpn', [])])).toBeUndefined()
    // Code is not prose.
    expect(originalByForeignText([document('a', 'fra', []), document('b', 'deu', ['fra', 'fra'], 'code'), document('c', 'jpn', ['fra', 'fra'], 'code')])).toBeUndefined()
    // Two languages kept about as often.
    expect(originalByForeignText([document('a', 'fra', []), document('b', 'deu', ['fra', 'fra', 'jpn']), document('c', 'jpn', ['fra', 'deu', 'deu'])])).toBeUndefined()
    // French is written by two members: which one is the original is not the others' text to say.
    expect(originalByForeignText([document('a', 'fra', []), document('a2', 'fra', []), document('b', 'deu', ['fra', 'fra']), document('c', 'jpn', ['fra', 'fra'])])).toBeUndefined()
  })

  it('takes no sentence guessed unsurely for a sign of the original\'s language', () => {
    // Every translation of Puter's README (HeyPuter/puter) keeps the line `Mastodon: mastodon.social/@puter`: names
    // and a URL, guessed Spanish with next to no confidence. It named the Spanish translation the family's source.
    const line = parseDocument('Mastodon: mastodon.social/@puter\n').segments[0]!.sentences[0]!.language!
    expect(line.iso6393).toBe('spa')
    expect(line.confidence).toBeLessThan(0.05)
    const family = [document('es', 'spa', []), ...['deu', 'jpn', 'kor', 'rus', 'cmn'].map((own) => document(own, own, ['spa'], 'body', line.confidence))]
    expect(originalByForeignText(family)).toBeUndefined()
    expect(originalByForeignText(family.map((d, i) => (i === 0 ? d : document(d.id, d.id, ['spa']))))).toBe('es')
  })

  it('names the English page of a site whose every path names its language as the family’s source', async () => {
    // OpenTelemetry keeps content/<language>/…: the paths do not say which is the original, and the consensus is
    // built around a translation; the translations keep English sentences (untranslated notes, quoted terms).
    const dataset = await alignCorpus([join(DEV, 'opentelemetry-observability-primer')], { level: 'turn', workers: 1 })
    const family = dataset.families.find((f) => !f.alone)!
    expect(family.source).toMatch(/content\/en\//u)
    expect(dataset.pivots.find((p) => p.id === family.id)!.document).not.toBe(family.source)
  })
})
