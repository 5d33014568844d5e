import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { judgeShard, planPairs, prepareInputs } from '../../src/index.js'
import type { LexiconRecord } from '../../src/index.js'
import { lexiconOf } from '../../src/pipeline/pendingLexicons.js'
import { planDataset } from '../../src/pipeline/buildDataset.js'
import { forgetPendingLexicons, readSharedLexicons, sharedAmong, shareLexicons } from '../../src/pipeline/sharedLexicons.js'
import type { PendingLexicon } from '../../src/pipeline/pendingLexicons.js'
import { groupAsDriver } from './groupAsDriver.js'

// The Hindi–Chinese lexicon (word links and translation model) the sharded job learns on eight PUD article pairs
// (tests/fixtures/pud-corpus), handed to a thread as the family stage's pool hands it.
describe('lexicons shared with worker threads', async () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'pud-corpus')
  const prepared = await prepareInputs([dir])
  const { settings } = planDataset([], {})
  const judged = judgeShard([...prepared, ...planPairs(prepared, 16)], settings.align)
  const learned = groupAsDriver([...prepared, ...judged], prepared, settings.threshold, settings.align)
    .filter((r): r is LexiconRecord => r.type === 'lexicon')
    .map((r) => r.lexicon)

  it('reads back every lexicon exactly, translation model included', () => {
    expect(learned).toHaveLength(1)
    expect(learned[0]!.model).toBeDefined()
    expect(readSharedLexicons(shareLexicons(learned))).toEqual(learned)
  })

  it('reads a lexicon once per run, so what is built from it is built once', () => {
    const shared = shareLexicons(learned)
    const first = readSharedLexicons(shared)!
    const again = readSharedLexicons(shared)!
    expect(again[0]).toBe(first[0])
    expect(lexiconOf(again, 'hin', 'cmn')).toBe(lexiconOf(first, 'hin', 'cmn'))
    // A new run's lexicons are read again, not taken from the last run.
    expect(readSharedLexicons(shareLexicons(learned))![0]).not.toBe(first[0])
  })

  it('forgets, once its hub pair is aligned, a lexicon that was still training data, and keeps a learned one', () => {
    const pending: PendingLexicon = { languages: ['deu', 'rus'], training: { languages: ['deu', 'rus'], pairs: [['Hallo', 'привет']], confidences: [1] } }
    const shared = shareLexicons([...learned, pending])!
    const first = readSharedLexicons(shared)!
    expect(readSharedLexicons(shared)![1]).toBe(first[1])
    forgetPendingLexicons(shared)
    const again = readSharedLexicons(shared)!
    expect(again[0]).toBe(first[0])
    expect(again[1]).not.toBe(first[1])
    expect(again[1]).toEqual(pending)
  })

  it('gives a family only the lexicons of its own languages', () => {
    const shared = shareLexicons(learned)
    expect(sharedAmong(shared, ['hin', 'cmn'])).toHaveLength(1)
    expect(sharedAmong(shared, ['hin', 'rus'])).toBeUndefined()
  })
})
