import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument } from '../../src/index.js'
import { buildFamily } from '../../src/pipeline/familyStage.js'
import { foreignPool, renderWithFault } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD, ../shared/data/pud) of one news interview in six languages.
const LANGUAGES = ['en', 'de', 'ru', 'zh', 'ar', 'th']
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
const articles = buildArticles(sentences)
const pool = foreignPool(articles, sentences)
const article = articles.find((a) => a.id === 'article-055')!

function run(damaged: string | undefined, id = 'article-055', draw = '') {
  const article = articles.find((a) => a.id === id)!
  const docs = LANGUAGES.map((lang) => renderWithFault(article, sentences, lang, lang === damaged ? 'truncated' : 'faithful', pool, `${article.id}/${lang}${lang === damaged ? draw : ''}`)!)
  const parsed = docs.map((d) => parseDocument(d.text, { id: `${d.language}${d.fault === 'faithful' ? '' : `-${d.fault}`}.txt` }))
  return { docs, dataset: buildDataset(parsed, { level: 'turn', source: 'en' }) }
}

describe('partial from the sentences inside a slot', () => {
  it('finds an answer cut after its long first sentence in Thai, written without sentence punctuation', () => {
    const { docs, dataset } = run('th')
    const damaged = docs.find((d) => d.language === 'th')!
    // The first sentence of the cut answer holds most of its text: the length alone stays within translation variance.
    const block = article.blocks[damaged.targets[0]!]!
    const lengths = block.sentences.map((i) => sentences[i]!.text.en!.length)
    expect(lengths[0]! / lengths.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.7)
    const report = dataset.drift.find((r) => r.document === 'th-truncated.txt')!
    const partial = report.slots.flatMap((s) => s.reasons).filter((r) => r.code === 'partial' && r.score >= 0.5)
    expect(partial.map((r) => r.message)).toEqual([expect.stringMatching(/first sentence holds/u)])
  })

  it('stays silent on the faithful translations of the same interview', () => {
    const { dataset } = run(undefined)
    for (const report of dataset.drift) expect(report.slots.flatMap((s) => s.reasons).filter((r) => r.code === 'partial' && r.score >= 0.5), report.document).toEqual([])
  })

  // The aligner pairs the cut paragraph's one sentence with all the pivot's sentences at once (a 2–1 or 3–1 bead),
  // and the cell may land in the neighbouring slot; the pair's own length ratio and the pivot document's sentence
  // ends still tell which paragraph lost its end.
  it.each([
    ['ar', 'article-022', 'body-5'],
    ['ru', 'article-020', 'body-2'],
  ])('finds a %s paragraph of %s cut after its first sentence on its own slot, %s', (lang, id, slot) => {
    const { docs, dataset } = run(lang, id)
    const damaged = docs.find((d) => d.language === lang)!
    expect(damaged.targets).toHaveLength(1)
    const report = dataset.drift.find((r) => r.document === `${lang}-truncated.txt`)!
    const partial = report.slots.find((s) => s.slot === slot)!.reasons.filter((r) => r.code === 'partial' && r.score >= 0.5)
    expect(partial.map((r) => r.message)).toEqual([expect.stringMatching(/own length ratio\), what the first sentence holds there/u)])
  })

  it('stays silent on faithful translations of those articles', () => {
    for (const id of ['article-022', 'article-020']) {
      const { dataset } = run(undefined, id)
      for (const report of dataset.drift) expect(report.slots.flatMap((s) => s.reasons).filter((r) => r.code === 'partial' && r.score >= 0.5), `${id} ${report.document}`).toEqual([])
    }
  })

  // The German paragraph cut after `Es war der 30. August 2015, als …`: the segmenter ends a sentence at the ordinal's
  // dot, so the cut paragraph has two sentences, as many as the slot has in the source; it keeps under a third of the
  // text the pair's ratio expects.
  it('finds a paragraph cut after its first sentence that the segmenter reads as two', () => {
    const { docs, dataset } = run('de', 'article-050', '#5')
    const damaged = docs.find((d) => d.language === 'de')!
    expect(damaged.targets).toEqual([4])
    const parsed = dataset.documents.find((d) => d.id === 'de-truncated.txt')!
    expect(parsed.segments.find((s) => s.text.startsWith('Es war der 30.'))!.sentences).toHaveLength(2)
    const report = dataset.drift.find((r) => r.document === 'de-truncated.txt')!
    const partial = report.slots.flatMap((s) => s.reasons).filter((r) => r.code === 'partial' && r.score >= 0.5)
    expect(partial.map((r) => r.slot)).toEqual(['body-4'])
    const { dataset: faithful } = run(undefined, 'article-050')
    for (const r of faithful.drift) expect(r.slots.flatMap((s) => s.reasons).filter((x) => x.code === 'partial' && x.score >= 0.5), r.document).toEqual([])
  })

  // A first sentence holding four fifths of its slot leaves a cut within the pair's length spread: the lengths alone
  // cannot tell it from a translation that writes that sentence longer. The other translations write the slot in two
  // sentences where the cut one has one, and this translation keeps the others' sentence count everywhere else.
  it.each([
    ['ar', 'article-020', '#2', 'body-4'],
    ['ar', 'article-049', '#1', 'a-3'],
  ])('finds a %s paragraph of %s (draw %s) cut within the length spread on %s, from the sentence counts', (lang, id, draw, slot) => {
    const { docs, dataset } = run(lang, id, draw)
    const damaged = docs.find((d) => d.language === lang)!
    expect(damaged.targets).toHaveLength(1)
    const report = dataset.drift.find((r) => r.document === `${lang}-truncated.txt`)!
    const kept = report.slots.find((s) => s.slot === slot)!.reasons.find((r) => r.code === 'partial')
    expect(kept?.score).toBeGreaterThanOrEqual(0.5)
    expect(kept?.message).toMatch(/has 1 sentence where \d of the other \d translations have more, and keeps (7|8|9)\d% of the text/u)
    const { dataset: faithful } = run(undefined, id)
    for (const r of faithful.drift) expect(r.slots.flatMap((s) => s.reasons).filter((x) => x.code === 'partial' && x.score >= 0.5), r.document).toEqual([])
  })

  // A pivot built around the Thai translation, which has no sentence marks: each of its paragraphs is one sentence,
  // so its sentence ends cannot say where a cut paragraph stops. The member that writes most paragraphs in several
  // sentences is read in its place (the aligner also swapped the cut paragraph with its longer neighbour here).
  it('finds a cut against another member when the pivot is built around a Thai translation', () => {
    const built = (damaged: string | undefined) => {
      const article = articles.find((a) => a.id === 'article-020')!
      const docs = LANGUAGES.map((lang) => renderWithFault(article, sentences, lang, lang === damaged ? 'truncated' : 'faithful', pool, `${article.id}/${lang}`)!)
      const parsed = docs.map((d) => parseDocument(d.text, { id: `${d.language}${d.fault === 'faithful' ? '' : `-${d.fault}`}.txt` })).sort((a, b) => (a.id < b.id ? -1 : 1))
      const family = { id: 'family-1', documents: parsed.map((d) => d.id), alone: false }
      return buildFamily(family, parsed, { level: 'turn', pivot: 'consensus', source: 'th', threshold: 0.5, align: {}, weights: undefined }, new Map())
    }
    const result = built('ru')
    expect(result.pivot?.document).toBe('th.txt')
    const report = result.drift.find((r) => r.document === 'ru-truncated.txt')!
    const partial = report.slots.find((s) => s.slot === 'body-2')!.reasons.filter((r) => r.code === 'partial' && r.score >= 0.5)
    expect(partial.map((r) => r.message)).toEqual([expect.stringMatching(/hold in (en|de|ru|zh|ar)\.txt \(at this translation's own length ratio\), what the first sentence holds there/u)])
    for (const r of built(undefined).drift) expect(r.slots.flatMap((s) => s.reasons).filter((x) => x.code === 'partial' && x.score >= 0.5), r.document).toEqual([])
  })
})
