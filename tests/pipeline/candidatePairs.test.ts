import { describe, expect, it } from 'vitest'
import { writeCorpus } from '../../scripts/pipeline/corpus.js'
import { judgePairs, loadCorpus } from '../../src/index.js'
import { candidatePairs } from '../../src/pipeline/candidatePairs.js'
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
