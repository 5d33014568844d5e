import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'

/** franc reads at most this many code units of a text. */
const MAX_LENGTH = 2048

/** franc's distance for a trigram a language's model lacks. */
const MAX_DIFFERENCE = 300

/** Characters franc's `clean` turns into spaces (ASCII punctuation and digits). */
const ASCII_PUNCTUATION = /[\u0021-\u0040]+/g
const WHITE_SPACE = /\s+/g

/** One franc script's languages and, per trigram, the languages whose model has it with its rank. */
interface ScriptIndex {
  /** Language codes in franc's order (the order its ties keep). */
  codes: string[]
  /** Trigram → flat pairs `[language index, rank, …]`. */
  postings: Map<string, Int32Array>
}

const indexes = new Map<string, ScriptIndex>()

function scriptIndex(script: string): ScriptIndex | undefined {
  let index = indexes.get(script)
  if (index !== undefined) return index
  const languages = data[script]
  if (languages === undefined) return undefined
  const codes = Object.keys(languages)
  const lists = new Map<string, number[]>()
  codes.forEach((code, language) => {
    const model = (languages[code] ?? '').split('|')
    // franc keeps the first rank of a trigram listed twice (it fills its table from the end).
    const rank = new Map<string, number>()
    model.forEach((trigram, r) => {
      if (!rank.has(trigram)) rank.set(trigram, r)
    })
    for (const [trigram, r] of rank) {
      let list = lists.get(trigram)
      if (list === undefined) lists.set(trigram, (list = []))
      list.push(language, r)
    }
  })
  const postings = new Map<string, Int32Array>()
  for (const [trigram, list] of lists) postings.set(trigram, Int32Array.from(list))
  indexes.set(script, (index = { codes, postings }))
  return index
}

const scriptNames = Object.keys(expressions)
/** Per code point: how many times each of franc's script expressions matches it. */
const scriptHits = new Map<string, Uint8Array>()

function hitsOf(char: string): Uint8Array {
  let hits = scriptHits.get(char)
  if (hits === undefined) {
    hits = new Uint8Array(scriptNames.length)
    scriptNames.forEach((name, s) => {
      hits![s] = char.match(expressions[name]!)?.length ?? 0
    })
    scriptHits.set(char, hits)
  }
  return hits
}

/**
 * franc's script of a text: the expression with most matches, the first in franc's order on a tie. Every
 * alternative of franc's expressions matches one code point, so the matches are counted per code point (each
 * distinct one tested once per process) instead of by one global match per script over the text.
 */
function topScript(value: string): { script: string; count: number } {
  const counts = new Float64Array(scriptNames.length)
  for (const char of value) {
    const hits = hitsOf(char)
    for (let s = 0; s < hits.length; s++) counts[s]! += hits[s]!
  }
  let best = 0
  for (let s = 1; s < counts.length; s++) if (counts[s]! > counts[best]!) best = s
  return { script: scriptNames[best]!, count: counts[best]! }
}

/** franc's `clean`: ASCII punctuation and digits to spaces, white space collapsed, trimmed, lower-cased. */
function clean(value: string): string {
  return value.replace(ASCII_PUNCTUATION, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase()
}

/**
 * Rank the languages of a text as `francAll(text, { only, minLength: 1 })` does, with the same scores in the same
 * order, at a fraction of its cost: franc looks each trigram of the text up in the model of every language of
 * the script, while here each trigram is looked up once in an index of the script's models (built once per
 * process) that lists the languages having it and its rank there.
 * @param text Any text (franc reads its first 2048 code units).
 * @param only franc codes to rank (all of the script's when empty).
 * @returns `[code, score]` pairs, best first (score 1 for the best); `[['und', 1]]` for text franc cannot rank.
 */
export function francRanking(text: string, only: readonly string[]): Array<[string, number]> {
  if (text.length === 0) return [['und', 1]]
  const value = text.slice(0, MAX_LENGTH)
  const { script, count } = topScript(value)
  const allowed = (code: string): boolean => only.length === 0 || only.includes(code)
  const index = scriptIndex(script)
  if (index === undefined) return count === 0 || !allowed(script) ? [['und', 1]] : [[script, 1]]
  const padded = ` ${clean(value)} `
  const trigrams = new Map<string, number>()
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3)
    trigrams.set(trigram, (trigrams.get(trigram) ?? 0) + 1)
  }
  // franc's distance: for each distinct trigram of the text, |count − rank − 1| when the model has it, else 300.
  const distances = new Float64Array(index.codes.length).fill(trigrams.size * MAX_DIFFERENCE)
  for (const [trigram, n] of trigrams) {
    const list = index.postings.get(trigram)
    if (list === undefined) continue
    for (let k = 0; k < list.length; k += 2) distances[list[k]!]! += Math.abs(n - list[k + 1]! - 1) - MAX_DIFFERENCE
  }
  const wanted = only.length === 0 ? undefined : new Set(only)
  const ranked: Array<[string, number]> = []
  index.codes.forEach((code, language) => {
    if (wanted === undefined || wanted.has(code)) ranked.push([code, distances[language]!])
  })
  if (ranked.length === 0) return [['und', 1]]
  // A stable sort: ties keep franc's order of languages.
  ranked.sort((a, b) => a[1] - b[1])
  const min = ranked[0]![1]
  const max = value.length * MAX_DIFFERENCE - min
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0
  return ranked
}
