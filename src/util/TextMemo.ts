/**
 * A bounded memo of values computed from texts: the same segment or sentence text is measured many times while
 * a corpus is aligned (every candidate pair, the order test's reversed and rotated sides, pivots, drift).
 * Two generations: when the current one holds `maxCharacters` of text (or `maxEntries` texts) it becomes the old
 * one and the one before is dropped; a text found in the old generation moves to the current one. So memory stays
 * bounded while the texts in use stay in. Keys are the texts themselves, held by reference.
 */
export class TextMemo<V> {
  #current = new Map<string, V>()
  #old = new Map<string, V>()
  #characters = 0
  readonly #maxCharacters: number
  readonly #maxEntries: number

  /**
   * @param maxCharacters Characters of text per generation (default: 16,000,000).
   * @param maxEntries Texts per generation (default: 200,000).
   */
  constructor(maxCharacters = 16_000_000, maxEntries = 200_000) {
    this.#maxCharacters = maxCharacters
    this.#maxEntries = maxEntries
  }

  /**
   * The value for `text`, computed with `compute` the first time.
   * @param text The key.
   * @param compute Computes the value from the text.
   */
  get(text: string, compute: (text: string) => V): V {
    const known = this.#current.get(text)
    if (known !== undefined) return known
    const value = this.#old.get(text) ?? compute(text)
    // A huge text (a whole book in one segment) is not kept: it would crowd out everything else.
    if (text.length > this.#maxCharacters / 8) return value
    if (this.#characters + text.length > this.#maxCharacters || this.#current.size >= this.#maxEntries) {
      this.#old = this.#current
      this.#current = new Map()
      this.#characters = 0
    }
    this.#current.set(text, value)
    this.#characters += text.length
    return value
  }
}
