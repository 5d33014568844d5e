import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'

// free-programming-books's HOWTO (data/docs-dev/free-programming-books-howto) in English, Italian and Turkish. The
// page opens with a list of links to guides (`* [Creating a pull request](…)`), whose texts the translations
// translate. In the Italian page one item is put back as the English wrote it: a list item that is only a link is the
// passage itself, not a title named within one, and left in English it is found.
const HOWTO = resolve(import.meta.dirname, '../../data/docs-dev/free-programming-books-howto/docs')
const ENGLISH_ITEM = /^\* \[Creating a pull request\]\([^)]*\)$/mu
const ITALIAN_ITEM = /^\* \[Creare una pull request\]\([^)]*\).*$/mu

describe('a list item that is only a link, left in English', () => {
  let dir: string
  let dataset: Dataset
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paracorpus-link-list-'))
    mkdirSync(join(dir, 'docs'))
    const english = readFileSync(join(HOWTO, 'HOWTO.md'), 'utf8')
    const item = ENGLISH_ITEM.exec(english)![0]
    writeFileSync(join(dir, 'docs', 'HOWTO.md'), english)
    writeFileSync(join(dir, 'docs', 'HOWTO-it.md'), readFileSync(join(HOWTO, 'HOWTO-it.md'), 'utf8').replace(ITALIAN_ITEM, item))
    writeFileSync(join(dir, 'docs', 'HOWTO-tr.md'), readFileSync(join(HOWTO, 'HOWTO-tr.md'), 'utf8'))
    dataset = await alignCorpus([dir], { level: 'turn', workers: 1, topReasons: 1000 })
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is found: its link’s text is all the item says', () => {
    const doc = dataset.documents.find((d) => (d.path ?? '').endsWith('HOWTO-it.md'))!
    const report = dataset.drift.find((r) => r.document === doc.id)!
    const left = report.slots.flatMap((s) => s.reasons.filter((r) => r.score >= 0.5 && / is left in en: /u.test(r.message)).map((r) => r.message))
    expect(left).toEqual([expect.stringMatching(/^slot \S+ “Creating a pull request” is left in en: /u)])
  })
})
