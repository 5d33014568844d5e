import { UsageError } from '../errors/UsageError.js'
import type { ParsedDocument, Pivot } from '../types.js'
import { chooseHub } from './chooseHub.js'
import { consensusSlots } from './consensusSlots.js'
import { contentSegments } from './contentSegments.js'
import { majorityHub } from './majorityHub.js'
import { observeSlots } from './slotObservations.js'
import { slotIds } from './slotIds.js'
import type { PivotOptions } from './types.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DOCUMENT_SHAPE, checkShapeArray } from '../errors/checkShape.js'

/** Options of {@link buildPivot}. */
export interface BuildPivotOptions extends PivotOptions {
  /**
   * Where the pivot comes from (default: `'consensus'`): `'consensus'` of all documents, or one document,
   * named by id or by language (BCP 47 or ISO 639-3 of its detected language).
   */
  from?: string | undefined
  /** With `from: 'consensus'`: the id of the document to build it around (the source), instead of choosing one. */
  hub?: string | undefined
  /** Pivot id (default: the id of the first document's family, or `pivot`). */
  id?: string | undefined
}

/**
 * Build the pivot structure of a translation family: an ordered list of language-neutral slots (role, expected
 * anchors, expected length share).
 *
 * By consensus (default): the slots follow the medoid document (the one most parallel to the others), unless most
 * members' structure differs from its somewhere (a lost, added, split, merged or moved part: then the member whose
 * structure most members share, see `majorityHub`); every other document is aligned to it, and each slot takes the role most documents give it, the anchors found in a
 * strict majority of the documents (with every spelling seen), the median length share and its spread across the
 * family; around a named hub (`hub`: the original), only anchors the original holds. From one document: that
 * document's structure alone.
 * @param documents Documents of one family (parsed, ideally with languages detected).
 * @throws {UsageError} when `from` names no document, or no documents are given.
 */
export function buildPivot(documents: readonly ParsedDocument[], options: BuildPivotOptions = {}): Pivot {
  checkShapeArray(documents, 'documents', 'a parsed document', DOCUMENT_SHAPE)
  checkOptions(options)
  if (documents.length === 0) throw new UsageError('INVALID_INPUT', 'buildPivot needs at least one document')
  const from = options.from ?? 'consensus'
  const named = namedHub(documents, options)
  const chosen = named ?? chooseHub(documents, from, options)
  // Without a named source, a hub whose structure most members do not share gives way (see `majorityHub`).
  const standing = from === 'consensus' && named === undefined ? majorityHub(documents, chosen, options) : undefined
  const hub = standing?.hub ?? chosen
  const others = from === 'consensus' ? documents.filter((d) => d !== hub) : []
  const hubSegments = contentSegments(hub)
  const slots = consensusSlots(hubSegments, slotIds(hubSegments), observeSlots(hub, others, options, standing?.alignments), others.length + 1, named !== undefined, languagesOf([hub, ...others]))
  return { id: options.id ?? 'pivot', origin: from === 'consensus' ? 'consensus' : 'document', document: hub.id, slots }
}

/** Each document's detected language (ISO 639-3), `undefined` where none was detected. */
function languagesOf(documents: readonly ParsedDocument[]): Array<string | undefined> {
  return documents.map((d) => (d.language === undefined || d.language.iso6393 === 'und' ? undefined : d.language.iso6393))
}

/** The hub `options.hub` names (with `from: 'consensus'`), if any. */
function namedHub(documents: readonly ParsedDocument[], options: BuildPivotOptions): ParsedDocument | undefined {
  if ((options.from ?? 'consensus') !== 'consensus' || options.hub === undefined) return undefined
  const named = documents.find((d) => d.id === options.hub)
  if (named === undefined) throw new UsageError('INVALID_OPTION', `hub ${options.hub} is not one of the documents`)
  return named
}

/**
 * The hub {@link buildPivot} tries first with the same documents and options: the named one, else `chooseHub`'s
 * (by consensus, `majorityHub` may then give way to another member). Every other member is aligned to it in its
 * direction, so these alignments can be made beforehand, side by side, and handed to `buildPivot` in the cache.
 * @param documents Documents of one family.
 * @param options As for {@link buildPivot}.
 * @returns The hub.
 * @throws {UsageError} As {@link buildPivot}.
 */
export function firstHub(documents: readonly ParsedDocument[], options: BuildPivotOptions = {}): ParsedDocument {
  checkShapeArray(documents, 'documents', 'a parsed document', DOCUMENT_SHAPE)
  checkOptions(options)
  if (documents.length === 0) throw new UsageError('INVALID_INPUT', 'buildPivot needs at least one document')
  return namedHub(documents, options) ?? chooseHub(documents, options.from ?? 'consensus', options)
}
