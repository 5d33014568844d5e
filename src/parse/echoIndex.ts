/**
 * The lines kept so far in a document, ready to be asked whether a label's text echoes one of them (a caption or a
 * video title repeating the headline). Each line is lower-cased and cut into character bigrams once, not once per
 * later line, and a line whose length alone rules out a Sørensen–Dice coefficient of `minDice` is not compared.
 */
export class EchoIndex {
  private readonly texts: string[] = []
  private readonly lowered: string[] = []
  private readonly bigrams: Array<Map<string, number> | undefined> = []

  /**
   * @param minDice Sørensen–Dice coefficient of the bigrams from which two texts echo each other.
   * @param minPrefix Fewest characters of a text that, opening a kept line, make it an echo of that line.
   */
  constructor(
    private readonly minDice = 0.8,
    private readonly minPrefix = 8,
  ) {}

  /**
   * Keep a line (lower-cased when a text is first compared with it: most documents never ask).
   * @param text The line's text.
   */
  add(text: string): void {
    this.texts.push(text)
  }

  /**
   * Lower-case the lines kept since the last question: `toLowerCase`, the root locale's lower case
   * (`toLocaleLowerCase('und')` gives the same for every code point, see `tokenizeWords`) without an ICU call.
   */
  private lowerKept(): void {
    for (let k = this.lowered.length; k < this.texts.length; k++) {
      this.lowered.push(this.texts[k]!.toLowerCase())
      this.bigrams.push(undefined)
    }
  }

  /**
   * Whether a text echoes a kept line: the line starts with it (at least `minPrefix` characters), or their
   * bigrams have a Sørensen–Dice coefficient of at least `minDice` (bigrams as the `dice-coefficient` package
   * counts them: lower case, a one-character text is its own bigram).
   * @param text The text (a label's rest).
   */
  echoes(text: string): boolean {
    this.lowerKept()
    const rest = text.toLowerCase()
    const size = pairCount(rest)
    let own: Map<string, number> | undefined
    for (let k = 0; k < this.lowered.length; k++) {
      if (rest.length >= this.minPrefix && this.lowered[k]!.startsWith(rest)) return true
      const other = this.lowered[k]!
      const otherSize = pairCount(other)
      // The coefficient cannot exceed what the smaller side's bigrams would give if all of them matched.
      if ((2 * Math.min(size, otherSize)) / (size + otherSize) < this.minDice || size + otherSize === 0) continue
      own ??= bigramCounts(rest)
      const theirs = (this.bigrams[k] ??= bigramCounts(other))
      let shared = 0
      for (const [pair, count] of own) shared += Math.min(count, theirs.get(pair) ?? 0)
      if ((2 * shared) / (size + otherSize) >= this.minDice) return true
    }
    return false
  }
}

function pairCount(normal: string): number {
  return normal.length === 1 ? 1 : Math.max(0, normal.length - 1)
}

function bigramCounts(normal: string): Map<string, number> {
  const counts = new Map<string, number>()
  if (normal.length === 1) counts.set(normal, 1)
  for (let i = 0; i + 2 <= normal.length; i++) {
    const pair = normal.slice(i, i + 2)
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return counts
}
