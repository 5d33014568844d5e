/**
 * Maximum-weight assignment of rows to columns (the Hungarian method, Kuhn 1955 / Munkres 1957, in its O(n²m) form),
 * for the second judging round of the family decision: documents (rows) to places in families (columns).
 */

/** Row `row` may take column `column`, adding `weight` to the assignment's value. */
export interface AssignmentEdge {
  /** Row index. */
  row: number
  /** Column index. */
  column: number
  /** What the assignment gains when the row takes the column. */
  weight: number
}

/** An assignment: each row's column (`undefined`: none) and the sum of the weights taken. */
export interface Assignment {
  /** The column of each row, `undefined` where the row takes none. */
  columnOf: Array<number | undefined>
  /** Sum of the weights of the edges taken. */
  value: number
}

/** Cost of an edge that does not exist: larger than any sum of real weights. */
const ABSENT = 1e6

/**
 * The assignment of greatest value: each row takes at most one column through one of its edges, each column is taken
 * at most once, a row taking none adds 0. Deterministic: the same rows, columns and edges (in the same order) give the
 * same assignment. `undefined` when a row that must take a column cannot.
 * @param rows Number of rows.
 * @param columns Number of columns.
 * @param edges The possible pairs (for a pair given twice, the last weight counts).
 * @param mustTake Rows that must take a column.
 */
export function bestAssignment(rows: number, columns: number, edges: readonly AssignmentEdge[], mustTake: ReadonlySet<number> = new Set()): Assignment | undefined {
  // Columns 0..columns-1 are real; column columns+r is row r's own "none" (cost 0, or absent when it must take one).
  const width = columns + rows
  const cost: number[][] = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => (c === columns + r && !mustTake.has(r) ? 0 : ABSENT)))
  for (const e of edges) cost[e.row]![e.column] = -e.weight
  const taken = hungarian(cost, rows, width)
  const columnOf: Array<number | undefined> = []
  let value = 0
  for (let r = 0; r < rows; r++) {
    const c = taken[r]!
    if (cost[r]![c]! >= ABSENT) return undefined
    columnOf.push(c < columns ? c : undefined)
    value -= cost[r]![c]!
  }
  return { columnOf, value }
}

/** Minimum-cost assignment of `n` rows to distinct columns of `m ≥ n` (potentials form); returns each row's column. */
function hungarian(cost: readonly number[][], n: number, m: number): number[] {
  const u = new Array<number>(n + 1).fill(0)
  const v = new Array<number>(m + 1).fill(0)
  const rowOf = new Array<number>(m + 1).fill(0)
  const way = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    rowOf[0] = i
    let j0 = 0
    const minv = new Array<number>(m + 1).fill(Infinity)
    const used = new Array<boolean>(m + 1).fill(false)
    do {
      used[j0] = true
      const i0 = rowOf[j0]!
      let delta = Infinity
      let j1 = 0
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!
        if (cur < minv[j]!) {
          minv[j] = cur
          way[j] = j0
        }
        if (minv[j]! < delta) {
          delta = minv[j]!
          j1 = j
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOf[j]!] = u[rowOf[j]!]! + delta
          v[j] = v[j]! - delta
        } else minv[j] = minv[j]! - delta
      }
      j0 = j1
    } while (rowOf[j0] !== 0)
    do {
      const j1 = way[j0]!
      rowOf[j0] = rowOf[j1]!
      j0 = j1
    } while (j0 !== 0)
  }
  const out = new Array<number>(n).fill(-1)
  for (let j = 1; j <= m; j++) if (rowOf[j] !== 0) out[rowOf[j]! - 1] = j - 1
  return out
}
