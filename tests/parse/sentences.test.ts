import { describe, expect, it } from 'vitest'
import { itemEnd } from '../../src/align/signals/boundaries.js'
import { readFileSync } from 'node:fs'
import { lineShape, parseDocument, splitSentences } from '../../src/index.js'

describe('splitSentences', () => {
  it.each([
    ['Khmer khan', 'ខ្ញុំទៅផ្សារ។ គាត់នៅផ្ទះ។', ['ខ្ញុំទៅផ្សារ។', 'គាត់នៅផ្ទះ។']],
    ['Khmer khan with no space', 'ខ្ញុំទៅផ្សារ។គាត់នៅផ្ទះ', ['ខ្ញុំទៅផ្សារ។', 'គាត់នៅផ្ទះ']],
    ['Devanagari danda', 'मैं घर गया। वह बाज़ार गई।', ['मैं घर गया।', 'वह बाज़ार गई।']],
    ['CJK full stop', '我回家了。她去市场了。', ['我回家了。', '她去市场了。']],
    ['Cyrillic', 'Ол үйге барды. Сен қайдасың?', ['Ол үйге барды.', 'Сен қайдасың?']],
    ['an abbreviation', 'Dr. Smith came. He left.', ['Dr. Smith came.', 'He left.']],
  ])('splits %s', (_what, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected)
  })

  it('gives offsets that slice the input back', () => {
    const text = '  First one.  Second one?  '
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('returns nothing for blank text', () => {
    expect(splitSentences('   \n ')).toEqual([])
  })

  it('ends a line where the aligner ends an item, in every script (one definition of sentence-final marks)', () => {
    const disagree: string[] = []
    for (let code = 0x21; code < 0x30000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const line = `word${String.fromCodePoint(code)}`
      if (lineShape(line).terminal !== (itemEnd(line) === 'sentence')) disagree.push(`U+${code.toString(16)}`)
    }
    expect(disagree).toEqual([])
    // The Armenian comma continues a sentence; the fullwidth full stop of Japanese and Chinese text ends one.
    expect(lineShape('Երբ նա եկավ՝').terminal).toBe(false)
    expect(lineShape('東京は日本の首都です．').terminal).toBe(true)
  })

  const sentencesOf = (path: string, piece: string): string[] => {
    const doc = parseDocument(readFileSync(path, 'utf8'), { id: path, path })
    return doc.segments.find((s) => s.text.includes(piece))?.sentences.map((x) => x.text) ?? []
  }

  it('ends a sentence at a short dotted word the page also writes without its dot (no list of abbreviations)', () => {
    // Starship's README: "… (v1.2.30+) with Cmd." then "Create a file …", under a `<summary>Cmd</summary>`.
    for (const [lang, next] of [['', 'Create a file'], ['docs/ru-RU/guide/', 'Создайте файл'], ['docs/ar-SA/guide/', 'قم بإنشاء']] as const) {
      const path = `data/docs-dev/starship-readme/${lang}README.md`
      const sentences = sentencesOf(path, 'Cmd.')
      expect(sentences, path).toHaveLength(2)
      expect(sentences[1], path).toMatch(new RegExp(`^${next}`, 'u'))
    }
    // KernelSU's FAQ: "Yes. KernelSU requires an unlocked bootloader." (the page writes "Yes," elsewhere).
    expect(sentencesOf('tests/fixtures/real/kernelsu-faq/website/docs/guide/faq.md', 'requires an unlocked bootloader')).toHaveLength(2)
    // A title before a name stays glued: no "Dr" without its dot on the page.
    expect(splitSentences('We met Dr. Smith at noon. He left.').map((s) => s.text)).toEqual(['We met Dr. Smith at noon.', 'He left.'])
  })

  it('ends a sentence at a full stop after Hangul or Han before a lowercase Latin word', () => {
    // Starship's Korean FAQ: "…추가할 수 있어야 합니다. starship 바이너리는 …".
    const sentences = sentencesOf('data/docs-dev/starship-faq/docs/ko-KR/faq/README.md', '추가할 수 있어야 합니다')
    expect(sentences.some((s) => s.startsWith('starship 바이너리는'))).toBe(true)
    expect(splitSentences('東京は日本の首都です． tokyo は大きい。').map((s) => s.text)).toEqual(['東京は日本の首都です．', 'tokyo は大きい。'])
    // In a cased script a lowercase word after a dot continues the sentence ("e.g. foo").
    expect(splitSentences('Use a flag, e.g. foo, then run it.')).toHaveLength(1)
  })
})
