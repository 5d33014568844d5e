import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'
import type { ParsedDocument } from '../../src/types.js'

// Doc-site pages of the dev sets (data/docs-dev; sources and licences in its README): front matter, admonitions,
// `:::` asides, MDX statements and components, hard-wrapped paragraphs, as the sites' generators read them.
const OTEL = 'data/docs-dev/opentelemetry-observability-primer/content'
const AGENTS = 'data/docs-dev/openai-agents-realtime-transport/docs'
const BIOME = 'data/docs-dev/biome-manual-installation/src/content/docs'

const cache = new Map<string, ParsedDocument>()
function parse(path: string): ParsedDocument {
  let doc = cache.get(path)
  if (doc === undefined) cache.set(path, (doc = segmentDocument(readFileSync(path, 'utf8'), { id: path, path })))
  return doc
}

/** The segment holding a piece of text, with its role. */
function holding(doc: ParsedDocument, piece: string): { role: string; text: string } | undefined {
  return doc.segments.find((s) => s.text.includes(piece))
}

describe('hard-wrapped paragraphs', () => {
  it('joins a wrapped line that starts with `word:` to the sentence it continues', () => {
    // `…the role of each of` / `its components: logs, spans, and traces.`: the second line is no speaker turn.
    const cases: Array<[string, string]> = [
      ['en', 'the role of each of its components: logs, spans, and traces.'],
      ['es', 'el papel de cada uno de sus componentes: logs, spans y trazas.'],
      ['fr', 'le rôle de chacun de ses composants : les logs, les spans et les traces.'],
    ]
    for (const [language, sentence] of cases) {
      const segment = holding(parse(`${OTEL}/${language}/docs/concepts/observability-primer.md`), sentence)
      expect(segment?.role, language).toBe('body')
      expect(segment?.text.startsWith('To understand') || segment?.text.startsWith('Para entender') || segment?.text.startsWith('Pour comprendre'), language).toBe(true)
    }
  })

  it('keeps the turns of a dialogue written line by line apart', () => {
    // A line that ends a sentence, then one that opens with a label: still two turns.
    const doc = segmentDocument('# Interview\n\nQ: What did you build?\nA: A parser for real docs.\n\nQ: Why?\nA: Because sites wrap lines.\n', { format: 'markdown' })
    expect(doc.segments.map((s) => s.role)).toEqual(['title', 'question', 'answer', 'question', 'answer'])
  })

  it('joins lines broken between two Chinese or Japanese characters without a space', () => {
    const zh = parse(`${OTEL}/zh/docs/concepts/observability-primer.md`)
    expect(holding(zh, '更重要的是，它能帮你轻松排查')).toBeDefined()
    const ja = parse(`${BIOME}/ja/guides/manual-installation.mdx`)
    expect(holding(ja, '使用できます。言い換えれば')).toBeDefined()
    // Words written with spaces still join with one.
    expect(holding(parse(`${OTEL}/en/docs/concepts/observability-primer.md`), 'ask questions about that system without knowing')).toBeDefined()
  })
})

