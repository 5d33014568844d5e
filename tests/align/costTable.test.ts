import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REFINE_WIDTH } from '../../src/align/alignBitext.js'
import { beadShapes, type BeadShape } from '../../src/align/beadShapes.js'
import { initialLengthModel } from '../../src/align/calibrateLength.js'
import { makeBeadCost, type ResolvedWeights } from '../../src/align/costModel.js'
import { bandAroundPath, bandCells, type Band, type PathNode } from '../../src/align/dp/Band.js'
import { COST_TABLE_LIMIT, decode, keepsCostTable } from '../../src/align/dp/decode.js'
import { buildSideFeatures } from '../../src/align/features.js'
import { shapeFeatures } from '../../src/align/signals/shape.js'
import { countLetters } from '../../src/align/text/countLetters.js'

/**
 * The DP keeps its bead costs between the forward and backward passes for a band around a path at any length: a cell's
 * cost is computed once whether the pair has 2,000 sentences or 64,000 (with a fixed 64 MB limit, the long pair's
 * backward pass computed every cost again, and alignBitext's time per sentence grew by half past ~50k sentences).
 */

function lines(lang: string): string[] {
  return readFileSync(new URL(`../../../shared/data/pud/${lang}.tsv`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.slice(l.indexOf('\t') + 1))
}

const WEIGHTS: ResolvedWeights = { length: 1, anchors: 0, shape: 1, structure: 0, similarity: 0, lexical: 0, cognates: 0, translation: 0, boundaries: 0 }

/** PUD English and German, repeated to `count` sentences a side, aligned in a band around their 1-1 diagonal. */
function pudBand(count: number): { band: Band; cost: ReturnType<typeof makeBeadCost> } {
  const side = (lang: string) => {
    const texts = lines(lang)
    const letters = texts.map(countLetters)
    const shapes = texts.map(shapeFeatures)
    const at = (k: number): number => k % texts.length
    return buildSideFeatures(
      Array.from({ length: count }, (_, k) => letters[at(k)]!),
      Array.from({ length: count }, (_, k) => shapes[at(k)]!),
      Array.from({ length: count }, () => new Int32Array(0)),
      undefined,
      undefined,
    )
  }
  const S = side('en')
  const T = side('de')
  const diagonal: PathNode[] = Array.from({ length: count + 1 }, (_, k) => ({ i: k, j: k }))
  const length = initialLengthModel(S.letters[count] ?? 0, T.letters[count] ?? 0)
  return { band: bandAroundPath(count, count, diagonal, REFINE_WIDTH), cost: makeBeadCost({ source: S, target: T, length, anchorWeight: new Float64Array(0), weights: WEIGHTS, scorer: undefined }) }
}

/** Calls of the cost function per band cell of a posterior decode. */
function callsPerCell(count: number, shapes: readonly BeadShape[]): { perCell: number; band: Band; kept: boolean } {
  const { band, cost } = pudBand(count)
  let calls = 0
  const { costs } = decode(band, shapes, (i, j, shape) => (calls++, cost(i, j, shape)), { posterior: true })
  return { perCell: calls / bandCells(band), band, kept: costs !== undefined }
}

describe('bead costs kept between the passes at any length', () => {
  const shapes = beadShapes(3)

  it('computes each cost of a 64k-sentence band once, as for a 2k-sentence one', () => {
    const short = callsPerCell(2_000, shapes)
    const long = callsPerCell(64_000, shapes)
    // The long band is past the fixed limit: the test would not tell anything otherwise.
    expect(bandCells(long.band) * shapes.length).toBeGreaterThan(COST_TABLE_LIMIT)
    expect(short.kept).toBe(true)
    expect(long.kept).toBe(true)
    expect(long.perCell).toBeLessThan(short.perCell * 1.02)
  })

  it('gives the same beads and posteriors without its own table (keepCosts: false), calling the costs again', () => {
    const { band, cost } = pudBand(2_000)
    let calls = 0
    const counted = (i: number, j: number, shape: BeadShape): number => (calls++, cost(i, j, shape))
    const kept = decode(band, shapes, counted, { posterior: true })
    const keptCalls = calls
    calls = 0
    const recomputed = decode(band, shapes, counted, { posterior: true, keepCosts: false })
    expect(recomputed.costs).toBeUndefined()
    expect(calls).toBeGreaterThan(1.5 * keptCalls)
    expect(recomputed.beads).toEqual(kept.beads)
  })

  it('still recomputes for a band that is not linear in the input', () => {
    // Every cell of a 1,500 × 1,500 grid: 2.25M cells for 3,000 items, far above 16 cells per item.
    const full = bandAroundPath(1_500, 1_500, [{ i: 0, j: 0 }, { i: 0, j: 1_500 }, { i: 1_500, j: 1_500 }], 1_500)
    expect(bandCells(full)).toBeGreaterThan(2_000_000)
    expect(keepsCostTable(full, shapes.length)).toBe(false)
  })
})
