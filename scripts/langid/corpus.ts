/**
 * The labelled sentences under data/langid/ and their fixed train/test split: in each
 * `<iso639-3>.txt`, lines 1, 3, 5, … are training sentences and lines 2, 4, 6, … test sentences.
 * Profiles are built from the training half only; the evaluation reads the test half.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** Folder of the labelled sentence files. */
export const LANGID_DIR = fileURLToPath(new URL('../../data/langid/', import.meta.url))

/** Labelled sentences of one language. */
export interface LabelledSentences {
  /** ISO 639-3 code (the file name). */
  iso6393: string
  /** Sentences for training profiles. */
  train: string[]
  /** Held-out sentences for evaluation. */
  test: string[]
}

/**
 * Read every `data/langid/<code>.txt` file and split it.
 * @returns One entry per language, sorted by code.
 */
export function readLabelledSentences(dir = LANGID_DIR): LabelledSentences[] {
  return readdirSync(dir)
    .filter((f) => /^[a-z]{3}\.txt$/.test(f))
    .sort()
    .map((file) => {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '')
      return {
        iso6393: file.slice(0, 3),
        train: lines.filter((_, i) => i % 2 === 0),
        test: lines.filter((_, i) => i % 2 === 1),
      }
    })
}