describe('MkDocs admonitions', () => {
  for (const language of ['', 'ja/', 'ko/', 'zh/']) {
    it(`reads the title and the indented body of \`!!! note "…"\` (${language || 'en/'})`, () => {
      const path = `${AGENTS}/${language}realtime/transport.md`
      const doc = parse(path)
      const source = readFileSync(path, 'utf8')
      expect(doc.segments.some((s) => s.text.includes('!!!'))).toBe(false)
      const title = doc.segments.findIndex((s) => s.role === 'heading' && s.text.startsWith('Python SDK'))
      expect(title).toBeGreaterThan(0)
      const body = doc.segments[title + 1]!
      // The body is prose, not code, and its place points at its text in the document.
      expect(body.role).toBe('body')
      expect(body.text).toMatch(/^Python SDK|^The Python SDK/u)
      expect(source.slice(body.place.start.offset, body.place.start.offset + 10)).toBe(body.text.slice(0, 10))
      expect(source.slice(doc.segments[title]!.place.start.offset, doc.segments[title]!.place.end.offset)).toBe(doc.segments[title]!.text)
    })
  }

  it('opens an admonition without a title and one nested in it, whose body follows without a blank line', () => {
    // The body of the real note, under an untitled note and a nested collapsible one.
    const body = readFileSync(`${AGENTS}/realtime/transport.md`, 'utf8').split('\n').find((l) => l.startsWith('    The Python SDK'))!
    const doc = segmentDocument(`# Page\n\nIntro text of the page.\n\n!!! note\n${body}\n\n    ???+ tip "Nested title"\n\n        Text of the nested note.\n`, { format: 'markdown' })
    expect(doc.segments.map((s) => [s.role, s.text.slice(0, 20)])).toEqual([
      ['title', 'Page'],
      ['body', 'Intro text of the pa'],
      ['body', 'The Python SDK does '],
      ['heading', 'Nested title'],
      ['body', 'Text of the nested n'],
    ])
  })
})

