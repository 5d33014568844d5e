/**
 * Language-pair lexicons handed to worker threads without a copy per task: each lexicon is written once, as JSON,
 * into shared memory; a family task carries only references to it, and each thread reads a lexicon the first time
 * a task needs it and keeps it for the rest of the run. (Sent as plain data with every family task, the
 * translation models were cloned and rebuilt once per family, which dominated the family stage's time and memory.)
 * A corpus lexicon still to learn travels as its pooled training data and is learned by the thread that first
 * needs it (see `pendingLexicons.ts`).
 */
import { isPending, type CorpusLexicon } from './pendingLexicons.js'

/** One language-pair lexicon in shared memory. */
export interface SharedLexicon {
  /** Unique within the process that wrote it: the run's number and the two languages. */
  key: string
  /** ISO 639-3 codes of the two sides. */
  languages: [string, string]
  /** The lexicon (or its training data) as UTF-8 JSON. */
  bytes: SharedArrayBuffer
}

let runs = 0

/**
 * Write lexicons into shared memory, once per run.
 * @param lexicons The run's language-pair lexicons.
 * @returns One shared lexicon per lexicon, in the same order.
 */
export function shareLexicons(lexicons: readonly CorpusLexicon[] | undefined): SharedLexicon[] | undefined {
  if (lexicons === undefined) return undefined
  const run = ++runs
  const encoder = new TextEncoder()
  return lexicons.map((lexicon) => {
    const json = encoder.encode(JSON.stringify(lexicon))
    const bytes = new SharedArrayBuffer(json.byteLength)
    new Uint8Array(bytes).set(json)
    return { key: `${run}:${lexicon.languages.join('-')}`, languages: lexicon.languages, bytes }
  })
}

/**
 * The shared lexicons that concern some languages: those whose two languages are both among them.
 * @param shared The run's shared lexicons.
 * @param languages ISO 639-3 codes (e.g. of a family's members).
 */
export function sharedAmong(shared: readonly SharedLexicon[] | undefined, languages: Iterable<string | undefined>): SharedLexicon[] | undefined {
  if (shared === undefined) return undefined
  const set = new Set(languages)
  const out = shared.filter((l) => set.has(l.languages[0]) && set.has(l.languages[1]))
  return out.length === 0 ? undefined : out
}

const read = new Map<string, CorpusLexicon>()
let readRun: string | undefined

/**
 * The lexicons behind shared references, each read once per thread and run (the same object every time, so what
 * is built from it is built once too).
 * @param shared References carried by a task.
 */
export function readSharedLexicons(shared: readonly SharedLexicon[] | undefined): CorpusLexicon[] | undefined {
  if (shared === undefined) return undefined
  const run = shared[0]?.key.slice(0, shared[0].key.indexOf(':'))
  if (run !== readRun) {
    read.clear()
    readRun = run
  }
  const decoder = new TextDecoder()
  return shared.map((s) => {
    let lexicon = read.get(s.key)
    if (lexicon === undefined) read.set(s.key, (lexicon = JSON.parse(decoder.decode(new Uint8Array(s.bytes).slice())) as CorpusLexicon))
    return lexicon
  })
}

/**
 * Forget, in this thread, the lexicons behind these references that were still training data when read: such a
 * language pair is one only a single family could use (see `learnLexiconsOnPool.ts`), so once that family's hub
 * pair is aligned, what was learned from it (word links and translation model) is not kept for the rest of the run.
 * Read again, it is learned again, the same.
 * @param shared References carried by a task.
 */
export function forgetPendingLexicons(shared: readonly SharedLexicon[] | undefined): void {
  for (const s of shared ?? []) {
    const lexicon = read.get(s.key)
    if (lexicon !== undefined && isPending(lexicon)) read.delete(s.key)
  }
}
