import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectScript, parseDocument } from '../../src/index.js'

describe('scripts weighed by what a character carries', () => {
  // Starship's translated READMEs (data/docs-dev): Chinese and Korean prose, and install tables of Latin package
  // names and commands (`crates.io | cargo install starship --locked`) that hold more letters than the prose.
  it.each([
    ['data/docs-dev/starship-readme/docs/zh-CN/guide/README.md', 'cmn', 'Hani'],
    ['data/docs-dev/starship-readme/docs/ko-KR/guide/README.md', 'kor', 'Kore'],
  ])('reads %s in its own language, not in the Latin letters of its tables, with no path to go by', (file, iso6393, script) => {
    const doc = parseDocument(readFileSync(file, 'utf8'), { path: 'README.md' })
    expect(doc.language).toMatchObject({ iso6393, script })
  })

  it('counts a Han character as three letters of an alphabet when it weighs scripts, and reports the letters as they are', () => {
    // A line of Xray's Chinese install page (XTLS/Xray-docs-next): 8 Latin letters, 8 Han characters.
    const found = detectScript('通过 Homebrew 包管理器安装')
    expect(found.script).toBe('Hani')
    expect(found.letters).toBe(16)
    expect(found.share).toBeCloseTo(24 / 32, 5)
  })
})
