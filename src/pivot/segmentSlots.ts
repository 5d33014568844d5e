import type { SlotCell } from '../types.js'

/**
 * The slots whose cells hold each segment, in pivot order (a segment shared by a merged cell is held by several).
 * @param cells A document's cells, in pivot order (`null`: the slot is empty).
 * @returns Slot indices by segment id; a segment in no cell is absent.
 */
export function slotsBySegment(cells: ReadonlyArray<SlotCell | null | undefined>): Map<string, number[]> {
  const slotsOf = new Map<string, number[]>()
  cells.forEach((cell, s) => {
    for (const id of cell?.segments ?? []) {
      const list = slotsOf.get(id)
      if (list === undefined) slotsOf.set(id, [s])
      else list.push(s)
    }
  })
  return slotsOf
}
