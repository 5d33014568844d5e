/**
 * The cells a DP may visit: for each source position `i` in `0 … n`, target positions `lo[i] … hi[i]`.
 * `lo` and `hi` never decrease and consecutive rows overlap, so (0,0) always reaches (n,m) with 1-0/0-1 steps.
 */
export interface Band {
  /** Source length n. */
  n: number
  /** Target length m. */
  m: number
  /** First target position of each row (n + 1 entries). */
  lo: Int32Array
  /** Last target position of each row (n + 1 entries). */
  hi: Int32Array
  /** Offset of each row's first cell in a flat cell array (n + 2 entries; last = total cells). */
  offset: Float64Array
}

/** A node of an alignment path: a cut after `i` source and `j` target items. */
export interface PathNode {
  /** Source position. */
  i: number
  /** Target position. */
  j: number
}

function finish(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0
  hi[n] = m
  for (let i = 1; i <= n; i++) if ((hi[i] ?? 0) < (hi[i - 1] ?? 0)) hi[i] = hi[i - 1] ?? 0
  for (let i = n - 1; i >= 0; i--) if ((lo[i] ?? 0) > (lo[i + 1] ?? 0)) lo[i] = lo[i + 1] ?? 0
  for (let i = 1; i <= n; i++) if ((lo[i] ?? 0) > (hi[i - 1] ?? 0)) lo[i] = hi[i - 1] ?? 0
  const offset = new Float64Array(n + 2)
  for (let i = 0; i <= n; i++) offset[i + 1] = (offset[i] ?? 0) + (hi[i] ?? 0) - (lo[i] ?? 0) + 1
  return { n, m, lo, hi, offset }
}

/**
 * The full n × m grid (exact DP).
 * @param n Source length.
 * @param m Target length.
 * @returns A band covering every cell.
 */
export function fullBand(n: number, m: number): Band {
  return finish(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m))
}

/**
 * A band of half-width `width` around a monotone path from (0,0) to (n,m): every cell within `width` rows and
 * `width` columns of a path segment.
 * @param n Source length.
 * @param m Target length.
 * @param path Path nodes from (0,0) to (n,m), monotone in both coordinates.
 * @param width Half-width in items.
 * @returns The band.
 */
export function bandAroundPath(n: number, m: number, path: readonly PathNode[], width: number): Band {
  const minJ = new Int32Array(n + 1).fill(m)
  const maxJ = new Int32Array(n + 1).fill(0)
  for (let k = 1; k < path.length; k++) {
    const p = path[k - 1]
    const q = path[k]
    if (p === undefined || q === undefined) continue
    for (let i = p.i; i <= q.i; i++) {
      if (p.j < (minJ[i] ?? m)) minJ[i] = p.j
      if (q.j > (maxJ[i] ?? 0)) maxJ[i] = q.j
    }
  }
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    let a = m
    let b = 0
    for (let d = Math.max(0, i - width); d <= Math.min(n, i + width); d++) {
      a = Math.min(a, minJ[d] ?? m)
      b = Math.max(b, maxJ[d] ?? 0)
    }
    lo[i] = Math.max(0, a - width)
    hi[i] = Math.min(m, b + width)
  }
  return finish(n, m, lo, hi)
}

/**
 * Number of cells in a band.
 * @param band A band.
 * @returns Cell count.
 */
export function bandCells(band: Band): number {
  return band.offset[band.n + 1] ?? 0
}
