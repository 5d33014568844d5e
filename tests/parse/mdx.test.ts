import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'
import { parseInPieces } from '../../src/parse/parseInPieces.js'
import { parseFullMarkdown } from '../../src/parse/markdownProcessors.js'
import type { ParsedDocument } from '../../src/types.js'

// A Starlight page and its Chinese translation (tests/fixtures/sites/README.md: tauri-apps/tauri-docs, MIT): tabs
// whose panels nest indented Markdown, a `<Steps>` list written right under its tag, `{/* TODO */}` comments.
const DIR = 'tests/fixtures/sites/tauri-notification'
const EN = `${DIR}/notification.mdx`
const ZH = `${DIR}/zh-cn/notification.mdx`

function parse(path: string): ParsedDocument {
  return segmentDocument(readFileSync(path, 'utf8'), { id: path, path })
}

/** The role of the segment holding a piece of text. */
function roleOf(doc: ParsedDocument, piece: string): string | undefined {
  return doc.segments.find((s) => s.text.includes(piece))?.role
}

describe('MDX pages (no indented code, comments, components)', () => {
  it('reads the indented Markdown inside a component as prose and code, not as one indented code block', () => {
    const en = parse(EN)
    expect(roleOf(en, "Use your project's package manager to add the dependency:")).toBe('body')
    expect(roleOf(en, 'Modify lib.rs to initialize the plugin:')).toBe('body')
    // The fenced block nested in the list inside `<Steps>` is code of its own.
    expect(en.segments.find((s) => s.role === 'code' && s.text.trim() === 'cargo add tauri-plugin-notification')).toBeDefined()
    const zh = parse(ZH)
    expect(roleOf(zh, '使用你的项目的包管理器以添加依赖：')).toBe('body')
    expect(roleOf(zh, '修改 lib.rs 以初始化插件：')).toBe('body')
  })

  it('drops `{/* … */}` comments', () => {
    for (const doc of [parse(EN), parse(ZH)]) {
      expect(doc.segments.filter((s) => s.text.includes('{/*') || s.text.includes('TODO')).map((s) => s.text)).toEqual([])
    }
  })

  it('reads a list written right under a lone `<Steps>` tag as list items', () => {
    const en = parse(EN)
    for (const step of ['Check if permission is granted', 'Request permission if not granted', 'Send the notification']) {
      expect(en.segments.find((s) => s.text === step)?.role, step).toBe('body')
    }
    expect(en.segments.some((s) => s.text.includes('<Steps>') || s.text.includes('</Steps>'))).toBe(false)
  })

  it('keeps indented code in a .md file and in text given without a path', () => {
    const text = readFileSync(EN, 'utf8')
    for (const options of [{ path: 'notification.md' }, {}]) {
      const doc = segmentDocument(text, options)
      expect(roleOf(doc, "Use your project's package manager to add the dependency:")).toBe('code')
    }
  })

  it('parses an MDX page in pieces as a whole, fences and tags indented any amount', () => {
    for (const path of [EN, ZH]) {
      const text = readFileSync(path, 'utf8')
      const parse = (t: string): ReturnType<typeof parseFullMarkdown> => parseFullMarkdown(t, { indentedCode: false })
      const whole = parse(text)
      for (const size of [1, 64, 512]) expect(parseInPieces(text, parse, size, false)).toEqual(whole)
    }
  })
})

// Wails' installation and first-project pages and their Japanese translations (data/docs-dev/wails-getting-started:
// wailsapp/wails, MIT): the platform tabs are written in ```mdx-code-block fences, whose content Docusaurus renders as
// the page's MDX (imports, a `<Tabs>` tag over several lines, `<TabItem>` panels of prose with JSX links).
const WAILS = 'data/docs-dev/wails-getting-started/website'
const WAILS_JA = `${WAILS}/i18n/ja/docusaurus-plugin-content-docs/current`

describe('MDX written in ```mdx-code-block fences (Docusaurus)', () => {
  it('reads the tab panels as prose, the same in the translation, and no code holds the tabs', () => {
    const en = parse(`${WAILS}/docs/gettingstarted/installation.mdx`)
    const ja = parse(`${WAILS_JA}/gettingstarted/installation.mdx`)
    expect(roleOf(en, 'Wails requires that the xcode command line tools are installed.')).toBe('body')
    expect(roleOf(ja, 'Wailsを使用するには、xcodeのコマンドラインツールがインストールされている必要があります。')).toBe('body')
    for (const doc of [en, ja]) expect(doc.segments.filter((s) => s.role === 'code' && /<Tabs|TabItem|@theme/u.test(s.text)).map((s) => s.text.slice(0, 40))).toEqual([])
  })

  it('reads a JSX link (`<a href={"https://svelte.dev/"}>Svelte</a>`) as the link it renders, no markup left in the text', () => {
    const en = parse(`${WAILS}/docs/gettingstarted/firstproject.mdx`)
    expect(en.segments.find((s) => s.text.startsWith('Generate a Svelte project'))?.text).toBe('Generate a Svelte project using JavaScript with:')
    const ja = parse(`${WAILS_JA}/gettingstarted/firstproject.mdx`)
    expect(ja.segments.filter((s) => s.text.includes('href')).map((s) => s.text)).toEqual([])
  })
})

describe('a Markdown page that shows an ```mdx-code-block fence inside a code block', () => {
  // The way a Docusaurus guide documents the syntax: the fence is an example in a longer fence, not the page's MDX,
  // so the page keeps CommonMark's indented code.
  const page = [
    '# Tabs in Markdown files',
    '',
    'Wrap the tabs in a fence the site renders as MDX:',
    '',
    '````md',
    '```mdx-code-block',
    "import Tabs from '@theme/Tabs';",
    '```',
    '````',
    '',
    'The command prints the version:',
    '',
    '    npx docusaurus --version',
    '',
  ].join('\n')

  it('is not MDX: its indented code stays code', () => {
    const doc = segmentDocument(page, { id: 'tabs.md', path: 'docs/tabs.md' })
    expect(doc.segments.find((s) => s.text.includes('npx docusaurus --version'))?.role).toBe('code')
  })

  it('while a page whose own fence is ```mdx-code-block is MDX (indented lines are Markdown)', () => {
    const own = page.replace('````md\n```mdx-code-block', '```mdx-code-block').replace("'@theme/Tabs';\n```\n````", "'@theme/Tabs';\n```")
    const doc = segmentDocument(own, { id: 'tabs.md', path: 'docs/tabs.md' })
    expect(doc.segments.find((s) => s.text.includes('npx docusaurus --version'))?.role).not.toBe('code')
  })
})
