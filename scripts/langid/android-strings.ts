/**
 * Pair the user-interface strings of Android apps in two languages (`res/values-<a>/strings.xml` against
 * `res/values-<b>/strings.xml`, by string name; a plural by its `other` form) and write the pairs whose two values
 * differ, have at least three words each and are both in one of the two languages (franc, against English and a
 * few other European languages untranslated strings fall back to). Placeholders (`<xliff:g>…</xliff:g>`, `%1$s`,
 * `{count}`) and markup are removed.
 *
 * Usage: `npx tsx scripts/langid/android-strings.ts LANG_A LANG_B CODE_A CODE_B FRANC_A FRANC_B OUTDIR DIR…` (`en`: the
 * apps' English source strings, `values/strings.xml`), where
 * each `DIR` is a checkout of an app; every `values-LANG_A/strings.xml` under it is paired with the
 * `values-LANG_B/strings.xml` beside it. Writes `OUTDIR/<CODE_A>.android.txt` and `OUTDIR/<CODE_B>.android.txt`, line
 * *n* of one translating line *n* of the other.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { francAll } from 'franc'

const [langA, langB, codeA, codeB, francA, francB, out, ...dirs] = process.argv.slice(2) as [string, string, string, string, string, string, string, ...string[]]

/** The resource folder of a language: `values-LANG`, or `values` (the apps' English source strings) for `en`. */
const valuesDir = (lang: string): string => (lang === 'en' ? 'values' : `values-${lang}`)

function stringFiles(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (name === '.git') continue
    if (statSync(path).isDirectory()) {
      const file = join(path, 'strings.xml')
      if (name === valuesDir(langA) && existsSync(file)) found.push(file)
      else found.push(...stringFiles(path))
    }
  }
  return found
}

function decode(value: string): string {
  return value
    .replace(/<xliff:g[^>]*>.*?<\/xliff:g>/gs, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/%(\d+\$)?[sdf]/g, ' ')
    .replace(/\\n/g, ' ')
    .replace(/\\(['"])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/^\s*"|"\s*$/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,:;!?…])/g, '$1')
    .trim()
}

/** String name → text, for `<string>` and the `other` item of `<plurals>`. */
function strings(file: string): Map<string, string> {
  const xml = readFileSync(file, 'utf8')
  const result = new Map<string, string>()
  for (const m of xml.matchAll(/<string name="([^"]+)"[^>]*>(.*?)<\/string>/gs)) result.set(m[1] ?? '', decode(m[2] ?? ''))
  for (const m of xml.matchAll(/<plurals name="([^"]+)"[^>]*>(.*?)<\/plurals>/gs)) {
    const other = /<item quantity="other">(.*?)<\/item>/s.exec(m[2] ?? '')
    if (other !== null) result.set(m[1] ?? '', decode(other[1] ?? ''))
  }
  return result
}

const fallback = ['eng', 'fra', 'deu', 'nld']
const inPair = (text: string): boolean => {
  const best = francAll(text, { only: [francA, francB, ...fallback], minLength: 1 })[0]?.[0]
  return best === francA || best === francB
}
const words = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
const linesA: string[] = []
const linesB: string[] = []
const seen = new Set<string>()
for (const dir of dirs) {
  for (const fileA of stringFiles(dir)) {
    const fileB = join(fileA, '..', '..', valuesDir(langB), 'strings.xml')
    if (!existsSync(fileB)) continue
    const b = strings(fileB)
    for (const [name, valueA] of strings(fileA)) {
      const valueB = b.get(name)
      if (valueB === undefined || valueA === valueB || seen.has(valueA) || words(valueA) < 3 || words(valueB) < 3) continue
      if (!inPair(valueA) || !inPair(valueB)) continue
      seen.add(valueA)
      linesA.push(valueA)
      linesB.push(valueB)
    }
  }
}
writeFileSync(join(out, `${codeA}.android.txt`), `${linesA.join('\n')}\n`)
writeFileSync(join(out, `${codeB}.android.txt`), `${linesB.join('\n')}\n`)
console.log(`${linesA.length} pairs`)
