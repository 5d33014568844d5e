import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDocSets } from '../../scripts/drift/docSets.js'
import { injectMarkdownFault } from '../../scripts/drift/markdownFaults.js'
import { documentAucs, lengthBaseline, rocAuc, type ScoredDocument } from '../../scripts/drift/metrics.js'

// The document AUCs eval:drift-docs prints, on the dev sets (tests/fixtures/real, data/docs-dev; sources and licences
// in their READMEs): the translations as they are (most not known faithful, several stale) and a section-removed copy
// of each, scored by the length baseline against the true source. The AUC is faulty vs faithful: the
// unmodified translations that are not known faithful must not count as negatives there.
const sets = loadDocSets(['../fixtures/real', '../../data/docs-dev'].map((r) => resolve(import.meta.dirname, r)))
const scored: ScoredDocument[] = sets.flatMap((set) =>
  set.translations.flatMap((t) => {
    const copy = injectMarkdownFault('section-removed', { text: t.text, seed: t.path, source: set.source.text, foreign: [] })
    const score = (text: string): number => lengthBaseline(set.source.text, text)
    const unmodified = { score: score(t.text), baseline: score(t.text), positive: false, faithful: t.faithful }
    return copy === undefined ? [unmodified] : [unmodified, { score: score(copy.text), baseline: score(copy.text), positive: true, faithful: t.faithful }]
  }),
)
const auc = (items: readonly ScoredDocument[]): number => rocAuc(items.map((s) => ({ score: s.score, positive: s.positive })))

describe('document AUCs of the real-docs fault rounds', () => {
  it('scores the faulty copies against the known-faithful translations only, and the copies of those against them', () => {
    const faithful = scored.filter((s) => s.faithful && !s.positive)
    const stale = scored.filter((s) => !s.faithful && !s.positive)
    const copies = scored.filter((s) => s.positive)
    expect(faithful.length).toBeGreaterThanOrEqual(20)
    expect(copies.filter((s) => s.faithful).length).toBeGreaterThan(10)
    const aucs = documentAucs(scored)
    expect(aucs.all.auc).toBeCloseTo(auc(scored), 12)
    expect(aucs.faithful.auc).toBeCloseTo(auc([...copies, ...faithful]), 12)
    expect(aucs.faithfulCopies.auc).toBeCloseTo(auc(scored.filter((s) => s.faithful)), 12)
    // The stale translations differ from their English by length as a copy with a section removed does: as
    // negatives they pull the AUC down; the known-faithful ones do not.
    expect(Math.max(...stale.map((s) => s.score))).toBeGreaterThan(Math.max(...faithful.map((s) => s.score)))
    expect(aucs.faithful.auc).toBeGreaterThan(aucs.all.auc)
    // Here the score is the baseline: both columns read the same.
    expect(aucs.faithful.baseline).toBe(aucs.faithful.auc)
  })

  it('reads NaN where there is no known-faithful translation', () => {
    const none = documentAucs(scored.map((s) => ({ ...s, faithful: false })))
    expect(none.faithful.auc).toBeNaN()
    expect(none.faithfulCopies.baseline).toBeNaN()
    expect(none.all.auc).toBe(documentAucs(scored).all.auc)
  })
})
