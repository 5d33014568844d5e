/** Kind of an anchor: something that survives translation unchanged or nearly so. */
export type AnchorKind = 'number' | 'url' | 'email' | 'name' | 'code' | 'slug'

/** A translation-invariant token found in a text. */
export interface Anchor {
  /** What it is. */
  kind: AnchorKind
  /** The text as written. */
  text: string
  /**
   * Comparable form: ASCII digits for numbers (separators removed), lower-case host+path for URLs,
   * lower-case address for e-mails, a lower-case ASCII phonetic skeleton for names, the code with runs of white
   * space made one space, or one line break when they hold one, for code (inline spans and code blocks), and the id as written for heading slugs.
   */
  normalized: string
  /** How many times the text has it, in a list deduplicated by kind and normalised form (absent: once). */
  count?: number | undefined
  /** Code of a code block (not an inline span). */
  block?: true | undefined
}
