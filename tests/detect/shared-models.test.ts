import { readFileSync, readdirSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { adoptProfileModels, knownWords, profiledLanguages, profilePosterior, shareProfileModels, useProfileData } from '../../src/detect/languageProfiles.js'
import { buildStringTable, stringRow } from '../../src/detect/stringTable.js'

const corpus = new URL('../../corpus/', import.meta.url)
/** Paragraphs of the seed articles and lines of each labelled language source. */
const texts = [
  ...readdirSync(corpus)
    .sort()
    .flatMap((f) => readFileSync(new URL(f, corpus), 'utf8').split(/\n\s*\n/u)),
  ...readdirSync(new URL('../../data/langid/sources/', import.meta.url))
    .sort()
    .flatMap((f) => readFileSync(new URL(`../../data/langid/sources/${f}`, import.meta.url), 'utf8').split('\n').filter((_, i) => i % 400 === 0)),
]

afterAll(() => useProfileData())

describe('detection models shared between threads', () => {
  it('scores every text the same with models adopted from shared memory as with the thread’s own', () => {
    const lists = [profiledLanguages(), ['zsm', 'ind'], ['rus', 'ukr', 'bel'], ['kaz', 'kir', 'tat']]
    const score = (): unknown => texts.flatMap((text) => lists.map((languages) => [[...profilePosterior(text, languages)], knownWords(text, languages)]))
    const own = score()
    // What a worker thread receives: a structured clone, whose typed arrays still view the sender's memory.
    const received = structuredClone(shareProfileModels())
    expect(received.tables.ngrams.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(received.tables.wordRows.buffer).toBeInstanceOf(SharedArrayBuffer)
    useProfileData()
    adoptProfileModels(received)
    expect(score()).toEqual(own)
  })
})

describe('buildStringTable', () => {
  it('finds every string at its row and no other string', () => {
    const words = [...new Set(texts.flatMap((t) => t.toLowerCase().split(/\s+/u)))].filter((w) => w !== '')
    const kept = words.filter((_, i) => i % 2 === 0)
    const table = buildStringTable(kept)
    kept.forEach((word, row) => expect(stringRow(table, word)).toBe(row))
    for (const word of words.filter((_, i) => i % 2 === 1)) expect(stringRow(table, word)).toBe(-1)
    expect(stringRow(buildStringTable([]), 'a')).toBe(-1)
  })
})
