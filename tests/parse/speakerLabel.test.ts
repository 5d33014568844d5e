import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { speakerLabel } from '../../src/parse/speakerLabel.js'

describe('speaker labels', () => {
  it('reads a label whose turn begins with a number, in any script', () => {
    expect(speakerLabel('问：1770年，他的兄弟被曝與人通姦？')?.label).toBe('问')
    expect(speakerLabel('Q: 2020 was a hard year?')?.rest).toBe('2020 was a hard year?')
    expect(speakerLabel('В: 15 лет назад?')?.label).toBe('В')
  })

  it('does not take a time or a link for a label', () => {
    expect(speakerLabel('Meeting at 5:30 today.')).toBeUndefined()
    expect(speakerLabel('10:30 is late')).toBeUndefined()
    expect(speakerLabel('https://example.org is the site')).toBeUndefined()
  })

  it('parses a Chinese interview whose questions start with years as questions and answers', () => {
    const text = ['拉博夫的演出', '这是引言。', '问：1770年，他的兄弟亨利王子被曝與人通姦？', '答：她1981年的專輯是她賣得最好的專輯之一。', '问：《聖路易郵報》稱其為拉博夫最佳的演出作品之一？', '答：汽車突然著火，肯瑟斯轉身離開。'].join('\n\n')
    const roles = parseDocument(text, { id: 'zh.md' }).segments.map((s) => s.role)
    expect(roles).toEqual(['title', 'intro', 'question', 'answer', 'question', 'answer'])
  })
})
