import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { proseSample, WHOLE_SAMPLE_LETTERS } from '../../src/detect/documentLanguage.js'

const pud = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud')
const sentences = (lang: string): string[] => readFileSync(join(pud, `${lang}.tsv`), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[1] ?? '').filter((s) => s !== '')

/** An article of paragraphs of three PUD sentences each, the paragraphs `from`…`to` of the language's file. */
function article(lang: string, from: number, to: number): string[] {
  const all = sentences(lang)
  const paragraphs: string[] = []
  for (let p = from; p < to; p++) paragraphs.push(all.slice(3 * p, 3 * p + 3).join(' '))
  return paragraphs
}

const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0

describe('proseSample', () => {
  it('reads all the prose up to twice the letters asked for, else a window of whole words at the start of each of k parts of equal letters', () => {
    const prose = ['Eins zwei drei.', 'Vier fünf sechs.', 'Sieben acht neun.', 'Zehn elf zwölf.', 'Dreizehn vierzehn.']
    const counts = prose.map(letters)
    const total = counts.reduce((a, b) => a + b, 0)
    expect(proseSample(prose, counts, total)).toBe(prose.join('\n\n'))
    expect(proseSample(prose, counts, Infinity)).toBe(prose.join('\n\n'))
    expect(proseSample(prose, counts, 0)).toBe(prose.join('\n\n'))
    expect(proseSample(prose, counts, Number.NaN)).toBe(prose.join('\n\n'))
    expect(proseSample(prose, counts, Math.ceil(total / 2))).toBe(prose.join('\n\n'))
    // 67 letters, 33 asked: two parts, from letters 0 and 33 a window of 17 letters, widened to whole words.
    expect(proseSample(prose, counts, Math.floor(total / 2))).toBe(['Eins zwei drei.', 'Vier fünf', 'acht neun.', 'Zehn elf zwölf.'].join('\n\n'))
    // 22 asked: three parts, from letters 0, 22 and 44 a window of 8 letters each.
    expect(proseSample(prose, counts, Math.floor(total / 3))).toBe(['Eins zwei', 'sechs.', 'Sieben', 'elf zwölf.', 'Dreizehn'].join('\n\n'))
    expect(proseSample([], [], 10)).toBe('')
  })

  it('reads a word of a text once when two windows reach it', () => {
    const prose = ['Eins zwei drei.', 'Vier fünf sechs.', 'Sieben acht neun.', 'Zehn elf zwölf.', 'Dreizehn vierzehn.']
    const pieces = proseSample(prose, prose.map(letters), 5).split('\n\n')
    expect(pieces).toEqual(['Eins', 'zwei', 'drei.', 'Vier', 'sechs.', 'Sieben', 'neun.', 'Zehn', 'zwölf.', 'Dreizehn', 'vierzehn.'])
  })

  it('samples by letters, not by texts: short headings between long paragraphs are read at their share of the letters', () => {
    const paragraphs = article('de', 0, 12)
    const headings = paragraphs.map((_, i) => `Teil ${i + 1}`)
    const prose = paragraphs.flatMap((p, i) => [headings[i]!, p])
    const sample = proseSample(prose, prose.map(letters), WHOLE_SAMPLE_LETTERS)
    const pieces = sample.split('\n\n')
    expect(letters(sample)).toBeGreaterThanOrEqual(WHOLE_SAMPLE_LETTERS)
    // Whole words around each window only: far less than the paragraphs the windows start in.
    expect(letters(sample)).toBeLessThan(1.5 * WHOLE_SAMPLE_LETTERS)
    expect(letters(pieces.filter((t) => headings.includes(t)).join(''))).toBeLessThan(0.1 * letters(sample))
    expect(pieces.every((piece) => prose.some((text) => text.includes(piece)))).toBe(true)
    const titled = ['Titel', paragraphs.join(' ')]
    const read = proseSample(titled, titled.map(letters), WHOLE_SAMPLE_LETTERS).split('\n\n')
    expect(read[0]).toBe('Titel')
    expect(paragraphs[0]!.startsWith(read[1]!.slice(0, 40))).toBe(true)
    expect(read.length).toBeGreaterThan(3)
  })
})

describe('the whole-prose guess on a sample', () => {
  it('gives every document, segment and sentence of long PUD articles the language it had when the guess read all the prose', () => {
    for (const lang of ['de', 'ru', 'id', 'hi', 'zh', 'ar']) {
      const text = `${article(lang, 0, 24).join('\n\n')}\n`
      const sampled = parseDocument(text)
      const whole = parseDocument(text, { detection: { wholeSampleLetters: Infinity } })
      expect(text.match(/\p{L}/gu)!.length).toBeGreaterThan(2 * WHOLE_SAMPLE_LETTERS)
      const languages = (d: typeof whole): string[] => [d.language!.iso6393, ...d.segments.flatMap((s) => [s.language!.iso6393, ...s.sentences.map((x) => x.language!.iso6393)])]
      expect(languages(sampled)).toEqual(languages(whole))
    }
  })
})
