import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'

// Starship's README (data/docs-dev/starship-readme) in English and Korean, from the "Contributing" section to the end.
// The Korean page keeps the "Code Signing Policy" section in English, whose roles are list items naming a team:
// `- Reviewers: [Astronauts](…)`, `- Approvers and Authors: [Mission Control](…)`. A team's name is a link's text, as
// the cited titles of tests/drift/untranslatedCitations.test.ts are; the link closes the sentence, where a pattern
// read over the sentence's source never saw its `](`.
const STARSHIP = resolve(import.meta.dirname, '../../data/docs-dev/starship-readme')
const FILES = ['README.md', 'docs/ko-KR/guide/README.md']

/** The page from its "Contributing" heading (`## 🤝 …`) on. */
function tail(file: string): string {
  const text = readFileSync(join(STARSHIP, file), 'utf8')
  return text.slice(text.indexOf('## 🤝'))
}

describe('a link that closes a sentence (a team named in a list kept in English)', () => {
  let dir: string
  let dataset: Dataset
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paracorpus-link-ranges-'))
    for (const file of FILES) {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), tail(file))
    }
    dataset = await alignCorpus([dir], { level: 'turn', workers: 1, topReasons: 1000 })
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is no passage left in English, its link’s text aside, while the section’s prose left in English is found', () => {
    const doc = dataset.documents.find((d) => (d.path ?? '').endsWith('ko-KR/guide/README.md'))!
    const report = dataset.drift.find((r) => r.document === doc.id)!
    const left = report.slots.flatMap((s) => s.reasons.filter((r) => r.score >= 0.5 && / is left in en: /u.test(r.message)).map((r) => r.message.replace(/^slot \S+ /u, '').replace(/ is left in .*$/u, '')))
    expect(left).toEqual(['“We are always looking for contributors of all…”', '“Free code signing provided by SignPath.io,…”', '“This program will not transfer any information…”'])
  })
})
