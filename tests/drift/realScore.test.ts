import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { DriftReport } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// Real translated docs (data/docs-dev) in one folder, as `align` reads them, with one translation copied and damaged.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('real-score')
afterAll(() => scratch.remove())

const BIOME = ['en', 'es', 'ja', 'pl', 'ru', 'zh-CN'].map((l) => `biome-manual-installation/src/content/docs/${l === 'en' ? '' : `${l}/`}guides/manual-installation.mdx`)
const STARSHIP = ['en', 'ja-JP', 'ko-KR', 'ru-RU', 'zh-CN'].map((l) => `starship-faq/docs/${l === 'en' ? '' : `${l}/`}faq/README.md`)
const HEADERS = ['en', 'ja', 'ko', 'ru', 'zh'].map((l) => `fastapi-header-params/docs/${l}/docs/tutorial/header-params.md`)

describe('the document score on real translated docs', () => {
  it('ranks a translation that lost a code block above one whose reasons are all weak', async () => {
    // The Japanese Biome page has only weak reasons (a slot somewhat long or short, lines and list items the
    // alignment left beside their cells): ordinary translation variance. The Russian FastAPI page without its two-line `X-Token` request
    // block has one strong one: its slot lost the block's code.
    const dir = join(scratch.dir, 'docs')
    for (const path of [...BIOME, ...STARSHIP, ...HEADERS]) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      copyFileSync(join(DEV, path), join(dir, path))
    }
    const russian = readFileSync(join(DEV, HEADERS[3]!), 'utf8')
    const damaged = russian.replace('```\nX-Token: foo\nX-Token: bar\n```\n\n', '')
    expect(damaged).not.toBe(russian)
    const copy = join(dir, 'copy', HEADERS[3]!)
    mkdirSync(dirname(copy), { recursive: true })
    writeFileSync(copy, damaged)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const report = (suffix: string): DriftReport => dataset.drift.find((r) => r.document.endsWith(suffix) && r.document.includes('copy') === suffix.startsWith('copy'))!
    const lost = report(`copy/${HEADERS[3]!}`)
    const strong = (r: DriftReport): string[] => [...r.slots.flatMap((s) => s.reasons), ...r.reasons].filter((x) => x.score >= 0.5).map((x) => x.code)
    expect(strong(lost)).toContain('anchor-lost')
    const weak = report(BIOME[2]!)
    expect(strong(weak)).toEqual([])
    expect(lost.score).toBeGreaterThan(weak.score)
    // The Japanese Starship FAQ's other reasons are weak too; its strong ones are the sentences it left in English
    // (`This time limit is configurable…` among its Japanese ones), which are the English page's text of their slots.
    const left = [...report(STARSHIP[1]!).slots.flatMap((s) => s.reasons)].filter((x) => x.score >= 0.5)
    expect(left.length).toBeGreaterThan(0)
    for (const x of left) expect(`${x.code} ${x.message}`).toMatch(/^replaced .* is left in en: /u)
  }, 300_000)
})
