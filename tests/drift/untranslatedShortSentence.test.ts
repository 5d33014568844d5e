import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'

// The Excelize documentation's "Data" page (data/docs-fresh3/excelize-doc) in English, German, Japanese and Russian,
// and a copy of the German page with one paragraph put back as the English wrote it: `GetDataValidations returns data
// validations list by given worksheet name.` Read alone among every language, that sentence is French at 0.09, so its
// language was left undecided and the paragraph passed as translated; between German and English it is English.
const EXCELIZE = resolve(import.meta.dirname, '../../data/docs-fresh3/excelize-doc')
const ENGLISH = /^GetDataValidations returns .*$/mu
const GERMAN = /^GetDataValidations gibt .*$/mu

describe('a short sentence left in English whose language alone reads as no language', () => {
  let dir: string
  let dataset: Dataset
  const put = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paracorpus-short-left-'))
    const page = (lang: string): string => readFileSync(join(EXCELIZE, lang, 'data.md'), 'utf8')
    for (const lang of ['en', 'de', 'ja', 'ru']) put(join(lang, 'data.md'), page(lang))
    put(join('copies', 'de', 'data.md'), page('de').replace(GERMAN, ENGLISH.exec(page('en'))![0]))
    dataset = await alignCorpus([dir], { level: 'turn', workers: 1, topReasons: 1000 })
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const leftIn = (path: string): string[] => {
    const doc = dataset.documents.find((d) => d.path === join(dir, path))!
    const report = dataset.drift.find((r) => r.document === doc.id)!
    return report.slots.flatMap((s) => s.reasons.filter((r) => r.score >= 0.5 && / is left in /u.test(r.message)).map((r) => r.message))
  }

  it('is found in the copy, asked as a choice between the page’s language and English', () => {
    expect(leftIn(join('copies', 'de', 'data.md'))).toEqual([expect.stringMatching(/^slot \S+ “GetDataValidations returns data validations…” is left in en: /u)])
  })

  it('is not found in the German page itself', () => {
    expect(leftIn(join('de', 'data.md'))).toEqual([])
  })
})
