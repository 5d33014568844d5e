import type { AlignedUnit, SlotCell } from '../../types.js'

/** A sentence of one document in a sentence pair. */
export interface PairSentence {
  /** Sentence id in its document (`s4.2`); empty when the unit's text could not be traced to sentences. */
  id: string
  /** Sentence text. */
  text: string
}

/** One sentence-level unit of a slot, with the sentences each document contributes to it. */
export interface SentencePair {
  /** The unit. */
  unit: AlignedUnit
  /** Sentences per document id, in order; `[]` where the document has nothing (a gap). */
  sentences: Record<string, PairSentence[]>
  /** Bead type: the number of sentences of each document in column order, `2-1`, `1-0`, …. */
  bead: string
}

/**
 * Consume, from position `from` on, the first run of consecutive sentences whose texts joined by a space
 * give `text` (the way sentence units are built), skipping sentences that belong to no unit.
 * @returns The run and the position after it, or `undefined` when no run gives the text.
 */
function traceRun(text: string, sentences: readonly PairSentence[], from: number): { run: PairSentence[]; next: number } | undefined {
  for (let q = from; q < sentences.length; q++) {
    let joined = ''
    for (let k = q; k < sentences.length; k++) {
      joined = k === q ? sentences[k]!.text : `${joined} ${sentences[k]!.text}`
      if (joined === text) return { run: sentences.slice(q, k + 1), next: k + 1 }
      if (joined.length >= text.length) break
    }
  }
  return undefined
}

/**
 * The sentence pairs of one slot: its sentence-level units in order, each document's text traced back to the
 * sentences of that document's cell (so the report can show them one by one with their line numbers). A text
 * that cannot be traced is kept whole as one sentence without id.
 * @param units The slot's units, in order.
 * @param columns Document ids in column order.
 * @param cells The slot's cells by document id.
 * @param sentenceText Text of a sentence of a document.
 */
export function sentencePairs(
  units: readonly AlignedUnit[],
  columns: readonly string[],
  cells: Readonly<Record<string, SlotCell | null>>,
  sentenceText: (document: string, sentence: string) => string | undefined,
): SentencePair[] {
  const lists = new Map<string, PairSentence[]>()
  const position = new Map<string, number>()
  for (const document of columns) {
    const ids = cells[document]?.sentences ?? []
    lists.set(
      document,
      ids.map((id) => ({ id, text: sentenceText(document, id) ?? '' })),
    )
    position.set(document, 0)
  }
  return units.map((unit) => {
    const sentences: Record<string, PairSentence[]> = {}
    for (const document of columns) {
      const text = unit.texts[document]
      if (text === null || text === undefined || text === '') {
        sentences[document] = []
        continue
      }
      const traced = traceRun(text, lists.get(document) ?? [], position.get(document) ?? 0)
      if (traced === undefined) sentences[document] = [{ id: '', text }]
      else {
        sentences[document] = traced.run
        position.set(document, traced.next)
      }
    }
    return { unit, sentences, bead: columns.map((d) => sentences[d]?.length ?? 0).join('-') }
  })
}
