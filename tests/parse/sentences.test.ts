import { describe, expect, it } from 'vitest'
import { itemEnd } from '../../src/align/signals/boundaries.js'
import { lineShape, splitSentences } from '../../src/index.js'

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
})
