import { describe, expect, it } from 'vitest'
import { writeCorpus } from '../../scripts/pipeline/corpus.js'
import { judgePairs, loadCorpus } from '../../src/index.js'
import { candidatePairs, candidatePairsOf, type Fingerprint } from '../../src/pipeline/candidatePairs.js'
import { TEXT_KEY_PREFIX } from '../../src/pipeline/sharedText.js'
import { scratchDir } from '../bad-input/helpers.js'

describe('candidate pairs', () => {
  const scratch = scratchDir('candidates')
  const generated = writeCorpus(scratch.dir, 16, 3)
  const documents = loadCorpus([scratch.dir]).documents
  const all = judgePairs(documents, { pairs: 'all' })
  scratch.remove()

  it('small corpora align every pair by default, as before', () => {
    expect(judgePairs(documents)).toEqual(all)
    expect(all).toHaveLength((documents.length * (documents.length - 1)) / 2)
  })

  it('keep every pair of a generated translation family, with the verdicts all-pairs judging gives, from far fewer pairs', () => {
    const candidates = judgePairs(documents, { pairs: 'candidates' })
    const kept = new Set(candidates.map((v) => `${v.a}|${v.b}`))
    const id = new Map(documents.map((d) => [d.path, d.id]))
    for (const family of generated.families) {
      const ids = family.map((path) => id.get(path)!).sort()
      for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) expect(kept.has(`${ids[x]}|${ids[y]}`), `${ids[x]} ~ ${ids[y]}`).toBe(true)
    }
    expect(candidates).toEqual(all.filter((v) => kept.has(`${v.a}|${v.b}`)))
    expect(candidates.length).toBeLessThan(all.length / 2)
  })

  it('come in the order of the double loop, each once', () => {
    const pairs = candidatePairs(documents)
    const keys = pairs.map(([i, j]) => i * documents.length + j)
    expect(keys).toEqual([...new Set(keys)].sort((a, b) => a - b))
    for (const [i, j] of pairs) expect(i).toBeLessThan(j)
  })
})

describe('candidate pairs of a document beside its own version', () => {
  // Ten pages of three documents each, every page with an anchor of its own; page 0's Catalan translation wrote its
  // code blocks in its words (anchors no other language holds), and a copy of it sits beside it (same sentences).
  const prints: Fingerprint[] = []
  for (let page = 0; page < 10; page++) for (let doc = 0; doc < 3; doc++) prints.push({ anchors: new Set(page === 0 && doc === 2 ? [`code:ca-${page}`, `${TEXT_KEY_PREFIX}a`, `${TEXT_KEY_PREFIX}b`] : [`url:page-${page}`]), characters: 1000 })
  prints.push({ anchors: new Set([`code:ca-0`, `${TEXT_KEY_PREFIX}a`, `${TEXT_KEY_PREFIX}b`]), characters: 1000 })

  it('compare it with every compatible document, as when it shares no anchor at all: its version says nothing of where its translations are', () => {
    const pairs = new Set(candidatePairsOf(prints, 4).map(([i, j]) => `${i}|${j}`))
    expect(pairs.has('2|30')).toBe(true)
    for (const translation of [0, 1]) {
      expect(pairs.has(`${translation}|2`), `translation ${translation} and the Catalan`).toBe(true)
      expect(pairs.has(`${translation}|30`), `translation ${translation} and the copy`).toBe(true)
    }
  })
})
