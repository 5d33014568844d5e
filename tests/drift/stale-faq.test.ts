import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'

// A real FAQ (tests/fixtures/real/kernelsu-faq: English source and its translations) with one translation made
// stale the way translations go stale: the source gained sections the translation never got.
const FAQ = resolve(import.meta.dirname, '../fixtures/real/kernelsu-faq/website/docs')
const scratch = scratchDir('stale-faq')
afterAll(() => scratch.remove())

function dropLastSections(text: string, count: number): string {
  const starts = [...text.matchAll(/^## /gmu)].map((m) => m.index)
  return text.slice(0, starts[starts.length - count]).trimEnd() + '\n'
}

describe('an English-source FAQ with a stale translation', () => {
  const files = { 'en.md': 'guide/faq.md', 'ja.md': 'ja_JP/guide/faq.md', 'zh.md': 'zh_CN/guide/faq.md', 'ru.md': 'ru_RU/guide/faq.md' }
  const fresh = join(scratch.dir, 'fresh')
  const stale = join(scratch.dir, 'stale')
  for (const dir of [fresh, stale]) {
    mkdirSync(dir, { recursive: true })
    for (const [name, path] of Object.entries(files)) copyFileSync(join(FAQ, path), join(dir, name))
  }
  const vietnamese = readFileSync(join(FAQ, 'vi_VN/guide/faq.md'), 'utf8')
  writeFileSync(join(fresh, 'vi.md'), vietnamese)
  writeFileSync(join(stale, 'vi.md'), dropLastSections(vietnamese, 3))

  it('ranks the translation higher once it lacks the newest sections, and names the questions it lacks', async () => {
    const before = await alignCorpus([fresh], { level: 'turn', source: 'en', workers: 1 })
    const after = await alignCorpus([stale], { level: 'turn', source: 'en', workers: 1 })
    for (const dataset of [before, after]) {
      const family = dataset.families.find((f) => !f.alone)!
      expect(family.documents).toHaveLength(5)
      expect(family.source).toMatch(/en\.md$/)
    }
    const score = (dataset: typeof before, name: string): number => dataset.drift.find((r) => r.document.endsWith(name))!.score
    expect(score(after, 'vi.md')).toBeGreaterThan(score(before, 'vi.md') + 0.1)
    const missing = after.drift.find((r) => r.document.endsWith('vi.md'))!.reasons.filter((r) => r.code === 'missing' && r.score >= 0.5)
    expect(missing.length).toBeGreaterThanOrEqual(3)
    // Named by what they are: the English questions the translation never got.
    expect(missing.some((r) => /metamodule|modules working|hosts/iu.test(r.message))).toBe(true)
    // The Japanese FAQ of this commit is itself behind the English one (no /system RW or hosts questions).
    expect(score(before, 'ja.md')).toBeGreaterThan(score(before, 'vi.md'))
  })
})
