import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { anchorDrift, nearbyCode } from '../../src/drift/anchorDrift.js'
import { anchorsOfSegments } from '../../src/pivot/pivotAnchors.js'
import type { PivotAnchor, PivotSlot, Segment } from '../../src/types.js'

// Anchors on the real translated Markdown of the dev sets (tests/fixtures/real, data/docs-dev; sources and licences
// in their READMEs): what faithful translators do with code, versions and step numbers.

function segments(path: string): Segment[] {
  return parseDocument(readFileSync(path, 'utf8'), { id: path, path }).segments
}

/** The first segment of a document whose text holds a probe. */
function segment(path: string, probe: string): Segment {
  const found = segments(path).find((s) => s.text.includes(probe))
  if (found === undefined) throw new Error(`no segment with “${probe}” in ${path}`)
  return found
}

/** A slot's expected anchors as the pivot would have them when the whole family writes what this segment writes. */
function expectedOf(s: Segment, kinds: readonly string[] = ['number', 'url', 'code', 'email']): PivotAnchor[] {
  return anchorsOfSegments([s])
    .filter((a) => kinds.includes(a.kind))
    .map((a) => ({ kind: a.kind, key: a.normalized, variants: [a.text], support: 1 }))
}

const drift = (expected: PivotAnchor[], s: Segment) => anchorDrift(expected, s.text, anchorsOfSegments([s]))

const fastapi = (set: string, lang: string): string => join('data/docs-dev', `fastapi-${set}`, 'docs', lang, 'docs/tutorial', `${set}.md`)

describe('code a faithful translation writes otherwise (real docs)', () => {
  it('finds code written as plain text, or joined into one span', () => {
    // APatch's Ukrainian FAQ writes boot.img without its backticks.
    const en = segment('tests/fixtures/real/apatch-faq/docs/en/faq.md', 'boot.img')
    const uk = segment('tests/fixtures/real/apatch-faq/docs/uk/faq_uk.md', 'boot.img')
    expect(expectedOf(en).map((a) => a.key)).toContain('boot.img')
    expect(drift(expectedOf(en), uk)).toMatchObject({ lost: 0, changed: 0 })
    // FastAPI's Chinese page writes `convert_underscores = False` where the others write `convert_underscores` and `False`.
    const note = segment(fastapi('header-params', 'en'), 'Before setting')
    const zh = segment(fastapi('header-params', 'zh'), '要慎重')
    expect(drift(expectedOf(note), zh)).toMatchObject({ lost: 0, changed: 0 })
  })

  it('weighs code of plain words translated as words as a re-spelled name, below 0.5', () => {
    // `bool` → 布尔值 (FastAPI, Chinese), the app's `Unsupported` → 不支持 (KernelSU, Chinese), `starship prompt` →
    // `starship 프롬프트` (Starship FAQ, Korean).
    const en = segment(fastapi('query-params', 'en'), 'your function will see the parameter')
    const zh = segment(fastapi('query-params', 'zh'), '函数接收的')
    const result = drift(expectedOf(en), zh)
    expect(result.lostAnchors).toEqual(['bool'])
    expect(result.lost).toBeGreaterThan(0)
    expect(result.lost).toBeLessThan(0.5)
    const faq = (lang: string): string => join('data/docs-dev/starship-faq/docs', lang, 'faq/README.md')
    const ko = segment(faq('ko-KR'), '에서 지원하는 모든 플래그')
    const flags = expectedOf(segment('data/docs-dev/starship-faq/docs/faq/README.md', 'For a list of all flags'))
    expect(flags.map((a) => a.key)).toContain('starship prompt')
    const ko2 = drift(flags, ko)
    expect(ko2.changed).toBe(0)
    expect(ko2.lost).toBeLessThan(0.5)
  })

  it('finds a code block lent to a neighbouring paragraph of the translation, and does not call it a changed block', () => {
    // RustDesk's Japanese README puts a label of its own (`デバッグビルドを起動する場合:`) before `target/debug/rustdesk`,
    // so that block belongs to that label, which sits in the slot of the English `Or, if you're running a release
    // executable:`, whose block `target/release/rustdesk` the Japanese lends to its next label.
    const readme = 'tests/fixtures/real/rustdesk-readme/README.md'
    const english = ['Note that the first build', "Or, if you're running a release", 'Please ensure that you run'].map((p) => segment(readme, p))
    const slots: PivotSlot[] = english.map((s, i) => ({ id: `body-${i}`, role: 'body', anchors: expectedOf(s, ['code']), share: 0.1 }))
    expect(slots[1]!.anchors.map((a) => a.key)).toEqual(['target/release/rustdesk'])
    const jp = segments('tests/fixtures/real/rustdesk-readme/docs/README-JP.md')
    const id = (probe: string): string => jp.find((s) => s.text.includes(probe))!.id
    const cells = [[id('初回ビルドは')], [id('デバッグビルドを起動する場合')], [id('コマンドをRustDeskリポジトリのルートから')]]
    const nearby = nearbyCode(slots, cells, jp)
    const cell = jp.find((s) => s.id === cells[1]![0])!
    expect(anchorDrift(slots[1]!.anchors, cell.text, anchorsOfSegments([cell]))).toMatchObject({ changed: 1 })
    expect(anchorDrift(slots[1]!.anchors, cell.text, anchorsOfSegments([cell]), nearby[1])).toMatchObject({ lost: 0, changed: 0 })
  })

  it('still calls a code block lost when no paragraph near the slot has it', () => {
    const readme = 'tests/fixtures/real/rustdesk-readme/README.md'
    const english = segment(readme, 'Then, each time you need to build')
    const expected = expectedOf(english, ['code'])
    expect(expected).toHaveLength(1)
    const label = segment('tests/fixtures/real/rustdesk-readme/docs/README-JP.md', 'このコマンドはRustDeskをビルドする度に')
    expect(anchorDrift(expected, label.text, [], { found: [], expected: [] }).lost).toBe(1)
  })
})

