/**
 * A generated corpus for the pipeline benchmark: translation families of 2–3 articles, unrelated across
 * families. Each family speaks its own synthetic language: a vocabulary of words built from syllables drawn for
 * the family (seeded), with a few capitalised names and the family's own numbers. Its source article follows the
 * shape of real paragraphs from corpus/ — speaker labels, sentences, their lengths in letters and their final
 * punctuation — filled with the family's words, so that articles of different families share structure but no
 * content. The translations are letter-cipher renderings of the source (`scripts/align/synthetic.ts`: digits,
 * URLs and capitalised names survive, speaker labels are kept) with perturbations: a dropped paragraph, two
 * neighbours swapped, a changed number.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cipher, rng } from '../align/synthetic.js'

const LABEL = /^(\S{1,24}:)(\s+)/u
const SENTENCE = /[^.!?។៕؟…]+[.!?។៕؟…]*["”»)]*\s*/gu
const CONSONANTS = [...'bcdfghjklmnprstvwz']
const VOWELS = [...'aeiou']

function seedParagraphs(): string[] {
  const dir = new URL('../../corpus/', import.meta.url)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/\n\s*\n/u))
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/** A family's synthetic language: Zipf-distributed words from its own syllables, and its names. */
interface Language {
  word: () => string
  names: string[]
}

function language(random: () => number): Language {
  const syllables = new Set<string>()
  while (syllables.size < 14) {
    const c = CONSONANTS[Math.floor(random() * CONSONANTS.length)]!
    const v = VOWELS[Math.floor(random() * VOWELS.length)]!
    syllables.add(random() < 0.3 ? `${c}${v}${CONSONANTS[Math.floor(random() * CONSONANTS.length)]!}` : `${c}${v}`)
  }
  const pool = [...syllables]
  const make = (min: number): string => {
    let w = ''
    const n = min + Math.floor(random() * 3)
    for (let k = 0; k < n; k++) w += pool[Math.floor(random() * pool.length)]!
    return w
  }
  const words = Array.from({ length: 400 }, () => make(1))
  const names = Array.from({ length: 6 }, () => make(2)).map((n) => n[0]!.toUpperCase() + n.slice(1))
  // Zipf: the r-th word is drawn with weight 1/r.
  const weights = words.map((_, r) => 1 / (r + 1))
  const total = weights.reduce((a, b) => a + b, 0)
  return {
    word: () => {
      let x = random() * total
      for (let r = 0; r < words.length; r++) if ((x -= weights[r]!) <= 0) return words[r]!
      return words[words.length - 1]!
    },
    names,
  }
}

/** A sentence of the family's language with the letters, numbers and final punctuation of a real one. */
function sentenceLike(sentence: string, lang: Language, digits: readonly string[], random: () => number): string {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0
  const numbers = (sentence.match(/\p{Nd}+/gu) ?? []).map((n) => n.replace(/\p{Nd}/gu, (d) => digits[Number(d) % 10] ?? d))
  const end = /[.!?។៕؟…]+["”»)]*\s*$/u.exec(sentence)?.[0].trim() ?? ''
  const words: string[] = []
  let n = 0
  while (n < Math.max(letters, 3)) {
    const w = random() < 0.06 ? lang.names[Math.floor(random() * lang.names.length)]! : lang.word()
    words.push(w)
    n += w.length
  }
  for (const number of numbers) words.splice(Math.floor(random() * (words.length + 1)), 0, number)
  const text = words.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}${end.replace(/[។៕]/gu, '.') || (letters > 0 ? '.' : '')}`
}

/** A paragraph of the family's language shaped like a real one: its label, sentences and line breaks. */
function paragraphLike(paragraph: string, lang: Language, digits: readonly string[], random: () => number): string {
  const label = LABEL.exec(paragraph)
  const body = label === null ? paragraph : paragraph.slice(label[0].length)
  const lines = body.split('\n').map((line) => (line.match(SENTENCE) ?? [line]).map((s) => sentenceLike(s, lang, digits, random)).join(' '))
  return `${label === null ? '' : `${label[1]}${label[2]}`}${lines.join('\n')}`
}

function translate(paragraph: string, random: () => number): string {
  const label = LABEL.exec(paragraph)
  const body = label === null ? paragraph : paragraph.slice(label[0].length)
  return `${label === null ? '' : `${label[1]}${label[2]}`}${cipher(body, random, 1.2)}`
}

function perturb(paragraphs: string[], random: () => number): string[] {
  const out = [...paragraphs]
  if (out.length > 4 && random() < 0.5) out.splice(1 + Math.floor(random() * (out.length - 1)), 1)
  if (out.length > 4 && random() < 0.3) {
    const i = 1 + Math.floor(random() * (out.length - 2))
    ;[out[i], out[i + 1]] = [out[i + 1]!, out[i]!]
  }
  if (random() < 0.3) {
    const i = Math.floor(random() * out.length)
    out[i] = out[i]!.replace(/\d/u, (d) => String((Number(d) + 1) % 10))
  }
  return out
}

/** What {@link writeCorpus} wrote. */
export interface GeneratedCorpus {
  /** The files. */
  files: string[]
  /** Files of each family written, the source first. */
  families: string[][]
  /** Total size in bytes. */
  bytes: number
}

/**
 * Write `articles` articles in families of 2–3 into `dir`.
 * @param dir Target folder (created).
 * @param articles Number of articles.
 * @param seed PRNG seed.
 */
export function writeCorpus(dir: string, articles: number, seed = 7): GeneratedCorpus {
  mkdirSync(dir, { recursive: true })
  const pool = seedParagraphs()
  const random = rng(seed)
  const files: string[] = []
  const families: string[][] = []
  let bytes = 0
  while (files.length < articles) {
    const family: string[] = []
    families.push(family)
    const size = Math.min(articles - files.length, random() < 0.5 ? 2 : 3)
    const lang = language(random)
    const length = 5 + Math.floor(random() * 6)
    const digits = [...'0123456789'].sort(() => random() - 0.5)
    const source = Array.from({ length }, () => pool[Math.floor(random() * pool.length)]!)
      .map((p) => paragraphLike(p, lang, digits, random))
      // Articles carry figures of their own (dates, amounts); the seed paragraphs have few.
      .map((p) => (random() < 0.5 ? `${p} (${100 + Math.floor(random() * 99_900)})` : p))
    for (let member = 0; member < size; member++) {
      const paragraphs = member === 0 ? source : perturb(source.map((p) => translate(p, random)), random)
      // Names carry no family: a tool must find families from the text.
      const path = join(dir, `article-${String(Math.floor(random() * 1e9)).padStart(9, '0')}-${files.length}.txt`)
      const text = `${paragraphs.join('\n\n')}\n`
      writeFileSync(path, text)
      bytes += Buffer.byteLength(text)
      files.push(path)
      family.push(path)
    }
  }
  return { files, families, bytes }
}
