import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/index.js'
import { pudTemplate } from '../pivot/pudTemplate.js'

// Interviews of one template from PUD (../shared/data/pud: the same sentences professionally translated) in
// English, Arabic and Thai, one translation damaged, and a Thai translation of a fourth article of the same template
// whose own family is not in the folder: what the dataset says of each family's confidence and of the look-alike.
const LANGUAGES = ['en', 'ar', 'th']
const { template, render } = pudTemplate(LANGUAGES)

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
    // The figures behind the decision: the look-alike's score with the family's Thai translation, under the bar of
    // two documents of one language, and the family's fit to its own Thai translation.
    expect(notes[0]!.reason).toMatch(/^\S+ is left out of every family: \S+ \(0\.\d\d\) belongs to family-\d+, which has (\S+\/th-\S+) in the same language: it scores 0\.\d\d with \1, below the 0\.8 two documents of one language need to share a family.* \(the family fits \1 at 0\.\d\d on average over \d judged pairs?\)$/u)
  })
})
