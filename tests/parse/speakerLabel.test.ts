import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { speakerLabel } from '../../src/parse/speakerLabel.js'
import { findSpeakers } from '../../src/parse/speakers.js'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

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

describe('speakers', () => {
  // A README's remarks (`**Note:**`, `Example:`) open 8 of its 60 paragraphs, now one label, now the other
  // (tests/fixtures/sites/bat-readme: sharkdp/bat, MIT): no dialogue, so no intro, question or answer.
  const readme = readFileSync('tests/fixtures/sites/bat-readme/README.md', 'utf8')

  it('takes no remark labels a page opens now and then for speakers taking turns', () => {
    const doc = segmentDocument(readme, { path: 'README.md' })
    expect(doc.segments.filter((s) => s.role === 'intro' || s.role === 'question' || s.role === 'answer').map((s) => s.text.slice(0, 40))).toEqual([])
    expect(doc.segments.find((s) => s.text.startsWith('Example: To open all files called'))?.role).toBe('body')
  })

  it('takes no remark labels under a paragraph of prose (`Usage: …`, `Note: …`) for speakers taking turns', () => {
    // Xray's configuration reference (tests/fixtures/sites/xray-fallback: XTLS/Xray-docs-next, CC BY-SA 4.0): under
    // each option a usage line and a note, `用途：…` then `注意：…`, twice; the English writes `Usage:` and `Note:`.
    for (const language of ['zh', 'en']) {
      const path = `tests/fixtures/sites/xray-fallback/${language}/fallback.md`
      const doc = segmentDocument(readFileSync(path, 'utf8'), { path })
      expect(doc.segments.filter((s) => s.role === 'intro' || s.role === 'question' || s.role === 'answer').map((s) => s.text.slice(0, 20)), language).toEqual([])
    }
    // Labels that recur under a line of prose are turns still: an interview written without blank lines after its
    // one-line introduction (review note on cfb7235).
    const interview = 'An interview with the maintainer, May 2024.\nQ: Why did you start?\nA: Because nobody else would.\nQ: What next?\nA: More of the same.\n'
    expect(segmentDocument(interview, { path: 'interview.md' }).segments.map((s) => s.role)).toEqual(['intro', 'question', 'answer', 'question', 'answer'])
  })

  it('still finds the speakers of an interview whose answers run on for several paragraphs, questions handing straight over', () => {
    const turns = ['Q: Why did you start?', 'A: Because nobody else would.', 'It took a year.', 'Then another.', 'And a third.', 'Q: What next?', 'A: More of the same.']
    expect(findSpeakers(turns)).toEqual({ asker: 'q', answerers: ['a'] })
    // The same labels each followed by paragraphs of prose are remarks.
    const page = turns.flatMap((t) => [t, 'Plain prose.', 'More prose.', 'Still prose.', 'Prose again.'])
    expect(findSpeakers(page)).toBeUndefined()
  })
})

describe('labels that are not speakers', () => {
  it('does not read a path of code (a double colon) as a label', () => {
    // Lines of tauri-apps/tauri-docs' migration guide (start/migrate/from-tauri-1.mdx, MIT) as the parser reads them.
    expect(speakerLabel('The Rust tauri::api::dialog JavaScript @tauri-apps/api/dialog APIs have been removed. Use the @tauri-apps/plugin-dialog plugin instead:')).toBeUndefined()
    expect(speakerLabel('Use tauri::menu::MenuBuilder instead of tauri::Menu.')).toBeUndefined()
    expect(speakerLabel('Q: What is tauri::Builder?')?.key).toBe('q')
  })

  it('takes the labels of list items (`- **When**: …`, `- **Why**: …`) for fields, not speakers', () => {
    // tests/fixtures/sites/tauri-plugins: a plugin guide's lifecycle hooks, each with a When and a Why item.
    const path = 'tests/fixtures/sites/tauri-plugins/index.mdx'
    const doc = segmentDocument(readFileSync(path, 'utf8'), { path })
    expect(doc.segments.filter((s) => s.role !== 'body' && s.role !== 'code' && s.role !== 'heading' && s.role !== 'title').map((s) => `${s.role}: ${s.text.slice(0, 30)}`)).toEqual([])
    expect(doc.segments.find((s) => s.text.startsWith('When: Plugin is being initialized'))?.role).toBe('body')
  })
})
