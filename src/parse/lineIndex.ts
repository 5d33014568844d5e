import type { SourcePoint, SourceRange } from '../types.js'

/** Converts offsets in a text to 1-based line/column points. */
export class LineIndex {
  readonly #starts: number[]

  /** @param text The text offsets refer to. */
  constructor(text: string) {
    const starts = [0]
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
    this.#starts = starts
  }

  /** The point at an offset. */
  point(offset: number): SourcePoint {
    let lo = 0
    let hi = this.#starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.#starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1, offset }
  }

  /** The range between two offsets. */
  range(start: number, end: number): SourceRange {
    return { start: this.point(start), end: this.point(end) }
  }
}
