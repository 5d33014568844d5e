/**
 * Pair the strings of two Mozilla language packs by key (output of `mozilla-strings.ts --keys`) and write
 * the pairs whose two values differ and are both in one of the two languages (franc, against English and a
 * few other European languages the untranslated strings fall back to). Pairs are split by key:
 * keys whose FNV-1a hash is even go to the training files, odd ones to the evaluation files.
 *
 * Usage: `npx tsx scripts/langid/pair-mozilla.ts A.tsv B.tsv codeA codeB francA francB OUTDIR`
 * writes `OUTDIR/train/<codeA>.mozilla.txt`, `OUTDIR/train/<codeB>.mozilla.txt`,
 * `OUTDIR/eval/<codeA>.mozilla.txt` and `OUTDIR/eval/<codeB>.mozilla.txt`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { francAll } from 'franc'

const [fileA, fileB, codeA, codeB, francA, francB, out] = process.argv.slice(2) as [string, string, string, string, string, string, string]
const read = (file: string): Map<string, string> =>
  new Map(readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t') as [string, string]))
const a = read(fileA)
const b = read(fileB)
const fallback = ['eng', 'fra', 'deu', 'nld']
const inLanguage = (text: string, code: string): boolean => francAll(text, { only: [francA, francB, ...fallback], minLength: 1 })[0]?.[0] === code
const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0
  return h
}
const files = { train: [[], []] as string[][], eval: [[], []] as string[][] }
for (const [key, valueA] of [...a].sort(([x], [y]) => (x < y ? -1 : 1))) {
  const valueB = b.get(key)
  if (valueB === undefined || valueA === valueB) continue
  if (!inLanguage(valueA, francA) && !inLanguage(valueA, francB)) continue
  if (!inLanguage(valueB, francA) && !inLanguage(valueB, francB)) continue
  const part = hash(key) % 2 === 0 ? files.train : files.eval
  part[0]?.push(valueA)
  part[1]?.push(valueB)
}
for (const [part, [linesA, linesB]] of Object.entries(files)) {
  mkdirSync(join(out, part), { recursive: true })
  writeFileSync(join(out, part, `${codeA}.mozilla.txt`), `${(linesA ?? []).join('\n')}\n`)
  writeFileSync(join(out, part, `${codeB}.mozilla.txt`), `${(linesB ?? []).join('\n')}\n`)
}
console.log(`${files.train[0]?.length} training pairs, ${files.eval[0]?.length} evaluation pairs`)
