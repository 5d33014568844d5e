import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { loadDocSets } from '../../scripts/drift/docSets.js'
import { definitions, linesOf, markdownBlocks, visibleText } from '../../scripts/drift/markdownBlocks.js'
import { injectMarkdownFault, leadLines, MARKDOWN_FAULTS, paragraphTexts, probeOf } from '../../scripts/drift/markdownFaults.js'
import { parseDocument } from '../../src/index.js'

// The fault injector of eval:drift-docs must put every fault where a reader sees it, and name it by text the parsed
// document holds: otherwise a fault counts as "on no slot" (or missed) for the harness's sake, not the system's.
// Real translated docs of the dev sets (tests/fixtures/real, data/docs-dev; sources and licences in their READMEs).
const ROOTS = ['../fixtures/real', '../../data/docs-dev'].map((r) => resolve(import.meta.dirname, r))
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const flat = (t: string): string => t.replace(/\s+/gu, ' ').trim()

describe('Markdown faults land in text a reader sees', () => {
  it('names every fault of every dev translation by text of a segment of the original or the copy', () => {
    // FastAPI's `{* file hl[6] *}` include lines, Starlight's `<Code code={`…`} />` with blank lines inside, link
    // definitions, `:::note` lines, `_emphasis_` and `[shortcut]` links in table rows each drew faults (or probes)
    // no segment holds.
    const sets = loadDocSets(ROOTS)
    const unseen: string[] = []
    for (const set of sets) {
      for (const t of set.translations) {
        const foreign = sets.filter((s) => s !== set).flatMap((s) => [s.source, ...s.translations]).filter((d) => d.language === t.language).flatMap((d) => paragraphTexts(d.text))
        const original = parseDocument(t.text, { id: 'a', path: t.file }).segments.map((s) => flat(s.text))
        for (const fault of MARKDOWN_FAULTS) {
          const copy = injectMarkdownFault(fault, { text: t.text, seed: t.path, source: set.source.text, foreign })
          if (copy === undefined) continue
          const changed = parseDocument(copy.text, { id: 'b', path: t.file }).segments.map((s) => flat(s.text))
          const held = copy.probes.length > 0 && copy.probes.every((p) => [...original, ...changed].some((s) => s.includes(flat(p))))
          const inserted = copy.inserted === undefined || changed.some((s) => s.includes(flat(copy.inserted!)))
          if (!held || !inserted) unseen.push(`${fault} ${t.path}: ${JSON.stringify(copy.probes)} ${copy.inserted ?? ''}`)
        }
      }
    }
    expect(unseen).toEqual([])
  }, 300_000) // every translation of every dev set parsed once per fault: minutes on a loaded machine

  it('changes a URL of a link definition where the links to it are read', () => {
    // Hexo's pages link by reference (`[Warehouse]` … `[Warehouse]: https://…`): the definition line is not text.
    const path = 'hexo-troubleshooting/source/ko/docs/troubleshooting.md'
    const text = readFileSync(resolve(DEV, path), 'utf8')
    const source = readFileSync(resolve(DEV, 'hexo-troubleshooting/source/docs/troubleshooting.md'), 'utf8')
    const copy = injectMarkdownFault('url-changed', { text, seed: path, source, foreign: [] })!
    const line = linesOf(text)[copy.edit.start]!
    expect(line).toMatch(/^\[Warehouse\]: https:\/\//u)
    expect(copy.probes).toHaveLength(1)
    expect(linesOf(text).find((l) => l.includes('[Warehouse]') && l !== line)).toContain(copy.probes[0]!.slice(0, 4))
  })

  it('reads template tags, MDX statements and comments, and link definitions as lines no reader sees', () => {
    const fastapi = linesOf(readFileSync(resolve(DEV, 'fastapi-cookie-params/docs/ru/docs/tutorial/cookie-params.md'), 'utf8'))
    const include = fastapi.findIndex((l) => l.startsWith('{* '))
    expect(markdownBlocks(fastapi).find((b) => b.start === include)?.kind).toBe('directive')
    const biome = linesOf(readFileSync(resolve(DEV, 'biome-manual-installation/src/content/docs/ja/guides/manual-installation.mdx'), 'utf8'))
    const blocks = markdownBlocks(biome)
    expect(blocks.find((b) => b.start === biome.findIndex((l) => l.startsWith('import ')))?.kind).toBe('directive')
    // The `<Code code={`…`} />` element holds blank lines and shell comments (`# Linux (x86_64)`): one block.
    const code = blocks.find((b) => b.start <= biome.findIndex((l) => l.startsWith('<Code')) && b.end > biome.findIndex((l) => l.startsWith('<Code')))!
    expect(biome.slice(code.start, code.end).some((l) => l.startsWith('`} />'))).toBe(true)
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => biome[b.start]).filter((l) => /x86_64, Powershell/u.test(l!))).toEqual([])
  })

  it('reads what a reader sees of emphasis, container lines and reference links', () => {
    expect(visibleText(['遇到类似“_version not found_”的错误，snake_case 保留'])).toBe('遇到类似“version not found”的错误，snake_case 保留')
    expect(visibleText([':::note', 'Use the Linux variant.', ':::'])).toBe('Use the Linux variant.')
    const readme = linesOf(readFileSync(resolve(DEV, 'starship-readme/docs/ar-SA/guide/README.md'), 'utf8'))
    const labels = new Set(definitions(readme).keys())
    expect(labels.has('debian main')).toBe(true)
    expect(visibleText(['| Debian 13+ | [Debian Main] | `apt install starship` |'], labels)).toBe('Debian 13+ | Debian Main | apt install starship')
    // An undefined label is read as written, brackets and all (Biome's `The [extra] repository`).
    expect(visibleText(['The [extra] repository'], labels)).toBe('The [extra] repository')
  })

  it('keeps a tag written in a code span, which a reader sees, and drops the tags around it', () => {
    // SWR's Chinese "Pagination" page (data/docs-fresh3): the `<Page/>` component named in prose, as code.
    expect(visibleText(['相反，我们可以使用我们创建的 `<Page/>` 抽象来实现这个功能:'])).toBe('相反，我们可以使用我们创建的 <Page/> 抽象来实现这个功能:')
    expect(visibleText(['<Callout type="info">', 'Use `<br>` for a line break.', '</Callout>'])).toBe('Use <br> for a line break.')
  })

  it('reads escaped markers as the characters shown, a heading inside a list item by its text, a definition over two lines', () => {
    // OpenTelemetry's Chinese "Distributions" page writes `\*\*…\*\*`: a reader sees the asterisks.
    const zh = linesOf(readFileSync(resolve(DEV, 'opentelemetry-concepts/content/zh/docs/concepts/distributions.md'), 'utf8'))
    const escaped = zh.findIndex((l) => l.startsWith('\\*\\*'))
    expect(visibleText(zh.slice(escaped, escaped + 2))).toMatch(/^\*\*\p{Script=Han}+。 \*\*\p{Script=Han}/u)
    // asdf's Korean "Versions" page closes `**(셸 세션)**` before a letter: by CommonMark's flanking rules those
    // asterisks pair with nothing and are shown; emphasis around a code span pairs across it.
    const korean = linesOf(readFileSync(resolve(DEV, 'asdf-manage/docs/ko-kr/manage/versions.md'), 'utf8'))
    expect(visibleText([korean.find((l) => l.includes('(셸 세션)**'))!])).toMatch(/^이 설정은 환경 변수이기 때문에, \*\*해당 변수가 설정된 위치\(셸 세션\)\*\*에서만/u)
    const turkish = linesOf(readFileSync(resolve(DEV, 'free-programming-books-howto/docs/HOWTO-tr.md'), 'utf8'))
    expect(visibleText([turkish.find((l) => l.startsWith('**`'))!])).toBe('Free-Programming-Books Hoş Geldiniz!')
    // Tauri's Chinese Next.js page numbers its steps `1.  ##### 更新 Tauri 配置`.
    const tauri = linesOf(readFileSync(resolve(DEV, 'tauri-frontend/src/content/docs/zh-cn/start/frontend/nextjs.mdx'), 'utf8'))
    expect(visibleText([tauri.find((l) => l.startsWith('1.  #####'))!])).toBe('更新 Tauri 配置')
    // The French page defines `[guidelines]:` with its URL on the next line.
    const fr = linesOf(readFileSync(resolve(DEV, 'opentelemetry-concepts/content/fr/docs/concepts/distributions.md'), 'utf8'))
    expect(definitions(fr).get('guidelines')).toBe('https://github.com/open-telemetry/community/blob/main/marketing-guidelines.md')
    expect(markdownBlocks(fr).find((b) => fr[b.start]!.startsWith('[guidelines]:'))?.kind).toBe('definition')
  })

  it('reads code spans of several backticks, a list number after a heading mark as text, fences as CommonMark closes them, alerts and lines wrapped between Han characters', () => {
    // Hexo's "Troubleshooting" writes a code span of two backticks around one of one: `` `{{ }}` `` shows `{{ }}`
    // with its backticks, as the parsed segment holds it.
    const hexo = readFileSync(resolve(DEV, 'hexo-troubleshooting/source/docs/troubleshooting.md'), 'utf8')
    const line = linesOf(hexo).find((l) => l.includes('single backtick'))!
    expect(visibleText([line])).toContain('a single backtick `{{ }}` or a triple backtick')
    const segment = parseDocument(hexo, { id: 'a', path: 'troubleshooting.md' }).segments.find((s) => s.text.includes('single backtick'))!
    expect(flat(segment.text)).toContain('a single backtick `{{ }}` or a triple backtick')
    // Numbered section headings of an OpenTelemetry blog post (opentelemetry.io at dd5997c,
    // content/en/blog/2025/stability-proposal-announcement.md and blog/2026/slack-community-insights/index.md;
    // CC BY 4.0, © The OpenTelemetry Authors): the number is the heading's text, not a list marker.
    expect(visibleText(['## 1. Stable By Default'])).toBe('1. Stable By Default')
    expect(visibleText(['### 2. k8sattributes Processor (258 messages, 2.6%)'])).toBe('2. k8sattributes Processor (258 messages, 2.6%)')
    // CommonMark 0.31.2, "Fenced code blocks" (spec.commonmark.org, CC BY-SA 4.0): a fence indented four spaces
    // is not a closing fence (example 129), one indented up to three is (example 128); the project's Markdown
    // parser (mdast-util-from-markdown) reads them so.
    // OpenTelemetry's Chinese "Exporters" page wraps a sentence between two Han characters: the lines join with
    // nothing between them; its Japanese "Announcements" opens a quote with a GitHub alert (`> [!NOTE] …`): the
    // type is the site's label, and the quote's first paragraph ends at its empty `>` line.
    const exporters = linesOf(readFileSync(resolve(DEV, 'opentelemetry-docs/content/zh/docs/languages/js/exporters.md'), 'utf8'))
    const wrapped = exporters.findIndex((l) => l.startsWith('如果你遵循了'))
    expect(visibleText(exporters.slice(wrapped, wrapped + 2))).toBe('如果你遵循了入门指南或手动插桩指南，你已经安装了控制台导出器。')
    const notice = linesOf(readFileSync(resolve(DEV, 'opentelemetry-docs/content/ja/docs/contributing/announcements.md'), 'utf8'))
    const alert = notice.findIndex((l) => l.startsWith('> [!NOTE]'))
    expect(probeOf(leadLines(notice.slice(alert, alert + 3)))).toBe('ローカリゼーションについて')
    for (const example of ['```\naaa\n    ```\n```\nafter', '```\naaa\n  ```\nafter']) {
      const lines = linesOf(example)
      const code = markdownBlocks(lines).find((b) => b.kind === 'code')!
      const node = fromMarkdown(example).children.find((n) => n.type === 'code')!
      expect(code.end, example).toBe(node.position!.end.line)
      expect(markdownBlocks(lines).at(-1)).toMatchObject({ kind: 'paragraph', start: lines.length - 1 })
    }
  })
})
