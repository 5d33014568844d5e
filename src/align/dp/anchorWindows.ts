import type { Band, PathNode } from './Band.js'
import { bandAroundPath } from './Band.js'

/** A confident 1-1 bead of a previous pass: the cut after it (`i`, `j`), so it covers source `i − 1`, target `j − 1`. */
export type AnchorBead = PathNode

/**
 * Anchor first, then fill (as Bertalign does): the search is constrained to pass through confident 1-1 beads,
 * and between two consecutive anchors the whole window (every cell of the rectangle from the end of one to the
 * start of the next) is searched, so merges, splits and deletions of any allowed type fit in it. `margin` items
 * around every window and anchor keep the anchors soft: a wrong anchor can still be left by a neighbouring bead,
 * and its posterior still weighs the alternatives next to it.
 * @param n Source length.
 * @param m Target length.
 * @param anchors End cuts of the anchor beads, strictly increasing in both coordinates.
 * @param margin Items added around every window (0: the path passes exactly through every anchor).
 * @returns The band of the windows.
 */
export function anchorWindows(n: number, m: number, anchors: readonly AnchorBead[], margin: number): Band {
  const corners: PathNode[] = [{ i: 0, j: 0 }]
  for (const a of anchors) {
    const last = corners[corners.length - 1]!
    if (a.i < 1 || a.j < 1 || a.i > n || a.j > m || a.i - 1 < last.i || a.j - 1 < last.j) continue
    corners.push({ i: a.i - 1, j: a.j - 1 }, { i: a.i, j: a.j })
  }
  corners.push({ i: n, j: m })
  // A band around the corner "path" holds, for each pair of consecutive corners, the rectangle between them.
  return bandAroundPath(n, m, corners, margin)
}
