/**
 * Folders for the README benchmark, built from the PUD treebanks (`../shared/data/pud/`: the same 1,000 sentences
 * professionally translated into ten languages), so every version is a real human translation of the others:
 *
 * - `readme/`: one long Markdown README (title, intro, sections with a paragraph, a bullet list and a code block)
 *   in every PUD language, the English one about `bytes` bytes;
 * - `faq/`: short Q&A articles (`**Q:**` / `**A:**` turns) in every language over the same sentences, together
 *   about the size of `readme/`: the same text cut into many small families instead of one large one.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPud, type PudSentence } from '../drift/pudArticles.js'

/** PUD languages, English first (the README's source). */
export const PUD_LANGUAGES = ['en', 'de', 'ru', 'zh', 'ko', 'ar', 'hi', 'id', 'tr', 'th'] as const

/** What {@link writeReadmeFolders} wrote. */
export interface ReadmeFolders {
  /** Folder of the README versions. */
  readme: string
  /** Folder of the FAQ articles. */
  faq: string
  /** Bytes of all README versions. */
  readmeBytes: number
  /** Bytes of all FAQ articles. */
  faqBytes: number
  /** Number of FAQ families (articles per language). */
  faqFamilies: number
}

const CODE = ['```sh', 'npm install --save example-package', 'npx example-package build --out dist/', '```']

function readmeLines(sentences: readonly PudSentence[], lang: string): string[] {
  const t = (k: number): string => sentences[k]?.text[lang] ?? ''
  const lines = [`# ${t(0)}`, '', `${t(1)} ${t(2)}`, '']
  let k = 3
  let section = 1
  while (k + 7 <= sentences.length) {
    lines.push(`## ${section}. ${t(k)}`, '', `${t(k + 1)} ${t(k + 2)}`, '', `- ${t(k + 3)}`, `- ${t(k + 4)}`, `- ${t(k + 5)}`, '')
    if (section % 2 === 1) lines.push(...CODE, '')
    lines.push(t(k + 6), '')
    k += 7
    section++
  }
  return lines
}

function faqLines(sentences: readonly PudSentence[], lang: string): string[] {
  const t = (k: number): string => sentences[k]?.text[lang] ?? ''
  const lines = [`# ${t(0)}`, '']
  for (let k = 1; k + 3 <= sentences.length; k += 3) lines.push(`**Q:** ${t(k)}`, '', `**A:** ${t(k + 1)} ${t(k + 2)}`, '')
  return lines
}

function write(file: string, lines: readonly string[]): number {
  const text = `${lines.join('\n').trimEnd()}\n`
  writeFileSync(file, text)
  return Buffer.byteLength(text)
}

/**
 * Write the README and FAQ folders under `dir`.
 * @param dir Folder to write into (created).
 * @param pudDir Folder of the PUD `<lang>.tsv` files.
 * @param bytes Size of the English README (default: 35,000).
 * @param faqSentences Sentences per FAQ article (default: 25).
 */
export function writeReadmeFolders(dir: string, pudDir: string, bytes = 35_000, faqSentences = 25): ReadmeFolders {
  const all = loadPud(pudDir, PUD_LANGUAGES)
  let used = 0
  let size = 0
  while (used < all.length && size < bytes) size += Buffer.byteLength(all[used++]!.text['en'] ?? '') + 3
  const sentences = all.slice(0, used)
  const readme = join(dir, 'readme')
  const faq = join(dir, 'faq')
  mkdirSync(readme, { recursive: true })
  mkdirSync(faq, { recursive: true })
  let readmeBytes = 0
  let faqBytes = 0
  for (const lang of PUD_LANGUAGES) readmeBytes += write(join(readme, lang === 'en' ? 'README.md' : `README.${lang}.md`), readmeLines(sentences, lang))
  let families = 0
  for (let from = 0; from + faqSentences <= sentences.length; from += faqSentences) {
    families++
    const part = sentences.slice(from, from + faqSentences)
    const name = `faq-${String(families).padStart(2, '0')}`
    for (const lang of PUD_LANGUAGES) faqBytes += write(join(faq, `${name}.${lang}.md`), faqLines(part, lang))
  }
  return { readme, faq, readmeBytes, faqBytes, faqFamilies: families }
}
