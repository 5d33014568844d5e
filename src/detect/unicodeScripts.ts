import { iso15924 } from 'iso-15924'

/** An ISO 15924 script that this JavaScript engine can match with `\p{Script=…}`. */
export interface UnicodeScript {
  /** ISO 15924 code (`Latn`, `Khmr`, …), also the Unicode short property value alias. */
  code: string
  /** Matches one code point of the script. */
  pattern: RegExp
}

/** Codes that are not a real writing system: common, inherited, unknown. */
const NOT_A_SCRIPT = new Set(['Zyyy', 'Zinh', 'Zzzz', 'Zxxx', 'Zmth', 'Zsym', 'Zsye'])

let cache: UnicodeScript[] | undefined

/**
 * Every ISO 15924 script (from the `iso-15924` package) that has a Unicode property value alias the
 * engine understands, as a regular expression.
 * @returns Scripts, in the order of the ISO 15924 list.
 */
export function unicodeScripts(): UnicodeScript[] {
  if (cache !== undefined) return cache
  const scripts: UnicodeScript[] = []
  for (const entry of iso15924) {
    if (entry.pva === undefined || NOT_A_SCRIPT.has(entry.code)) continue
    try {
      scripts.push({ code: entry.code, pattern: new RegExp(`^\\p{Script=${entry.code}}$`, 'u') })
    } catch {
      // Scripts newer than this engine's Unicode version are skipped.
    }
  }
  cache = scripts
  return scripts
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
const byCodePoint = new Map<number, string | null>()
/** The same for code points below 0x10000, by code point (`undefined`: not looked up yet). */
const bmpScripts: Array<string | null | undefined> = new Array<string | null | undefined>(0x10000)

/**
 * ISO 15924 code of the script a letter or combining mark belongs to.
 * @param char One code point.
 * @returns The code, or `undefined` for digits, punctuation, symbols, spaces and common/inherited marks.
 */
export function scriptOfChar(char: string): string | undefined {
  const cp = char.codePointAt(0)
  if (cp === undefined) return undefined
  return scriptOfCodePoint(cp)
}

/**
 * {@link scriptOfChar} of a code point (each one looked up once per process).
 * @param cp A code point.
 * @returns The code, or `undefined` for digits, punctuation, symbols, spaces and common/inherited marks.
 */
export function scriptOfCodePoint(cp: number): string | undefined {
  const known = cp < 0x10000 ? bmpScripts[cp] : byCodePoint.get(cp)
  if (known !== undefined) return known ?? undefined
  const char = String.fromCodePoint(cp)
  let found: string | null = null
  if (LETTER_OR_MARK.test(char)) {
    for (const script of unicodeScripts()) {
      if (script.pattern.test(char)) {
        found = script.code
        break
      }
    }
  }
  if (cp < 0x10000) bmpScripts[cp] = found
  else byCodePoint.set(cp, found)
  return found ?? undefined
}
