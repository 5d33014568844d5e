/**
 * Scoring of sentence alignments against gold beads: strict and lax precision/recall/F1 exactly as Vecalign's
 * `score.py` defines them (after Zweigenbaum et al. 2011 / W11-4624), and confidence calibration.
 */

/** A bead as two lists of indices. */
export type Align = [number[], number[]]

/** Vecalign's `_precision`: [tpStrict, fpStrict, tpLax, fpLax]. */
function precisionCounts(gold: readonly Align[], test: readonly Align[]): [number, number, number, number] {
  const key = (a: Align): string => `${a[0].join(',')}|${a[1].join(',')}`
  const goldSet = new Map<string, Align>()
  for (const a of gold) if (a[0].length > 0 || a[1].length > 0) goldSet.set(key(a), a)
  const testSet = new Map<string, Align>()
  for (const a of test) if (a[0].length > 0 || a[1].length > 0) testSet.set(key(a), a)
  const srcToGoldTgt = new Map<number, Set<number>>()
  for (const [gs, gt] of goldSet.values()) {
    for (const s of gs) {
      const set = srcToGoldTgt.get(s) ?? new Set<number>()
      for (const t of gt) set.add(t)
      srcToGoldTgt.set(s, set)
    }
  }
  let tpStrict = 0
  let fpStrict = 0
  let tpLax = 0
  let fpLax = 0
  for (const [k, [ts, tt]] of testSet) {
    if (goldSet.has(k)) {
      tpStrict++
      tpLax++
      continue
    }
    const targets = new Set<number>()
    for (const s of ts) for (const t of srcToGoldTgt.get(s) ?? []) targets.add(t)
    fpStrict++
    if (tt.some((t) => targets.has(t))) tpLax++
    else fpLax++
  }
  return [tpStrict, fpStrict, tpLax, fpLax]
}

/** Strict and lax precision, recall and F1. */
export interface Scores {
  /** Strict precision. */
  pStrict: number
  /** Strict recall. */
  rStrict: number
  /** Strict F1. */
  fStrict: number
  /** Lax precision. */
  pLax: number
  /** Lax recall. */
  rLax: number
  /** Lax F1. */
  fLax: number
}

/**
 * Vecalign's `score_multiple`: counts summed over the documents, then precision, recall and F1.
 * @param golds Gold beads per document.
 * @param tests Test beads per document (same order).
 * @returns The scores.
 */
export function scoreMultiple(golds: ReadonlyArray<readonly Align[]>, tests: ReadonlyArray<readonly Align[]>): Scores {
  const p = [0, 0, 0, 0]
  const r = [0, 0, 0, 0]
  golds.forEach((gold, k) => {
    const test = tests[k] ?? []
    precisionCounts(gold, test).forEach((v, i) => (p[i] = (p[i] ?? 0) + v))
    const testNoDel = test.filter(([s, t]) => s.length > 0 && t.length > 0)
    const goldNoDel = gold.filter(([s, t]) => s.length > 0 && t.length > 0)
    precisionCounts(testNoDel, goldNoDel).forEach((v, i) => (r[i] = (r[i] ?? 0) + v))
  })
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b)
  const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = p
  const [r0 = 0, r1 = 0, r2 = 0, r3 = 0] = r
  const pStrict = div(p0, p0 + p1)
  const pLax = div(p2, p2 + p3)
  const rStrict = div(r0, r0 + r1)
  const rLax = div(r2, r2 + r3)
  return {
    pStrict,
    rStrict,
    fStrict: div(2 * pStrict * rStrict, pStrict + rStrict),
    pLax,
    rLax,
    fLax: div(2 * pLax * rLax, pLax + rLax),
  }
}

/** One calibration bin. */
export interface CalibrationBin {
  /** Lower edge. */
  lo: number
  /** Upper edge. */
  hi: number
  /** Beads in the bin. */
  beads: number
  /** Share exactly right. */
  right: number
  /** Mean confidence. */
  mean: number
}

/** Calibration of bead confidences: bins, share right at ≥ 0.9, expected calibration error. */
export interface Calibration {
  /** Non-empty bins. */
  bins: CalibrationBin[]
  /** Share of beads with confidence ≥ 0.9 that are exactly right. */
  rightAbove09: number
  /** Beads with confidence ≥ 0.9. */
  above09: number
  /** Expected calibration error over the bins. */
  ece: number
}

/**
 * Calibration of `[confidence, exactly right]` observations.
 * @param observations One per test bead.
 * @returns Bins, the ≥ 0.9 accuracy and ECE.
 */
export function calibrate(observations: ReadonlyArray<readonly [number, boolean]>): Calibration {
  const edges = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0001]
  const bins: CalibrationBin[] = []
  let ece = 0
  for (let k = 0; k < edges.length - 1; k++) {
    const lo = edges[k] ?? 0
    const hi = edges[k + 1] ?? 1
    const bin = observations.filter(([c]) => c >= lo && c < hi)
    if (bin.length === 0) continue
    const right = bin.filter(([, ok]) => ok).length / bin.length
    const mean = bin.reduce((a, [c]) => a + c, 0) / bin.length
    ece += (bin.length / observations.length) * Math.abs(right - mean)
    bins.push({ lo, hi: Math.min(1, hi), beads: bin.length, right, mean })
  }
  const high = observations.filter(([c]) => c >= 0.9)
  return { bins, rightAbove09: high.length === 0 ? 0 : high.filter(([, ok]) => ok).length / high.length, above09: high.length, ece }
}
