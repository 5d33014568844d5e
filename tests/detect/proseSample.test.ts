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

describe('proseSample', () => {
  it('reads all the prose up to the letters asked for, else every k-th text, k the times the prose holds them', () => {
    const prose = ['Eins zwei drei.', 'Vier fünf sechs.', 'Sieben acht neun.', 'Zehn elf zwölf.', 'Dreizehn vierzehn.']
    const counts = prose.map((p) => p.match(/\p{L}/gu)!.length)
    const total = counts.reduce((a, b) => a + b, 0)
    expect(proseSample(prose, counts, total)).toBe(prose.join('\n\n'))
    expect(proseSample(prose, counts, Infinity)).toBe(prose.join('\n\n'))
    expect(proseSample(prose, counts, Math.ceil(total / 2))).toBe(prose.join('\n\n'))
    expect(proseSample(prose, counts, Math.floor(total / 2))).toBe([prose[0], prose[2], prose[4]].join('\n\n'))
    expect(proseSample(prose, counts, Math.floor(total / 3))).toBe([prose[0], prose[3]].join('\n\n'))
    expect(proseSample([], [], 10)).toBe('')
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
