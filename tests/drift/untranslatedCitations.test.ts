import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'

// opensource.guide's "Finding Users for Your Project" (data/docs-fresh) in English, Bulgarian and Japanese. Each
// pull quote ends with an attribution line, `— @nathanmarz, ["History of Apache Storm and Lessons Learned"](…)`:
// the Japanese page keeps the cited titles in English, the Bulgarian one translates them.
// The Bulgarian page also left one heading in English, as its project wrote it.
const GUIDE = resolve(import.meta.dirname, '../../data/docs-fresh/opensource-guide/_articles')
const FILES = ['finding-users.md', 'bg/finding-users.md', 'ja/finding-users.md']

/** The reasons ≥ 0.5 of the document whose path ends with `file` that say a slot is left in a language. */
function leftIn(dataset: Dataset, file: string): string[] {
  const doc = dataset.documents.find((d) => (d.path ?? '').endsWith(`_articles/${file}`))
  expect(doc, file).toBeDefined()
  const report = dataset.drift.find((r) => r.document === doc!.id)!
  return report.slots.flatMap((s) => s.reasons.filter((r) => r.score >= 0.5 && / is left in /u.test(r.message)).map((r) => `${r.code}: ${r.message}`))
}

describe('the attribution lines of quotes, whose cited titles a translation keeps', () => {
  let dir: string
  let dataset: Dataset
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paracorpus-citations-'))
    for (const file of FILES) {
      mkdirSync(dirname(join(dir, '_articles', file)), { recursive: true })
      cpSync(join(GUIDE, file), join(dir, '_articles', file))
    }
    dataset = await alignCorpus([dir], { level: 'turn', workers: 1, topReasons: 1000 })
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('are no passage left in English (a link’s text names the work; the line is a name and a title)', () => {
    expect(leftIn(dataset, 'ja/finding-users.md')).toEqual([])
  })

  it('while the heading the Bulgarian page left in English is still found', () => {
    expect(leftIn(dataset, 'bg/finding-users.md')).toEqual([expect.stringMatching(/^replaced: slot \S+ “Help people find and follow your project” is left in en: /u)])
  })
})
