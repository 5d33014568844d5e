/**
 * hunalign baseline for the alignment evaluation: runs the `hunalign` binary (when on PATH) with an empty
 * dictionary and converts its ladder output to beads.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A bead as source and target index lists. */
export type LadderBead = [number[], number[]]

/**
 * Convert a hunalign ladder (TAB-separated `src tgt conf` rungs: rung (i, j) = the first i source and first j
 * target sentences are aligned; monotone from `0 0` to `n m`) to beads: consecutive rungs (i, j) → (i', j') give
 * the bead `[i … i'-1] : [j … j'-1]`. A missing final rung `n m` is added.
 * @param ladder hunalign's standard output.
 * @param n Source sentences.
 * @param m Target sentences.
 * @returns Beads in order, covering both sides.
 */
export function ladderToBeads(ladder: string, n: number, m: number): LadderBead[] {
  const rungs: Array<[number, number]> = [[0, 0]]
  for (const line of ladder.split('\n')) {
    const [a, b] = line.trim().split(/\s+/u)
    const i = Number(a)
    const j = Number(b)
    if (a === undefined || b === undefined || !Number.isInteger(i) || !Number.isInteger(j)) continue
    const last = rungs[rungs.length - 1] ?? [0, 0]
    if (i < last[0] || j < last[1] || (i === last[0] && j === last[1])) continue
    rungs.push([Math.min(i, n), Math.min(j, m)])
  }
  const last = rungs[rungs.length - 1] ?? [0, 0]
  if (last[0] !== n || last[1] !== m) rungs.push([n, m])
  const beads: LadderBead[] = []
  for (let k = 1; k < rungs.length; k++) {
    const [i0, j0] = rungs[k - 1] ?? [0, 0]
    const [i1, j1] = rungs[k] ?? [0, 0]
    beads.push([range(i0, i1), range(j0, j1)])
  }
  return beads
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k)
}

/**
 * Is `hunalign` on PATH?
 * @returns `true` when it can be started.
 */
export function hunalignInstalled(): boolean {
  const r = spawnSync('hunalign', [], { encoding: 'utf8' })
  return r.error === undefined
}

/**
 * Align with hunalign and an empty dictionary (length-based first pass, then its own lexicon bootstrapped from
 * the text with `-realign`).
 * @param source Source sentences.
 * @param target Target sentences.
 * @returns Beads, or `undefined` when hunalign failed.
 */
export function hunalign(source: readonly string[], target: readonly string[]): LadderBead[] | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'hunalign-'))
  try {
    const dic = join(dir, 'null.dic')
    const src = join(dir, 'src.txt')
    const tgt = join(dir, 'tgt.txt')
    writeFileSync(dic, '')
    writeFileSync(src, `${source.join('\n')}\n`)
    writeFileSync(tgt, `${target.join('\n')}\n`)
    const r = spawnSync('hunalign', ['-utf', '-realign', dic, src, tgt], { encoding: 'utf8', maxBuffer: 1 << 26 })
    if (r.error !== undefined || r.status !== 0) return undefined
    return ladderToBeads(r.stdout, source.length, target.length)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