describe('versions and step numbers (real docs)', () => {
  it('reads `GKI1` for `GKI 1.0`, a version with a zero fraction written whole', () => {
    const en = segment('tests/fixtures/real/kernelsu-faq/website/docs/guide/faq.md', 'completely different from GKI 2.0')
    const zh = segment('tests/fixtures/real/kernelsu-faq/website/docs/zh_CN/guide/faq.md', 'GKI1 跟 GKI2')
    expect(expectedOf(en, ['number']).map((a) => a.variants[0])).toEqual(['1.0', '2.0'])
    expect(drift(expectedOf(en, ['number']), zh)).toMatchObject({ lost: 0, changed: 0 })
    // A version written otherwise is still drift.
    const other = anchorDrift(expectedOf(en, ['number']), 'GKI1 跟 GKI3 完全不同')
    expect(Math.max(other.lost, other.changed)).toBeGreaterThanOrEqual(0.5)
  })

  it('reads the Arabic ordinal `الأولى` (first) as a way to write step 1', () => {
    const readme = (lang: string): string => join('data/docs-dev/starship-readme/docs', lang, 'guide/README.md')
    const ar = segments(readme('ar-SA')).find((s) => s.role === 'heading' && s.text.includes('الخطوة الأولى'))!
    const step: PivotAnchor = { kind: 'number', key: '1', variants: ['1'], support: 1 }
    expect(anchorDrift([step], ar.text).lost).toBe(0)
    expect(anchorDrift([step], 'الخطوة. تثبيت starship').lost).toBe(1)
  })
})

describe('links and heading ids of localised doc sites (real docs)', () => {
  const biome = (lang: string): string => join('data/docs-dev/biome-manual-installation/src/content/docs', lang, 'guides/manual-installation.mdx')

  it('takes a link to the localised page for the same link, whatever its fragment names', () => {
    // Biome's Spanish page links `/es/guides/getting-started#instalación`, the Japanese `/ja/guides/getting-started`,
    // where the English links `/guides/getting-started#installation`: the same page, its heading named in its language.
    const en = segment(biome(''), 'preferred way to install')
    const expected = expectedOf(en, ['url'])
    expect(expected.map((a) => a.key)).toEqual(['/guides/getting-started#installation'])
    for (const [lang, probe] of [['es', 'forma preferida de instalar'], ['ja', 'すでにnpm']] as const) expect(drift(expected, segment(biome(lang), probe))).toMatchObject({ lost: 0, changed: 0 })
    // Another page is still another page.
    const other = [{ kind: 'url' as const, text: '/es/guides/big-projects#instalación', normalized: '/es/guides/big-projects#instalación' }]
    expect(anchorDrift(expected, '', other).changed).toBe(1)
  })

  it('weighs a heading id the translation does not write as a name, below 0.5', () => {
    // OpenTelemetry's translations add `{#distributed-traces}` to keep the English page's generated id; the Chinese
    // heading has none.
    const primer = (lang: string): string => join('data/docs-dev/opentelemetry-observability-primer/content', lang, 'docs/concepts/observability-primer.md')
    const pt = segments(primer('pt')).find((s) => s.slug === 'distributed-traces')!
    const zh = segments(primer('zh')).find((s) => s.role === 'heading' && s.text === '分布式链路')!
    const expected = expectedOf(pt, ['slug'])
    expect(expected).toHaveLength(1)
    const result = drift(expected, zh)
    expect(result.lostAnchors).toEqual(['distributed-traces'])
    expect(result.lost).toBeLessThan(0.5)
  })
})
