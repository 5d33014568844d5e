import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// An attribute list styling an inline element (Python-Markdown's attr_list, as MkDocs sites write it; kramdown's too)
// is markup: OWASP Top 10's pages (tests/fixtures/sites/owasp-top10, CC BY-SA 4.0) style the icon in their title,
// `![icon](…){: style="height:80px;width:80px" align="right"}`, and the title read the braces as words.
const parse = (path: string) => segmentDocument(readFileSync(`tests/fixtures/sites/${path}`, 'utf8'), { id: path, path: `tests/fixtures/sites/${path}` })

describe('attribute lists after an inline element', () => {
  it.each([
    ['owasp-top10/en/A03_2021-Injection.md', 'A03:2021 – Injection'],
    ['owasp-top10/ja/A03_2021-Injection.md', 'A03:2021 – インジェクション'],
  ])('are left out of the title, the image kept as its anchor (%s)', (path, title) => {
    const first = parse(path).segments[0]!
    expect(first.text).toBe(title)
    expect(first.anchors?.map((a) => a.text)).toContain('assets/TOP_10_Icons_Final_Injection.png')
  })

  it.each([
    ['Click [Get started](#start){ .md-button .md-button--primary } to begin.', 'Click Get started to begin.'],
    ['Open [the site](https://example.org){:target="_blank"} now.', 'Open the site now.'],
    ['Braces {like these} and [a link](https://example.org) {: .apart } stay.', 'Braces {like these} and a link {: .apart } stay.'],
  ])('%j reads %j', (line, text) => {
    expect(segmentDocument(`# Title\n\n${line}\n`, { path: 'page.md' }).segments[1]?.text).toBe(text)
  })
})
