import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/pipeline/loadCorpus.js'
import { shareDocuments, sharedDocument, sharedDocumentsAt } from '../../src/pipeline/sharedDocuments.js'

// KernelSU's FAQ in its five languages (tests/fixtures/real), handed to a thread as the pool's tasks hand documents.
describe('documents shared with worker threads', async () => {
  const { documents } = await loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'real', 'kernelsu-faq')])

  it('reads back every document exactly, by its index', () => {
    expect(documents).toHaveLength(5)
    const shared = shareDocuments(documents)
    expect(sharedDocumentsAt(shared, [4, 0, 2])).toEqual([documents[4], documents[0], documents[2]])
    expect(documents.map((_, k) => sharedDocument(shared, k))).toEqual(documents)
  })

  it('reads a document once per thread and run, so every task of the run gets the same object', () => {
    const shared = shareDocuments(documents)
    const first = sharedDocument(shared, 1)
    expect(sharedDocument(shared, 1)).toBe(first)
    expect(sharedDocumentsAt(shared, [1, 3])[0]).toBe(first)
    // A new run's documents are read again, not taken from the last run.
    expect(sharedDocument(shareDocuments(documents), 1)).not.toBe(first)
  })

  it('names no document outside the run', () => {
    expect(() => sharedDocument(shareDocuments(documents.slice(0, 2)), 2)).toThrow(RangeError)
  })
})
