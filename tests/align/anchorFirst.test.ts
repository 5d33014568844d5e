import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignBitext } from '../../src/align/alignBitext.js'
import { anchorWindows } from '../../src/align/dp/anchorWindows.js'
import { bandCells, fullBand } from '../../src/align/dp/Band.js'
import { parseBeadLines } from '../../src/align/format/beadLines.js'

// A German–French article of the Text+Berg yearbooks (data/gold/public, README there) with its hand-made gold.
const dir = join(import.meta.dirname, '../../data/gold/public/textberg-dev')
const lines = (file: string): string[] => readFileSync(join(dir, file), 'utf8').replace(/\n$/u, '').split('\n')
const source = lines('sac1989-a.src')
const target = lines('sac1989-a.tgt')
const gold = parseBeadLines(readFileSync(join(dir, 'sac1989-a.gold'), 'utf8'), 'sac1989-a.gold')
const key = (b: { source: readonly number[]; target: readonly number[] }): string => `${b.source.join(',')}:${b.target.join(',')}`

describe('anchor first, then fill', () => {
  const beads = alignBitext(source, target)
  const anchors = beads.filter((b) => b.source.length === 1 && b.target.length === 1 && b.confidence >= 0.9).map((b) => ({ i: b.source[0]! + 1, j: b.target[0]! + 1 }))

  it('finds most of a real article’s beads as confident one-to-one anchors', () => {
    expect(anchors.length).toBeGreaterThan(source.length * 0.6)
  })

  it('searches only the windows between the anchors, a small part of the grid', () => {
    const windows = anchorWindows(source.length, target.length, anchors, 0)
    expect(bandCells(windows)).toBeLessThan(bandCells(fullBand(source.length, target.length)) / 10)
    // With no slack the path must pass through every anchor: its rows hold the anchor's cuts and little else.
    for (const a of anchors) {
      expect(windows.lo[a.i]).toBeLessThanOrEqual(a.j)
      expect(windows.hi[a.i - 1]).toBeGreaterThanOrEqual(a.j - 1)
    }
    const isolated = anchors.filter((a, k) => anchors[k - 1]?.i === a.i - 1 && anchors[k + 1]?.i === a.i + 1 && anchors[k - 1]?.j === a.j - 1 && anchors[k + 1]?.j === a.j + 1)
    expect(isolated.length).toBeGreaterThan(0)
    for (const a of isolated) expect((windows.hi[a.i] ?? 0) - (windows.lo[a.i] ?? 0)).toBeLessThanOrEqual(2)
  })

  it('keeps every cell of a window between two anchors, so merges and deletions fit in it', () => {
    const windows = anchorWindows(20, 20, [{ i: 3, j: 3 }, { i: 12, j: 9 }], 0)
    for (let i = 3; i <= 11; i++) {
      expect(windows.lo[i]).toBeLessThanOrEqual(3)
      expect(windows.hi[i]).toBeGreaterThanOrEqual(8)
    }
  })

  it('recovers the article’s merges and splits inside the windows', () => {
    const found = new Set(beads.map(key))
    const manyToOne = gold.filter((b) => b.source.length + b.target.length === 3 && b.source.length > 0 && b.target.length > 0)
    expect(manyToOne.length).toBeGreaterThan(5)
    expect(manyToOne.filter((b) => found.has(key(b))).length / manyToOne.length).toBeGreaterThan(0.6)
    const exact = gold.filter((b) => found.has(key(b))).length
    expect(exact / gold.length).toBeGreaterThan(0.85)
  })

  it('places a run of deleted sentences between two anchors', () => {
    // The sentences the gold aligns one to one, in order, with four French sentences taken out of the middle.
    const run: typeof gold = []
    for (const b of gold) {
      if (b.source.length !== 1 || b.target.length !== 1 || b.source[0]! < 40) continue
      if (run.length === 0 || b.target[0]! > run[run.length - 1]!.target[0]!) run.push(b)
    }
    run.splice(36)
    expect(run.length).toBe(36)
    const src = run.map((b) => source[b.source[0]!]!)
    const tgt = run.map((b) => target[b.target[0]!]!)
    const kept = tgt.filter((_, k) => k < 15 || k >= 19)
    const found = alignBitext(src, kept).map(key)
    const expected = src.map((_, k) => (k < 15 ? `${k}:${k}` : k < 19 ? `${k}:` : `${k}:${k - 4}`))
    // Everything outside the gap is exact; in it, four sentences are left without a partner (one of them may be
    // the neighbour of a dropped one: a deleted sentence is the weakest bead type).
    expect(found.filter((b, k) => (k < 14 || k > 19) && b !== expected[k])).toEqual([])
    expect(found.slice(14, 20).filter((b) => b.endsWith(':'))).toHaveLength(4)
    expect(found.filter((b, k) => b === expected[k]).length).toBeGreaterThanOrEqual(34)
  })

  it('gives byte-identical output for the same input', () => {
    expect(JSON.stringify(alignBitext(source, target))).toBe(JSON.stringify(beads))
  })
})
