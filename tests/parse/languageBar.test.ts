import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { versionLink } from '../../src/parse/languageBar.js'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// README headers of tests/fixtures/sites (README.md there: ChatGPTNextWeb/NextChat and tiimgreen/github-cheat-sheet,
// MIT): a language switcher of fewer than three links (`English / [简体中文](./README_CN.md)`), or one that links the
// page itself too, is page furniture as a longer navigation bar is, not a heading or a paragraph to align: the
// Chinese README writes none, the Korean one a copy of the English bar.
const parse = (path: string) => segmentDocument(readFileSync(`tests/fixtures/sites/${path}`, 'utf8'), { id: path, path: `tests/fixtures/sites/${path}` })
const roleOf = (path: string, text: string) => parse(path).segments.find((s) => s.text === text)?.role

describe('a language switcher', () => {
  it.each([
    ['nextchat-readme/README.md', 'English / 简体中文'],
    ['nextchat-readme/README_KO.md', '영어 / 简体中文'],
    ['github-cheat-sheet/README.md', 'Read this in other languages: English, 한국어, 日本語, 简体中文, 正體中文.'],
    ['github-cheat-sheet/README.zh-tw.md', '其他語言版本: English, 한국어, 日本語, 簡體中文, 正體中文.'],
  ])('is furniture (%s)', (path, text) => {
    expect(roleOf(path, text)).toBe('boilerplate')
  })

  it('is one line of an HTML header, not the tagline above it', () => {
    const header = '<p align="center"><img src="docs/logo.png" width="200"></p>\n<h3 align="center">一个快速的工具</h3>\n<p align="center">\n  <a href="README.md">English</a> | <b>简体中文</b>\n</p>\n\n## 安装\n\n运行 `scoop install y`。\n'
    const segments = segmentDocument(header, { path: 'project/README_zh-CN.md' }).segments
    expect(segments.map((s) => [s.role, s.text]).slice(0, 2)).toEqual([['title', '一个快速的工具'], ['boilerplate', 'English | 简体中文']])
  })

  it.each([
    ['See the [Chinese README](./README_CN.md) for the models it lists.', 'See the Chinese README for the models it lists.'],
    ['English / [Guide](./GUIDE.md)', 'English / Guide'],
    ['More: [简体中文](./README_CN.md) and [the docs](https://example.com/docs)', 'More: 简体中文 and the docs'],
    // A sentence in a script written without spaces is several words, not one (review of 25a2d50).
    ['本项目的英文说明请看[英文版](README.md)，内容更新更及时。', '本项目的英文说明请看英文版，内容更新更及时。', 'project/README_CN.md'],
    ['最新の情報は[英語版](README.md)を参照してください。', '最新の情報は英語版を参照してください。', 'project/README.ja.md'],
    // Another repository's README is not the page itself (review low of 25a2d50): Rich's README beside its sister
    // project's (data/docs-dev/rich-readme).
    ['[Textual](https://github.com/textualize/textual/blob/main/README.md) / [简体中文](https://github.com/textualize/rich/blob/master/README.cn.md)', 'Textual / 简体中文'],
  ])('is not a line that links elsewhere or says more (%j)', (line, text, path = 'project/README.md') => {
    const doc = segmentDocument(`# Title\n\nA paragraph.\n\n${line}\n\nAnother paragraph.\n`, { path })
    expect(doc.segments.find((s) => s.text === text)?.role).not.toBe('boilerplate')
  })

  it('reads any link target, a malformed one too (an all-contributors table: `https://cbuff.dev"><img`)', () => {
    expect(versionLink('https://cbuff.dev"><img', 'README.de-DE.md')).toBeUndefined()
    expect(versionLink('https://github.com/textualize/rich/blob/master/README.cn.md', 'README.md')).toBe('other')
    expect(versionLink('./README.de-DE.md#top', 'README.de-DE.md')).toBe('same')
  })

  it('reads the page itself on a host beside its translation in the same folder (Rich, data/docs-dev)', () => {
    const line = '[English readme](https://github.com/textualize/rich/blob/master/README.md) • [简体中文 readme](https://github.com/textualize/rich/blob/master/README.cn.md)'
    const doc = segmentDocument(`# Rich\n\nA paragraph.\n\n${line}\n\nAnother paragraph.\n`, { path: 'rich/README.md' })
    expect(doc.segments.find((s) => s.text === 'English readme • 简体中文 readme')?.role).toBe('boilerplate')
  })

  it('takes in a list of the translations the entry for the page itself (denysdovhan/wtfjs, WTFPL)', () => {
    // tests/fixtures/sites/wtfjs-readme: the Italian README lists the translations, itself among them; each other
    // translation lists its own language there, so that item alone was a body segment unlike every member's.
    const segments = parse('wtfjs-readme/README-it-it.md').segments
    expect(segments.filter((s) => ['中文版', 'Français', 'Italiano'].includes(s.text)).map((s) => s.role)).toEqual(['boilerplate', 'boilerplate', 'boilerplate'])
    // A list that leads to no translation is opened as before.
    const doc = segmentDocument('# Title\n\n- [Italiano](./README-it-it.md)\n- [Guide](./GUIDE.md)\n', { path: 'project/README-it-it.md' })
    expect(doc.segments.find((s) => s.text === 'Italiano')?.role).toBe('body')
  })
})