describe('asides, alerts and MDX', () => {
  it('reads a short line inside a `:::` aside or a quote as text, not as a heading', () => {
    expect(holding(parse(`${BIOME}/guides/manual-installation.mdx`), 'To upgrade Biome to the latest version')?.role).toBe('body')
    expect(holding(parse(`${BIOME}/zh-CN/guides/manual-installation.mdx`), '注意：在Windows Subsystem for Linux')?.role).toBe('body')
  })

  it('leaves out MDX import/export lines and a JSX component written over several lines', () => {
    for (const language of ['', 'es/', 'ja/', 'pl/', 'ru/', 'zh-CN/']) {
      const doc = parse(`${BIOME}/${language}guides/manual-installation.mdx`)
      const texts = doc.segments.map((s) => s.text).join('\n')
      expect(texts, language).not.toMatch(/import \{|export const|<Code|showLineNumbers|curl -L/u)
      // The component's shell comments were read as headings.
      expect(doc.segments.some((s) => s.role === 'heading' && /^(?:macOS arm|Linux \(x86_64\)|Windows \(x86_64)/u.test(s.text)), language).toBe(false)
    }
  })

  it('drops the marker of a GitHub alert and keeps the alert in its place', () => {
    // The Starship README's warning marker over a line of its text, between a paragraph and another.
    const lines = readFileSync('data/docs-dev/starship-readme/README.md', 'utf8').split('\n')
    const at = lines.indexOf('> [!WARNING]')
    const alert = `${lines[at]!}\n${lines[at + 2]!}`
    const doc = segmentDocument(`# Starship\n\nThe minimal prompt for any shell.\n\n${alert}\n\nInstall it first.\n`, { format: 'markdown' })
    expect(doc.segments.map((s) => s.text.slice(0, 24))).toEqual(['Starship', 'The minimal prompt for a', 'If you have a local clon', 'Install it first.'])
  })
})

describe('admonition markers', () => {
  it('reads a line that only looks like one (a capitalised word after `!!!` or `???`) as prose', () => {
    const doc = segmentDocument('# Notes\n\n!!! Warning\n\nThe build fails on old compilers.\n\n!!! note "Build"\n    Use a recent compiler.\n', { id: 'notes.md', path: 'notes.md' })
    expect(holding(doc, '!!! Warning')).toBeDefined()
    expect(holding(doc, 'Use a recent compiler.')?.role).not.toBe('code')
    expect(doc.segments.some((s) => s.text.includes('!!! note'))).toBe(false)
  })
})

describe('page code that is not there', () => {
  it('keeps prose after a `<Word` that opens no tag, apostrophes and all', () => {
    const text = '# Setup\n\n<Note\n\nIt\'s the first step. Don\'t skip it.\n\nThe second step comes after it; its text > here.\n'
    const doc = segmentDocument(text, { id: 'setup.mdx', path: 'setup.mdx' })
    expect(holding(doc, 'the first step')?.role).toBe('body')
    expect(holding(doc, 'The second step')?.role).toBe('body')
    expect(doc.segments.filter((s) => s.role === 'code')).toEqual([])
  })

  it('joins a wrapped line between two Han characters of the supplementary planes without a space', () => {
    const doc = segmentDocument('# 标题\n\n这是第一行的文字𠀀\n𠀁这是第二行的文字。\n', { id: 'zh.md', path: 'zh.md' })
    expect(holding(doc, '𠀀𠀁')).toBeDefined()
  })
})

describe('reference-style links', () => {
  it('gives a reference link the URL of its definition, as the site renders it', () => {
    // Hexo's troubleshooting page writes `[Nunjucks]` and `[Warehouse]` with their definitions at the end of the page;
    // Starship's install tables `[Debian Main]` with theirs at the end of the README (in pieces parsed apart).
    const hexo = parse('data/docs-dev/hexo-troubleshooting/source/ko/docs/troubleshooting.md')
    const urls = (doc: ParsedDocument, piece: string): string[] => (doc.segments.find((s) => s.text.includes(piece))?.anchors ?? []).filter((a) => a.kind === 'url').map((a) => a.text)
    expect(urls(hexo, 'Warehouse')).toEqual(['https://github.com/hexojs/warehouse'])
    expect(urls(hexo, 'Nunjucks')).toContain('https://mozilla.github.io/nunjucks/')
    const starship = parse('data/docs-dev/starship-readme/README.md')
    expect(urls(starship, 'Debian 13+')).toEqual(['https://sources.debian.org/src/starship/1.22.1-1/'])
    // A label with no definition is text, brackets and all: no link, no URL.
    const biome = parse(`${BIOME}/guides/manual-installation.mdx`)
    expect(holding(biome, '[extra]')).toBeDefined()
    expect(urls(biome, '[extra]')).toEqual([])
  })
})

describe('MkDocs pages of FastAPI', () => {
  const FASTAPI = (language: string): string => `data/docs-dev/fastapi-cookie-params/docs/${language}/docs/tutorial/cookie-params.md`

  it('reads `{ #id }` as a heading id and `/// note | Title` … `///` as a block frame', () => {
    for (const language of ['en', 'ja', 'ko', 'ru', 'zh']) {
      const doc = parse(FASTAPI(language))
      // Python-Markdown's attr_list id, with spaces inside the braces, is the heading's id, not its text.
      expect(doc.segments.filter((s) => /\{ ?#/u.test(s.text)).map((s) => s.text), language).toEqual([])
      // pymdownx.blocks' `/// note | Technical Details` and its closing `///` were read as a heading and furniture.
      expect(doc.segments.filter((s) => s.text.startsWith('///')).map((s) => s.text), language).toEqual([])
      // The heading keeps its text, and the id is its slug.
      expect(doc.segments.find((s) => s.slug === 'import-cookie')?.role, language).toBe('heading')
    }
  })
})

describe('pymdownx blocks need their frame', () => {
  it('opens a `/// type` block only when a closing `///` follows, and never for a capitalised `/// Word`', () => {
    const path = 'data/docs-dev/fastapi-cookie-params/docs/en/docs/tutorial/cookie-params.md'
    const page = readFileSync(path, 'utf8')
    const read = (text: string): ParsedDocument => segmentDocument(text, { id: path, path })
    // The page as it is: its blocks are frames, their lines no text.
    expect(read(page).segments.filter((s) => s.text.includes('///'))).toEqual([])
    // Without the closing lines, `/// note | Technical Details` opens nothing: it stays the page's text, as does
    // a `/// Note` line (no block type is capitalised) with a closing `///` after it.
    const unclosed = read(page.replace(/^\/\/\/[ \t]*$/gmu, ''))
    expect(unclosed.segments.some((s) => s.text.startsWith('/// note | Technical Details'))).toBe(true)
    const capitalised = read(page.replace('/// note | Technical Details', '/// Note'))
    expect(capitalised.segments.some((s) => s.text.startsWith('/// Note'))).toBe(true)
  })
})
