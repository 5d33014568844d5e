/**
 * The labelled sentences under data/langid/ and their fixed train/test split: in each
 * `<iso639-3>.txt`, lines 1, 3, 5, … are training sentences and lines 2, 4, 6, … test sentences.
 * Files under `data/langid/train/`, named `<iso639-3>.<source>.txt`, are training sentences only
 * (larger sources of other domains; never evaluated, so the test half keeps measuring how well the
 * profiles carry over to text they were not built from).
 * Profiles are built from the training sentences only; the evaluation reads the test half.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** Folder of the labelled sentence files. */
export const LANGID_DIR = fileURLToPath(new URL('../../data/langid/', import.meta.url))

/** Labelled sentences of one language. */
export interface LabelledSentences {
  /** ISO 639-3 code (the file name). */
  iso6393: string
  /** Sentences for training profiles: the training half of `<code>.txt`. */
  train: string[]
  /** Training-only sources (`train/<code>.<source>.txt`), each weighted as one source by the profile builder. */
  extra: TrainingSource[]
  /** Held-out sentences for evaluation. */
  test: string[]
}

/** The sentences of one training-only file. */
export interface TrainingSource {
  /** The `<source>` part of the file name. */
  source: string
  /** Its sentences. */
  sentences: string[]
}

/**
 * Non-empty, trimmed lines of a labelled sentence file.
 * @param path File path.
 * @returns The sentences.
 */
export function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '')
}

/**
 * Training-only sentences under `<dir>/train/`, by ISO 639-3 code (files sorted by name).
 * @param dir Folder of the labelled sentence files.
 * @returns Code → one entry per file.
 */
export function readTrainingOnly(dir = LANGID_DIR): Map<string, TrainingSource[]> {
  const byCode = new Map<string, TrainingSource[]>()
  const trainDir = join(dir, 'train')
  if (!existsSync(trainDir)) return byCode
  for (const file of readdirSync(trainDir).filter((f) => /^[a-z]{3}\.[\w-]+\.txt$/.test(f)).sort()) {
    const code = file.slice(0, 3)
    const source = { source: file.slice(4, -4), sentences: readLines(join(trainDir, file)) }
    byCode.set(code, [...(byCode.get(code) ?? []), source])
  }
  return byCode
}

/**
 * Read every `data/langid/<code>.txt` file and split it.
 * @param dir Folder of the labelled sentence files.
 * @param options `trainingOnly: false` leaves out the training-only files (default: read them).
 * @returns One entry per language, sorted by code.
 */
export function readLabelledSentences(dir = LANGID_DIR, { trainingOnly = true }: { trainingOnly?: boolean } = {}): LabelledSentences[] {
  const extra = trainingOnly ? readTrainingOnly(dir) : new Map<string, TrainingSource[]>()
  return readdirSync(dir)
    .filter((f) => /^[a-z]{3}\.txt$/.test(f))
    .sort()
    .map((file) => {
      const lines = readLines(join(dir, file))
      const iso6393 = file.slice(0, 3)
      return {
        iso6393,
        train: lines.filter((_, i) => i % 2 === 0),
        extra: extra.get(iso6393) ?? [],
        test: lines.filter((_, i) => i % 2 === 1),
      }
    })
}
