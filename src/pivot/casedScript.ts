const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/gu
const LETTER = /\p{L}/gu

/**
 * Whether a text is mostly in a cased script (Latin, Cyrillic, Greek…), where names can be spotted by their
 * capitals; in Arabic, Thai, Chinese and other uncased scripts a name is only found by transliterated search.
 * @param text Any text.
 */
export function casedScript(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0
  return letters > 0 && (text.match(CASED)?.length ?? 0) / letters >= 0.5
}
