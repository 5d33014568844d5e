import { realignSentences } from '../align/document/realignSentences.js'
import type { AlignDocumentsOptions, DocumentAlignment } from '../align/types.js'
import { alignPair } from '../pivot/alignPair.js'
import type { AlignmentCache } from '../pivot/types.js'
import type { ParsedDocument } from '../types.js'
import { lexiconOf, type CorpusLexicon } from './pendingLexicons.js'

/**
 * The hub's alignment to a member that sentence units are read from: the pair's alignment (through the cache),
 * its sentences aligned again with the corpus lexicon of the two languages when there is one.
 * @param hub The pivot's document.
 * @param doc Another member.
 * @param align Options of the document aligner.
 * @param cache Alignments computed already, if any.
 * @param lexicons Lexicons of the language pairs (learned on the corpus, on first use, or given).
 */
export function hubPair(hub: ParsedDocument, doc: ParsedDocument, align: AlignDocumentsOptions, cache: AlignmentCache | undefined, lexicons: readonly CorpusLexicon[] | undefined): DocumentAlignment {
  const pair = alignPair(hub, doc, { align, cache }, true)
  const lexicon = lexiconOf(lexicons, hub.language?.iso6393, doc.language?.iso6393)
  return lexicon === undefined ? pair : realignSentences(hub, doc, pair, { ...align, lexicon })
}
