/** Likely scripts already looked up, by language code. */
const known = new Map<string, string | undefined>()

/**
 * The script a language is most likely written in, from CLDR's likely subtags as the runtime's `Intl.Locale`
 * knows them (`tuk` and `azj` → `Latn`, `kaz` → `Cyrl`, `srp` → `Cyrl`).
 * @param code ISO 639-3 (or 639-1) code.
 * @returns ISO 15924 code, or `undefined` when the runtime does not know the language.
 */
export function likelyScript(code: string): string | undefined {
  if (known.has(code)) return known.get(code)
  let script: string | undefined
  try {
    script = new Intl.Locale(code).maximize().script
  } catch {
    script = undefined
  }
  known.set(code, script)
  return script
}
