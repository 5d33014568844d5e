import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument } from '../../src/index.js'
import type { Dataset, DriftCode, ParsedDocument } from '../../src/index.js'
import { EXPECTED_CODES, foreignPool, renderWithFault, type FaultKind, type GeneratedDocument } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud, type Article } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD, ../shared/data/pud): articles built from the same sentences in six
// languages, one fault put in on purpose per case, everything aligned together as `align` would.
const LANGUAGES = ['en', 'de', 'ru', 'zh', 'ar', 'th']
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
const articles = buildArticles(sentences)
const pool = foreignPool(articles, sentences)
const qa = articles.filter((a) => a.origin === 'news' && a.shape === 'qa')
const plain = articles.filter((a) => a.origin === 'news' && a.shape === 'plain')

function render(article: Article, faults: Record<string, FaultKind> = {}): GeneratedDocument[] {
  return LANGUAGES.map((lang) => renderWithFault(article, sentences, lang, faults[lang] ?? 'faithful', pool, `${article.id}/${lang}`)!)
}

function run(docs: readonly GeneratedDocument[], options: { source?: string } = {}): { dataset: Dataset; parsed: ParsedDocument[] } {
  const parsed = docs.map((d) => parseDocument(d.text, { id: `${d.article}/${d.language}${d.fault === 'faithful' ? '' : `-${d.fault}`}.txt` }))
  return { dataset: buildDataset(parsed, { level: 'turn', ...options }), parsed }
}

/** Slots whose source-language cell holds the layout block's segment. */
function slotsOf(dataset: Dataset, parsed: readonly ParsedDocument[], doc: GeneratedDocument, block: number): string[] {
  const article = articles.find((a) => a.id === doc.article)!
  const probe = sentences[article.blocks[block]!.sentences[0]!]!.text.en!.slice(0, 24)
  const en = parsed.find((p) => p.id.startsWith(`${doc.article}/en`))!
  const segment = en.segments.find((s) => s.text.includes(probe))!
  const family = dataset.families.find((f) => f.documents.includes(en.id))!
  const table = dataset.alignments.find((a) => a.family === family.id)!
  return table.rows.filter((r) => r.cells[en.id]?.segments.includes(segment.id)).map((r) => r.slot)
}

function firedOn(dataset: Dataset, id: string, slots: readonly string[], codes: readonly string[]): DriftCode[] {
  const report = dataset.drift.find((r) => r.document === id)!
  return report.slots.filter((s) => slots.includes(s.slot)).flatMap((s) => s.reasons).filter((r) => codes.includes(r.code) && r.score >= 0.5).map((r) => r.code)
}

describe('translation families of same-template articles in one folder', () => {
  const docs = [...qa.slice(0, 3), ...plain.slice(0, 2)].flatMap((a, k) => render(a, k === 0 ? { ru: 'missing' } : k === 1 ? { th: 'truncated' } : {}))
  const { dataset } = run(docs)

  it('groups exactly the translations of each article, one document per language', () => {
    const byArticle = new Map<string, string[]>()
    for (const f of dataset.families) for (const d of f.documents) byArticle.set(d.split('/')[0]!, [...(byArticle.get(d.split('/')[0]!) ?? []), f.id])
    for (const [article, families] of byArticle) expect(new Set(families).size, article).toBe(1)
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(5)
    for (const f of dataset.families) expect(f.confidence).toBeGreaterThan(0.5)
  })

  it('builds each pivot around a faithful document, never the damaged one', () => {
    for (const p of dataset.pivots) expect(p.document).not.toMatch(/-(missing|truncated)\.txt$/)
  })
})

describe('drift codes fire on the slot of the fault in real translations', () => {
  const cases: Array<{ fault: Exclude<FaultKind, 'faithful'>; article: Article; lang: string }> = [
    { fault: 'missing', article: qa[0]!, lang: 'ru' },
    { fault: 'extra', article: qa[1]!, lang: 'de' },
    { fault: 'merged', article: plain[0]!, lang: 'zh' },
    { fault: 'split', article: qa[2]!, lang: 'ar' },
    { fault: 'order', article: plain[1]!, lang: 'de' },
    { fault: 'number-changed', article: plain[2]!, lang: 'ru' },
    { fault: 'number-deleted', article: plain[4]!, lang: 'zh' },
    { fault: 'number-deleted', article: qa[5]!, lang: 'th' },
    { fault: 'marker', article: qa[3]!, lang: 'de' },
    { fault: 'truncated', article: plain[3]!, lang: 'ru' },
    // The last answer cut to its first sentence, which the aligner leaves unplaced beside an empty slot.
    { fault: 'truncated', article: qa[5]!, lang: 'ru' },
  ]
  it.each(cases)('$fault in $lang', ({ fault, article, lang }) => {
    const docs = render(article, { [lang]: fault })
    const damaged = docs.find((d) => d.language === lang)!
    expect(damaged.fault).toBe(fault)
    const { dataset, parsed } = run(docs)
    const id = `${article.id}/${lang}-${fault}.txt`
    const slots = damaged.targets.flatMap((b) => slotsOf(dataset, parsed, damaged, b))
    expect(slots.length).toBeGreaterThan(0)
    expect(firedOn(dataset, id, slots, EXPECTED_CODES[fault])).not.toEqual([])
    // The faithful translations of the same family do not show that fault there (a number written in words is
    // read as its value).
    for (const report of dataset.drift.filter((r) => r.document !== id)) expect(firedOn(dataset, report.document, slots, EXPECTED_CODES[fault]), report.document).toEqual([])
    // The damaged one ranks above every faithful one.
    const scores = dataset.drift.map((r) => [r.document, r.score] as const)
    expect(Math.max(...scores.filter(([d]) => d !== id).map(([, s]) => s))).toBeLessThan(scores.find(([d]) => d === id)![1])
  })
})

describe('a paragraph cut short where the alignment slid by one place', () => {
  it('reports the cut answer on its own slot, not its question as missing (source named)', () => {
    const article = qa[5]!
    const docs = render(article, { ru: 'truncated' })
    const damaged = docs.find((d) => d.language === 'ru')!
    const { dataset, parsed } = run(docs, { source: 'en' })
    const id = `${article.id}/ru-truncated.txt`
    const slots = damaged.targets.flatMap((b) => slotsOf(dataset, parsed, damaged, b))
    expect(firedOn(dataset, id, slots, EXPECTED_CODES.truncated)).not.toEqual([])
    expect(dataset.drift.find((r) => r.document === id)!.reasons.filter((r) => r.code === 'missing')).toEqual([])
  })
})

describe('the source option', () => {
  it('builds the pivot around the named original, records it on the family and scores it like any other', () => {
    const article = qa[4]!
    const { dataset } = run(render(article, { de: 'missing' }), { source: 'ru' })
    const family = dataset.families.find((f) => !f.alone)!
    expect(family.source).toBe(`${article.id}/ru.txt`)
    expect(dataset.pivots[0]!.document).toBe(family.source)
    expect(dataset.options.source).toBe('ru')
    expect(dataset.drift.find((r) => r.document === family.source)!.score).toBe(0)
    expect(dataset.drift.find((r) => r.document.endsWith('-missing.txt'))!.components.missing).toBeGreaterThan(0)
  })
})
