import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/index.js'
import { lexiconFor, type LanguagePairLexicon } from '../../src/align/lexical/languagePairLexicons.js'
import { planDataset } from '../../src/pipeline/buildDataset.js'
import { lexiconsOfCorpus, trainingOfPairs } from '../../src/pipeline/corpusLexicons.js'
import { judgePairs } from '../../src/pipeline/judgePairs.js'
import { isPending, learnPending, lexiconOf, pendingLexiconsOfCorpus } from '../../src/pipeline/pendingLexicons.js'
import { pairKey } from '../../src/pivot/pairKey.js'
import type { AlignmentCache } from '../../src/pivot/types.js'

// Hindi–Chinese PUD articles (enough confident beads to learn from) and a four-language interview (too few):
// the training data of every pair judged parallel, as the pipeline pools it.
describe('corpus lexicons learned on first use', () => {
  const fixtures = join(import.meta.dirname, '..', 'fixtures')
  const corpus = loadCorpus([join(fixtures, 'pud-corpus'), join(fixtures, 'pairs')])
  const { sorted, settings } = planDataset(corpus.documents, {})
  const cache: AlignmentCache = new Map()
  const verdicts = judgePairs(sorted, { align: settings.align, cache })
  const training = trainingOfPairs(verdicts, new Map(sorted.map((d) => [d.id, d] as const)), (a, b) => cache.get(pairKey(a, b)))
  const languagePairs = new Set(training.map((t) => t.bitext.languages.join('-')))

  it('learns, entry by entry, exactly the lexicons learned all at once', () => {
    expect(languagePairs.size).toBeGreaterThan(2)
    const eager = lexiconsOfCorpus(training, undefined, true)
    const pending = pendingLexiconsOfCorpus(training, undefined, true)
    expect(pending).toHaveLength(languagePairs.size)
    expect(pending.every(isPending)).toBe(true)
    const learned = pending.flatMap((e) => (isPending(e) ? (learnPending(e) ?? []) : [e]))
    expect(eager.length).toBeGreaterThan(0)
    expect(learned).toEqual(eager)
  }, 120_000)

  it('finds the same lexicon for every language pair, either way round, and learns it once', () => {
    const eager = lexiconsOfCorpus(training, undefined, true)
    const pending = pendingLexiconsOfCorpus(training, undefined, true)
    const codes = [...new Set(sorted.map((d) => d.language?.iso6393))]
    for (const a of codes)
      for (const b of codes) {
        const want = lexiconFor(eager, a, b)
        const got = lexiconOf(pending, a, b)
        expect(got?.pairs()).toEqual(want?.pairs())
        expect(got?.model === undefined).toBe(want?.model === undefined)
        expect(lexiconOf(pending, a, b)).toBe(got)
      }
  }, 120_000)

  it('keeps a given lexicon in place of the one it would learn, and learns nothing when told not to', () => {
    const eager = lexiconsOfCorpus(training, undefined, true)
    const given: LanguagePairLexicon = { ...eager[0]!, pairs: [['x', 'y']] }
    const pending = pendingLexiconsOfCorpus(training, [given], true)
    expect(pending).toContain(given)
    expect(lexiconOf(pending, given.languages[0], given.languages[1])?.pairs()).toEqual([['x', 'y']])
    expect(pendingLexiconsOfCorpus(training, [given], false)).toEqual([given])
  }, 120_000)
})
