import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// Puter's README (tests/fixtures/sites/puter-readme, HeyPuter/puter, AGPL-3.0): the English lists what Puter can be
// used as in a Markdown list; the Arabic writes the same paragraph and list in HTML, `<div dir="rtl"><p>…</p>` and
// `<ul><li>…</li>…</ul>`. Its five items were one segment, its lines glued, against the English's five.
const parse = (name: string) => {
  const path = `tests/fixtures/sites/puter-readme/${name}`
  return segmentDocument(readFileSync(path, 'utf8'), { id: name, path }).segments
}

describe('the elements of an HTML block', () => {
  it('are a segment each, as the Markdown they stand for: a paragraph, then one per list item', () => {
    const english = parse('README.en.md').filter((s) => s.role === 'body')
    const arabic = parse('README.ar.md').filter((s) => s.role === 'body')
    expect(english.length).toBe(6)
    expect(arabic.length).toBe(6)
    expect(arabic.filter((s) => s.text.includes('\n'))).toEqual([])
    expect(arabic[2]?.text).toBe('منصة لبناء ونشر المواقع الإلكترونية وتطبيقات الويب والألعاب')
  })

  it('read a list item as written structure: however short, no heading', () => {
    // The page's headings are its `##` lines (the first is the excerpt's title).
    expect(parse('README.ar.md').filter((s) => s.role === 'heading').map((s) => s.text)).toEqual(['البدء'])
  })

  it('keep a line broken by `<br>` in its paragraph', () => {
    const text = '# Title\n\n<p>A first line of the paragraph<br>and its second line.</p>\n'
    const bodies = segmentDocument(text, { path: 'page.md' }).segments.filter((s) => s.role !== 'title')
    expect(bodies.map((s) => s.text)).toEqual(['A first line of the paragraph and its second line.'])
  })

  it('read a `<p>` as a paragraph: no heading however short, as a Markdown paragraph', () => {
    // Koishi's command guide (tests/fixtures/sites/koishi-command: koishijs/docs, CC BY-SA 4.0) shows the bot's replies
    // as `<p>` lines in a chat panel: `<p class="indent-1">bar  一条看不见的指令</p>`, `<p>指令：bar</p>`.
    const path = 'tests/fixtures/sites/koishi-command/command.md'
    const segments = segmentDocument(readFileSync(path, 'utf8'), { id: path, path }).segments
    for (const text of ['help  显示帮助信息', 'bar  一条看不见的指令', '指令：bar', '一条看不见的指令']) expect(segments.find((s) => s.text === text)?.role, text).toBe('body')
    // A `<p>` wholly in bold is the heading a README writes without `#`.
    const bold = segmentDocument('# Title\n\n<p align="center"><b>Sponsors</b></p>\n\n<p>Some text of the page here.</p>\n', { path: 'README.md' }).segments
    expect(bold.find((s) => s.text === 'Sponsors')?.role).toBe('heading')
  })

  it('read a `<p>` above the page\'s `# Title` as no title, however short (RooCodeInc/Roo-Code, Apache-2.0)', () => {
    // tests/fixtures/sites/roocode-readme: badges, then `<p align="center"><em>Get help fast → …</em></p>`, then
    // `# Roo Code`; the Japanese and Chinese READMEs read the `<p>` as a navigation bar and `# Roo Code` as the title.
    const path = 'tests/fixtures/sites/roocode-readme/README.md'
    const segments = segmentDocument(readFileSync(path, 'utf8'), { path }).segments
    expect(segments.filter((s) => s.role === 'title').map((s) => s.text)).toEqual(['Roo Code'])
    // A README that writes every section with `#` has no title heading: its tagline stays the title (review note).
    const sections = '<p align="center"><img src="logo.png"></p>\n<p align="center">A tiny tool for big jobs</p>\n\n# Installation\n\nRun the installer.\n\n# Usage\n\nRun the tool.\n'
    expect(segmentDocument(sections, { path: 'README.md' }).segments.find((s) => s.role === 'title')?.text).toBe('A tiny tool for big jobs')
  })

  it('read a paragraph that is one bare web address as its link, no text (dwmkerr/hacker-laws, CC BY-SA 4.0)', () => {
    // tests/fixtures/sites/hacker-laws-readme: the Boy Scout Rule's section ends with the book's address on a line of
    // its own, in the English and the Polish alike; a bare address is the link, nothing to read or translate (a
    // 2,000-character embed address was a quarter of a page's text share), lent to the paragraph before it.
    for (const path of ['tests/fixtures/sites/hacker-laws-readme/README.md', 'tests/fixtures/sites/hacker-laws-readme/translations/pl.md']) {
      const segments = segmentDocument(readFileSync(path, 'utf8'), { path }).segments
      expect(segments.filter((s) => s.text.includes('amazon.sg')), path).toEqual([])
      expect(segments.some((s) => (s.anchors ?? []).some((a) => a.kind === 'url' && a.text.includes('amazon.sg/Clean-Code-Handbook'))), path).toBe(true)
    }
  })
})
