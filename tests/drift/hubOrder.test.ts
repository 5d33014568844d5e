import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { alignCorpus } from '../../src/index.js'
import { foreignPool, renderWithFault } from '../../scripts/drift/faults.js'
import { LANGUAGES, articles, sentences } from './newsFamilies.js'

// Real professional translations (PUD): plain news articles in six languages, all in one folder. In every article
// the Russian translation has two neighbouring paragraphs in each other's places, and the pivot is built from the
// Russian documents (`pivot: 'ru'`): the slots are laid out in the order of the one translation whose content
// moved. The move must be reported on that translation, not on each faithful one.
const dir = mkdtempSync(join(tmpdir(), 'paracorpus-hub-order-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const plain = articles.filter((a) => a.shape === 'plain' && a.blocks.length >= 6).slice(0, 8)
const pool = foreignPool(articles, sentences)
const moved = new Set<string>()
const files = new Map<string, string>()
for (const article of plain) {
  for (const lang of LANGUAGES) {
    const doc = renderWithFault(article, sentences, lang, lang === 'ru' ? 'order' : 'faithful', pool, `${article.id}/${lang}`)!
    writeFileSync(join(dir, doc.file), doc.text)
    files.set(doc.file, lang)
    if (lang === 'ru') moved.add(doc.file)
  }
}

describe('a move in the translation the pivot is built from', () => {
  it('is reported on that translation, and not on the faithful ones', async () => {
    const dataset = await alignCorpus([dir], { level: 'turn', pivot: 'ru', workers: 1 })
    const orderOf = (file: string): boolean => {
      const report = dataset.drift.find((r) => dataset.documents.find((d) => d.id === r.document)?.path?.endsWith(file) === true)
      return report?.slots.some((s) => s.reasons.some((r) => r.code === 'order' && r.score >= 0.5)) === true
    }
    const found = [...moved].filter(orderOf).length
    const alarms = [...files.keys()].filter((f) => !moved.has(f) && orderOf(f)).length
    expect(moved.size).toBe(plain.length)
    expect(found).toBeGreaterThanOrEqual(Math.ceil(plain.length * 0.75))
    expect(alarms).toBeLessThanOrEqual(Math.floor((files.size - moved.size) * 0.05))
  }, 300_000)
})
