import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument } from '../../src/index.js'
import type { Dataset, DriftReason, Segment } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// The links of README headers and badge rows (data/docs-dev, tests/fixtures/real; sources and licences in their
// READMEs): blocks of links and images a reader follows, which are no segment of their own.
const REAL = resolve(import.meta.dirname, '../fixtures/real')
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('header-links')
afterAll(() => scratch.remove())

function segments(path: string, text = readFileSync(path, 'utf8')): Segment[] {
  return parseDocument(text, { id: path, path }).segments
}

/** The URL anchors of the segment whose text holds a probe. */
function urls(all: readonly Segment[], probe: string): string[] {
  const found = all.find((s) => s.text.includes(probe))
  if (found === undefined) throw new Error(`no segment with “${probe}”`)
  return (found.anchors ?? []).filter((a) => a.kind === 'url').map((a) => a.text)
}

describe('links of header blocks and badges are anchors', () => {
  it('lends the links of a block of badges, and a logo, to the content they stand beside', () => {
    // Starship's README opens with a logo and a `<p align="center">` of linked badges, no word to read: no segment,
    // but their links (not the badges' images, whose labels translations localise) are the first paragraph's.
    const en = segments(join(DEV, 'starship-readme/README.md'))
    expect(en.some((s) => s.text.trim() === '')).toBe(false)
    const links = (en.find((s) => s.role !== 'boilerplate' && s.role !== 'code')!.anchors ?? []).map((a) => a.text)
    expect(links).toContain('https://crates.io/crates/starship')
    expect(links).toContain('https://raw.githubusercontent.com/starship/starship/main/media/logo.png')
    expect(links.some((l) => l.startsWith('https://img.shields.io/'))).toBe(false)
    // RustDesk's header: the logo's `<img>` on the line before the links is kept with them; the `Chat with us:` bar
    // (furniture) and the Markdown badge after it lend their links too.
    const rustdesk = segments(join(REAL, 'rustdesk-readme/README.md'))
    const first = urls(rustdesk, 'Misuse Disclaimer')
    for (const link of ['res/logo-header.svg', 'docs/README-JP.md', 'https://discord.gg/nDceKgxnkV', 'https://rustdesk.com/pricing.html']) expect(first).toContain(link)
    expect(first.some((l) => l.includes('img.shields.io'))).toBe(false)
  })

  it('keeps a linked image after a line break, and an image inside a paragraph, with their paragraph', () => {
    // Day.js' Spanish README writes the backers' `<a href><img></a>` on the line after its sentence (one paragraph);
    // Rich's Hindi README writes the screenshots so (`…होगा:` then `![Hello World](…)`).
    const es = segments(join(DEV, 'dayjs-readme/docs/es-es/README-es-es.md'))
    expect(urls(es, 'micromecenas')).toEqual(['https://opencollective.com/dayjs#backers'])
    const hi = segments(join(DEV, 'rich-readme/README.hi.md'))
    expect(urls(hi, 'उत्पादन कुछ इस प्रकार का होगा')).toContain('https://github.com/textualize/rich/raw/master/imgs/hello_world.png')
  })

  it('reports a header link a translation changed or dropped, and none in the headers as they are', async () => {
    const files = ['README.md', ...['ar-SA', 'ja-JP', 'ko-KR', 'ru-RU', 'zh-CN'].map((l) => `docs/${l}/guide/README.md`)]
    const dir = join(scratch.dir, 'starship-readme')
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true })
      copyFileSync(join(DEV, 'starship-readme', f), join(dir, f))
    }
    const ja = readFileSync(join(DEV, 'starship-readme/docs/ja-JP/guide/README.md'), 'utf8')
    // One badge's link changed, another badge dropped.
    const twitter = /  <a href="https:\/\/twitter\.com\/StarshipPrompt"[\s\S]*?<\/a>\n/u
    const changed = ja.replace('href="https://crates.io/crates/starship"', 'href="https://crates.io/crates/starshine"').replace(twitter, '')
    expect(changed.length).toBeLessThan(ja.length - 100)
    writeFileSync(join(dir, 'docs/ja-JP/guide/copy-ja.md'), changed)
    const dataset: Dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const messages = (reasons: readonly DriftReason[], code: string): string => reasons.filter((r) => r.code === code).map((r) => r.message).join('\n')
    const strong = (suffix: string): DriftReason[] =>
      (dataset.drift.find((r) => r.document.endsWith(suffix))?.slots ?? []).flatMap((s) => s.reasons).filter((r) => r.score >= 0.5 && r.code.startsWith('anchor'))
    const copy = strong('copy-ja.md')
    expect(messages(copy, 'anchor-changed')).toContain('https://crates.io/crates/starship → https://crates.io/crates/starshine')
    expect(messages(copy, 'anchor-lost')).toContain('https://twitter.com/StarshipPrompt')
    // The links only the header holds (the badges', the logo, the flags' links to each translation): none lost or
    // changed in the translations as they are, which link their own language's page as the English links its own.
    const header = /starship\/actions|repology\.org|discord\.gg\/starship|twitter\.com\/StarshipPrompt|stand-with-ukraine|media\/logo\.png|blob\/main\/(?:docs|README)/u
    for (const f of files) expect(`${messages(strong(f), 'anchor-lost')}\n${messages(strong(f), 'anchor-changed')}`, f).not.toMatch(header)
  })
})
