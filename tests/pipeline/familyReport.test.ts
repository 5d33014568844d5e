import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument } from '../../src/index.js'
import type { ParsedDocument } from '../../src/index.js'
import { foreignPool, renderWithFault, type FaultKind } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud, type Article } from '../../scripts/drift/pudArticles.js'

// Interviews of one template from PUD (../shared/data/pud: the same sentences professionally translated) in
// English, Arabic and Thai, one translation damaged, and a Thai translation of a fourth article of the same template
// whose own family is not in the folder: what the dataset says of each family's confidence and of the look-alike.
const LANGUAGES = ['en', 'ar', 'th']
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
const articles = buildArticles(sentences)
const pool = foreignPool(articles, sentences)
const turns = (a: Article): number => a.blocks.filter((b) => b.kind === 'question').length
const byTurns = new Map<number, Article[]>()
for (const a of articles.filter((x) => x.origin === 'news' && x.shape === 'qa')) byTurns.set(turns(a), [...(byTurns.get(turns(a)) ?? []), a])
const template = [...byTurns.values()].sort((a, b) => b.length - a.length)[0]!

function render(article: Article, lang: string, fault: FaultKind): ParsedDocument {
  const doc = renderWithFault(article, sentences, lang, fault, pool, `${article.id}/${lang}`) ?? renderWithFault(article, sentences, lang, 'faithful', pool, `${article.id}/${lang}`)!
  return parseDocument(doc.text, { id: `${article.id}/${lang}-${doc.fault}` })
}

describe('the family decision in the dataset', () => {
  const chosen = template.slice(0, 3)
  const lookAlike = template[3]!
  const docs = [...chosen.flatMap((a, k) => LANGUAGES.map((l, m) => render(a, l, k === 1 && m === 2 ? 'missing' : 'faithful'))), render(lookAlike, 'th', 'faithful')]
  const dataset = JSON.parse(JSON.stringify(buildDataset(docs, { level: 'turn' }))) as ReturnType<typeof buildDataset>
  const lonely = `${lookAlike.id}/th-faithful`

  it('gives every family of translations its confidence, the mean score of its judged member pairs', () => {
    const families = dataset.families.filter((f) => !f.alone)
    expect(families.map((f) => f.documents)).toEqual(expect.arrayContaining(chosen.map((a) => docs.filter((d) => d.id.startsWith(`${a.id}/`)).map((d) => d.id).sort())))
    for (const family of families) {
      const scores = dataset.verdicts.filter((v) => family.documents.includes(v.a) && family.documents.includes(v.b)).map((v) => v.score)
      expect(family.confidence).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 4)
    }
  })

  it('says why a look-alike of the same template is left out: how well the family fits it and its own translation in that language', () => {
    const alone = dataset.families.find((f) => f.documents.includes(lonely))!
    expect(alone.alone).toBe(true)
    expect(alone.confidence).toBeUndefined()
    const notes = dataset.diagnostics.filter((d) => d.ruleId === 'not-a-translation')
    expect(notes.map((d) => d.file)).toEqual([lonely])
    expect(notes[0]!.severity).toBe('warning')
    // The figures behind the decision: the family's fit to the look-alike and to its own Thai translation.
    expect(notes[0]!.reason).toMatch(/^\S+ is left out of every family: \S+ \(0\.\d\d\) belongs to (family-\d+), which fits it at 0\.\d\d on average over \d judged pairs? and has \S+\/th-\S+ in the same language, which the family fits at 0\.\d\d on average over \d judged pairs?$/u)
  })
})
