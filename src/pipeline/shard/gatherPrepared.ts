import { InputError } from '../../errors/InputError.js'
import { gatherReads } from '../../load/gatherReads.js'
import type { SkippedDocument } from '../../load/readDocument.js'
import type { Diagnostic } from '../../types.js'
import { inputDiagnostic } from '../alignCorpus.js'
import { keepsItsLanguage } from '../keepsItsLanguage.js'
import type { ParsedFileDocument } from '../parseFile.js'
import { inputErrorFromData } from '../parseFile.js'
import type { FingerprintRecord, ShardRecord } from './records.js'

/** A document of the corpus as the prepared records give it. */
export interface PreparedEntry {
  /** Document id. */
  id: string
  /** Path. */
  path: string
  /** SHA-256 of its bytes. */
  sha256: string
  /** Its fingerprint. */
  fingerprint: FingerprintRecord
  /** The parsed document, when the records held it (not for fingerprint-only records). */
  document?: ParsedFileDocument | undefined
}

/** The corpus the prepared records make up. */
export interface PreparedCorpus {
  /** Documents sorted by id, exact duplicates kept once (the first whose path names its language, else the first). */
  entries: PreparedEntry[]
  /** The corpus diagnostics `alignCorpus` starts the dataset with: unreadable inputs, then load warnings. */
  diagnostics: Diagnostic[]
}

/**
 * Gather the records of the `prepare` step (documents, or their fingerprints alone) into the corpus, as
 * `alignCorpus` gathers what each file gave: in record order (the order of the files), exact duplicates kept once
 * with a warning (the copy whose path names its language, as `loadCorpus`), empty files and errors reported. Other record types are ignored.
 * @param records Prepared records, in file order.
 * @throws {InputError} when no document could be read (as `alignCorpus`).
 */
export function gatherPrepared(records: readonly ShardRecord[]): PreparedCorpus {
  const warnings: Diagnostic[] = []
  const outcomes: Array<PreparedEntry | SkippedDocument | InputError> = []
  for (const record of records) {
    if (record.type === 'diagnostic') warnings.push(record.diagnostic)
    else if (record.type === 'skipped') outcomes.push(record.skipped)
    else if (record.type === 'error') outcomes.push(inputErrorFromData(record.error))
    else if (record.type === 'fingerprint') outcomes.push({ id: record.id, path: record.path, sha256: record.sha256, fingerprint: record })
    else if (record.type === 'document') outcomes.push({ id: record.fingerprint.id, path: record.fingerprint.path, sha256: record.fingerprint.sha256, fingerprint: record.fingerprint, document: record.document })
  }
  const gathered = gatherReads(outcomes, [], false, warnings, (e) => keepsItsLanguage(e.path, e.fingerprint.language))
  const entries = gathered.documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { entries, diagnostics: [...gathered.errors.map(inputDiagnostic), ...gathered.diagnostics] }
}
