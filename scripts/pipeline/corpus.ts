/**
 * A generated corpus for the pipeline benchmark: translation families of 2–3 articles. Each family's source is a
 * sample of real paragraphs from corpus/ (seeded) with the family's own numbers; its translations are letter-cipher renderings of it
 * (`scripts/align/synthetic.ts`: digits, URLs and Latin names survive, speaker labels are kept) with perturbations:
 * a dropped paragraph, two neighbours swapped, a changed number.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cipher, rng } from '../align/synthetic.js'

const LABEL = /^(\S{1,24}:)(\s+)/u

function seedParagraphs(): string[] {
  const dir = new URL('../../corpus/', import.meta.url)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/\n\s*\n/u))
    .map((p) => p.trim())
    .filter((p) => p !== '')
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
    // A sample of paragraphs in a new order, with the family's own digits: families share no article.
    const length = 5 + Math.floor(random() * 6)
    const digits = [...'0123456789'].sort(() => random() - 0.5)
    const source = Array.from({ length }, () => pool[Math.floor(random() * pool.length)]!).map((p) => p.replace(/\d/gu, (d) => digits[Number(d)]!))
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
