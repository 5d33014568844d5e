/** Kind of an anchor: something that survives translation unchanged or nearly so. */
export type AnchorKind = 'number' | 'url' | 'email' | 'name'

/** A translation-invariant token found in a text. */
export interface Anchor {
  /** What it is. */
  kind: AnchorKind
  /** The text as written. */
  text: string
  /**
   * Comparable form: ASCII digits for numbers (separators removed), lower-case host+path for URLs,
   * lower-case address for e-mails, and a lower-case ASCII phonetic skeleton for names.
   */
  normalized: string
}
