/**
 * A bounded memo of values computed from texts: the same segment or sentence text is measured many times while
 * a corpus is aligned (every candidate pair, the order test's reversed and rotated sides, pivots, drift).
 * When the texts held reach `maxCharacters` (or `maxEntries`) the memo is emptied, so memory stays bounded.
 * Keys are the texts themselves, held by reference.
 */
export class TextMemo<V> {
  readonly #values = new Map<string, V>()
  #characters = 0
  readonly #maxCharacters: number
  readonly #maxEntries: number

  /**
   * @param maxCharacters Characters of the texts held before the memo is emptied (default: 4,000,000).
   * @param maxEntries Texts held before the memo is emptied (default: 200,000).
   */
  constructor(maxCharacters = 4_000_000, maxEntries = 200_000) {
    this.#maxCharacters = maxCharacters
    this.#maxEntries = maxEntries
  }

  /**
   * The value for `text`, computed with `compute` the first time.
   * @param text The key.
   * @param compute Computes the value from the text.
   */
  get(text: string, compute: (text: string) => V): V {
    const known = this.#values.get(text)
    if (known !== undefined) return known
    const value = compute(text)
    if (text.length > this.#maxCharacters / 4) return value
    if (this.#characters + text.length > this.#maxCharacters || this.#values.size >= this.#maxEntries) {
      this.#values.clear()
      this.#characters = 0
    }
    this.#values.set(text, value)
    this.#characters += text.length
    return value
  }
}
