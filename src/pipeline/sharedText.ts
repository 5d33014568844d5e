/**
 * Text two documents of one language share word for word: what tells a version of a document (a revision, an
 * older or damaged copy) from a translation of another article of the same template. The aligner scores a copy
 * with a section moved or removed below a faithful translation (its order or coverage breaks), and two pages of one
 * template in one language can score as high on their shape alone; but a version holds most of its sentences as
 * the other writes them, and a page of another article few (on the real-docs dev sets: 0.92–1.00 against at most
 * 0.18).
 */
import { createHash } from 'node:crypto'
import { keyLetters, MIN_COPY_LETTERS, sentenceKey } from '../drift/copyKeys.js'
import type { ParsedDocument } from '../types.js'

/** Prefix of the fingerprint keys of a document's sentences (see {@link textKeys}). */
export const TEXT_KEY_PREFIX = 'text:'

/** A document's sentences as compared (code blocks left out: they are shared across languages), with their letters. */
function sentenceLetters(doc: ParsedDocument): Map<string, number> {
  const out = new Map<string, number>()
  for (const segment of doc.segments) {
    if (segment.role === 'code') continue
    for (const sentence of segment.sentences) {
      const letters = keyLetters(sentence.text)
      if (letters > 0) out.set(sentenceKey(sentence.text), letters)
    }
  }
  return out
}

function total(sentences: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const letters of sentences.values()) sum += letters
  return sum
}

/**
 * The share of the shorter document's sentence text (its letters, code blocks left out) that the other document
 * holds word for word (sentences compared as `sentenceKey` forms them: case and spacing aside), or `undefined` when
 * the two are not known to be in one language (an unknown language, or two).
 * @param a A parsed document.
 * @param b Another.
 */
export function sharedText(a: ParsedDocument, b: ParsedDocument): number | undefined {
  const language = a.language?.iso6393
  if (language === undefined || language === 'und' || language !== b.language?.iso6393) return undefined
  const x = sentenceLetters(a)
  const y = sentenceLetters(b)
  const [short, long] = total(x) <= total(y) ? [x, y] : [y, x]
  const all = total(short)
  if (all === 0) return 0
  let held = 0
  for (const [key, letters] of short) if (long.has(key)) held += letters
  return held / all
}

/**
 * Fingerprint keys of a document's sentences of at least `MIN_COPY_LETTERS` letters (a short hash of each, under
 * {@link TEXT_KEY_PREFIX}): two documents sharing such a key share a sentence word for word, which a version of one
 * document does with the other whatever their lengths (see `candidatePairs`).
 * @param doc A parsed document.
 */
export function textKeys(doc: ParsedDocument): string[] {
  const keys = new Set<string>()
  for (const segment of doc.segments) {
    if (segment.role === 'code') continue
    for (const sentence of segment.sentences) {
      if (keyLetters(sentence.text) < MIN_COPY_LETTERS) continue
      keys.add(`${TEXT_KEY_PREFIX}${createHash('sha1').update(sentenceKey(sentence.text)).digest('base64').slice(0, 12)}`)
    }
  }
  return [...keys]
}
