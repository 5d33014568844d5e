import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import type { ParsedDocument } from '../../src/types.js'

// Segment roles on the real translated Markdown of the dev sets (tests/fixtures/real, data/docs-dev; sources and
// licences in their READMEs): what the drift of real docs is built on.
const DEV = ['tests/fixtures/real', 'data/docs-dev']
const files = DEV.flatMap((root) => Object.keys(JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Record<string, unknown>).map((key) => join(root, key)))
const parsed = new Map<string, { source: string; doc: ParsedDocument }>()
function parse(path: string): { source: string; doc: ParsedDocument } {
  let p = parsed.get(path)
  if (p === undefined) {
    const source = readFileSync(path, 'utf8')
    parsed.set(path, (p = { source, doc: parseDocument(source, { id: path, path }) }))
  }
  return p
}

/** The source line a segment starts on. */
function lineAt(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', offset - 1) + 1
  const end = source.indexOf('\n', offset)
  return source.slice(start, end < 0 ? source.length : end)
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/u
/** A list item whose content is an ATX heading (`1.  ##### Step`): a heading, as Markdown reads it. */
const HEADING_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+#{1,6}\s/u
/** A list item that is one link to a place on the page (`- [Collector](#collector)`): an entry of a table of contents. */
const CONTENTS_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[^\]]+\]\(#[^)]*\)\s*$/u

describe('roles of real translated Markdown (dev sets)', () => {
  it('reads no item of a list as a heading or as page furniture, however short or unpunctuated (a table of contents aside)', () => {
    const wrong: string[] = []
    for (const path of files) {
      const { source, doc } = parse(path)
      for (const s of doc.segments) {
        if (s.role !== 'heading' && s.role !== 'boilerplate') continue
        const line = lineAt(source, s.place.start.offset)
        if (LIST_ITEM.test(line) && !(s.role === 'heading' && HEADING_ITEM.test(line)) && !(s.role === 'boilerplate' && CONTENTS_ITEM.test(line))) wrong.push(`${path}: ${s.role} “${s.text.slice(0, 60)}”`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('keeps the short items of a feature list as content beside the prose around them', () => {
    const { doc } = parse('data/docs-dev/starship-readme/README.md')
    const item = doc.segments.find((s) => s.text.startsWith('Presets – get inspired'))
    expect(item?.role).toBe('body')
    const rustdesk = parse('tests/fixtures/real/rustdesk-readme/README.md').doc
    expect(rustdesk.segments.filter((s) => s.role === 'heading').length).toBeLessThan(rustdesk.segments.filter((s) => s.role === 'body').length)
  })

  it('reads a <summary> that does not ask as a heading over its block, in every translation', () => {
    for (const path of files.filter((f) => f.includes('starship-readme'))) {
      const { doc } = parse(path)
      expect(doc.segments.filter((s) => s.role === 'question').map((s) => s.text)).toEqual([])
      expect(doc.segments.find((s) => s.text === 'Android')?.role).toBe('heading')
      expect(doc.segments.find((s) => s.text === 'Zsh')?.role).toBe('heading')
    }
  })

  it('lends a code block, comments aside, to the paragraph before it as a code anchor, the same in every translation', () => {
    const codeOf = (path: string): string[] =>
      parse(path)
        .doc.segments.filter((s) => s.role !== 'code')
        .flatMap((s) => (s.anchors ?? []).filter((a) => a.kind === 'code' && a.text.includes('\n')).map((a) => a.text))
    const english = codeOf('data/docs-dev/starship-faq/docs/faq/README.md')
    // The bash example's comments are translated; its code is not.
    expect(english).toContain('STATUS=$?\nNUM_JOBS=$(jobs -p | wc -l)\nPS1="$(starship prompt --status=$STATUS --jobs=$NUM_JOBS)"')
    for (const language of ['ja-JP', 'ko-KR', 'ru-RU', 'zh-CN']) expect(codeOf(`data/docs-dev/starship-faq/docs/${language}/faq/README.md`)).toEqual(english)
  })

  it('reads a line of a script that ends sentences with no mark (Thai) as a sentence, not as a heading', () => {
    // Hexo's Thai troubleshooting page: "Wrap the string with quotations if it contains colons." with no end mark.
    const { doc } = parse('data/docs-dev/hexo-troubleshooting/source/th/docs/troubleshooting.md')
    for (const start of ['ปกคลุม string ด้วย quotation', 'ทำให้แน่ใจว่าคุณกำลังใช้ soft tab', 'คุณเพิ่มขนาด heap memory']) {
      expect(doc.segments.find((s) => s.text.startsWith(start))?.role, start).toBe('body')
    }
  })

  it('reads a list of links to places on the page as a table of contents (page furniture), in every translation', () => {
    // OpenTelemetry's components page lists its sections as in-page links (`- [Collector](#collector)`, nested too).
    for (const language of ['en', 'es', 'ja', 'pt', 'ro']) {
      const doc = parse(`data/docs-dev/opentelemetry-concepts/content/${language}/docs/concepts/components.md`).doc
      const entries = doc.segments.filter((s) => s.role === 'boilerplate')
      expect(entries.length, language).toBe(11)
      // The sections they lead to are read as ever: the page's own headings.
      expect(doc.segments.filter((s) => s.role === 'heading').length, language).toBeGreaterThanOrEqual(11)
    }
    // A list whose items are prose with links stays content (Day.js's feature list).
    const dayjs = parse('data/docs-dev/dayjs-readme/README.md').doc
    expect(dayjs.segments.filter((s) => s.role === 'boilerplate').length).toBeLessThan(3)
  })

  it('reads a short sentence that ends with a mark and then an emoji as a sentence, not as a heading', () => {
    // Starship's credits line ("Please check out these previous works… 🙏", too long for a heading in English) and
    // Day.js's thanks to its backers: the sentence ends before the emoji, in every translation that ends it.
    const lines: Array<[string, string]> = [
      ['data/docs-dev/starship-readme/README.md', 'Please check out these previous works'],
      ['data/docs-dev/starship-readme/docs/ar-SA/guide/README.md', 'يرجى التحقق من هذه الأعمال السابقة'],
      ['data/docs-dev/starship-readme/docs/ko-KR/guide/README.md', 'Starship 을 만드는 데에 영감이 되었던'],
      ['data/docs-dev/starship-readme/docs/ru-RU/guide/README.md', 'Пожалуйста, ознакомьтесь с предыдущими проектами'],
      ['data/docs-dev/starship-readme/docs/zh-CN/guide/README.md', '请查看这些曾经启发了 Starship 的项目'],
      ['data/docs-dev/dayjs-readme/README.md', 'And thank you to all our backers!'],
      ['data/docs-dev/dayjs-readme/docs/fr/README-fr.md', 'Et merci à tous nos donateurs !'],
      ['data/docs-dev/dayjs-readme/docs/he/README-he.md', 'ותודה רבה לכל התומכים שלנו!'],
    ]
    for (const [path, start] of lines) expect(parse(path).doc.segments.find((s) => s.text.startsWith(start))?.role, path).toBe('body')
  })

  it('reads a short Markdown paragraph as prose, not as a heading, unless it is written wholly in bold', () => {
    // Hexo's troubleshooting page: "To fix this, try" before a command, "or" between two; Vite's Scrimba link lines;
    // APatch's "Learn more about KernelPatch" link line. A bold line stays the heading a README writes without `#`.
    const prose: Array<[string, string]> = [
      ['data/docs-dev/hexo-troubleshooting/source/docs/troubleshooting.md', 'To fix this, try'],
      ['data/docs-dev/hexo-troubleshooting/source/docs/troubleshooting.md', 'or'],
      ['data/docs-dev/hexo-troubleshooting/source/ja/docs/troubleshooting.md', 'または'],
      ['data/docs-dev/hexo-troubleshooting/source/es/docs/troubleshooting.md', 'o'],
      ['data/docs-dev/vite-getting-started/vite/docs/guide/index.md', 'Learn Vite through interactive tutorials on Scrimba'],
      ['tests/fixtures/real/apatch-faq/docs/en/faq.md', 'Learn more about KernelPatch'],
      ['tests/fixtures/real/apatch-faq/docs/cn/faq_cn.md', '了解更多关于KernelPatch的信息'],
    ]
    for (const [path, text] of prose) expect(parse(path).doc.segments.find((s) => s.text === text)?.role, `${path}: ${text}`).toBe('body')
    for (const language of ['', 'ja/', 'es/']) {
      const doc = parse(`data/docs-dev/hexo-troubleshooting/source/${language}docs/troubleshooting.md`).doc
      expect(doc.segments.find((s) => s.text === 'Error: cannot modify limit')?.role, language).toBe('heading')
    }
  })

  it('reads a labelled remark (`Note: …`, `注意：…`) as text, neither a heading nor page furniture', () => {
    const remark = (path: string, start: string): string | undefined => parse(path).doc.segments.find((s) => s.text.startsWith(start))?.role
    // "Note:" opens two remarks of the page, so the unfinished one is no heading; the version number is no date.
    expect(remark('data/docs-dev/starship-readme/README.md', 'Note: Only Nushell v0.96+')).toBe('body')
    expect(remark('data/docs-dev/starship-readme/docs/zh-CN/guide/README.md', '注意：仅支持 Nushell v0.96+')).toBe('body')
    expect(remark('data/docs-dev/starship-readme/docs/ja-JP/guide/README.md', '注意: Nushell v0.96')).toBe('body')
    // A Chinese sentence ending with a colon is no `Label:` (22 Han characters are more than three words).
    expect(remark('data/docs-dev/starship-readme/docs/zh-CN/guide/README.md', '从下面的列表中选择您的操作系统')).toBe('body')
    // A bold sub-heading stays a heading though a Japanese paragraph opens with inline code `Error: ENOENT…`.
    expect(remark('data/docs-dev/hexo-troubleshooting/source/ja/docs/troubleshooting.md', 'Error: cannot modify limit')).toBe('heading')
  })

  it('reads a line of download links as content, its links kept as anchors, in every translation', () => {
    for (const path of files.filter((f) => f.includes('rustdesk-readme'))) {
      const line = parse(path).doc.segments.find((s) => /^Windows \| Linux \| mac ?OS$/iu.test(s.text))
      expect(line?.role, path).toBe('body')
      expect(line?.anchors?.some((a) => a.kind === 'url' && a.text.endsWith('/sciter.dll')), path).toBe(true)
    }
  })

  it('reads a date line as furniture in any script\'s digits', () => {
    // RustDesk's Arabic README with a dateline after its opening paragraph, written in Arabic-Indic, ASCII and
    // double-struck digits (a run of ten that follows the bold run with no gap).
    const path = 'tests/fixtures/real/rustdesk-readme/docs/README-AR.md'
    const source = readFileSync(path, 'utf8')
    const at = source.indexOf('\n\n', source.indexOf('BINARY')) + 2
    for (const date of ['١٢ مارس ٢٠٢١', '12 مارس 2021', '𝟙𝟚 مارس 𝟚𝟘𝟚𝟙']) {
      const doc = parseDocument(`${source.slice(0, at)}${date}\n\n${source.slice(at)}`, { id: path, path })
      expect(doc.segments.find((s) => s.text === date)?.role, date).toBe('boilerplate')
    }
  })

  it('reads a line of links to sites and releases as a navigation bar, not as a line of downloads', () => {
    // RustDesk's English README with a menu after its opening paragraph: a domain's last label (`.com`) or a release
    // tag (`v1.2.3`) is not a file's extension.
    const path = 'tests/fixtures/real/rustdesk-readme/README.md'
    const source = readFileSync(path, 'utf8')
    const at = source.indexOf('\n\n', source.indexOf('Rust')) + 2
    for (const [menu, text] of [
      ['[Website](https://rustdesk.com) | [Blog](https://blog.rustdesk.com) | [Discord](https://discord.gg) | [Reddit](https://www.reddit.com/r/rustdesk)', 'Website | Blog | Discord | Reddit'],
      ['Follow us: [Twitter](https://twitter.com) • [Mastodon](https://mastodon.social/@rustdesk) • [YouTube](https://youtube.com)', 'Follow us: Twitter • Mastodon • YouTube'],
      ['[Home](https://rustdesk.com) · [Docs](https://rustdesk.com/docs) · [Releases](https://github.com/rustdesk/rustdesk/releases/tag/v1.2.3)', 'Home · Docs · Releases'],
    ] as const) {
      const doc = parseDocument(`${source.slice(0, at)}${menu}\n\n${source.slice(at)}`, { id: path, path })
      const segments = doc.segments.filter((s) => s.text === text)
      expect(segments.length, menu).toBeGreaterThan(0)
      for (const segment of segments) expect(segment.role, menu).toBe('boilerplate')
    }
  })
})
