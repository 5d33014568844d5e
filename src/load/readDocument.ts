import { createHash } from 'node:crypto'
import { checkString, usage } from '../errors/checkArgument.js'
import { InputError } from '../errors/InputError.js'
import { checkLoadOptions } from './checkLoadOptions.js'
import type { Diagnostic, LoadedDocument } from '../types.js'
import { decodeText } from './decodeText.js'
import { documentId } from './documentId.js'
import { normalizeText } from './normalizeText.js'
import { DEFAULT_MAX_BYTES, readFileBytes } from './readFileBytes.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'
import type { RuleId } from '../diagnostics/ruleIds.js'

/** Options for {@link readDocument}. */
export interface ReadOptions {
  /** Largest file accepted, in bytes (default: `268435456`, 256 MiB). */
  maxBytes?: number | undefined
  /** Working directory ids are relative to (default: `process.cwd()`). */
  cwd?: string | undefined
}

/** A file that was read but holds no text: skipped with a warning. */
export interface SkippedDocument {
  /** The file. */
  path: string
  /** Why it was skipped. */
  diagnostic: Diagnostic
}

function loadWarning(file: string, ruleId: RuleId, reason: string): Diagnostic {
  return { ruleId, source: 'paracorpus:load', reason, severity: 'warning', file, url: ruleUrl(ruleId) }
}

/**
 * Turn raw bytes into a loaded document: strict decoding, BOM and line-ending normalisation, NFC.
 * @param bytes The file content.
 * @param path The path it came from (names errors, gives the id).
 * @returns The document, or a skip notice when the text is empty or whitespace only.
 * @throws {InputError} for binary or wrongly encoded content.
 */
export function documentFromBytes(bytes: Uint8Array, path: string, options: ReadOptions = {}): LoadedDocument | SkippedDocument {
  if (!(bytes instanceof Uint8Array)) usage('bytes', 'a Uint8Array (or Buffer) of the file content', bytes)
  checkString(path, 'path')
  checkLoadOptions(options)
  const id = documentId(path, options.cwd)
  const decoded = decodeText(bytes, path)
  const normalized = normalizeText(decoded.text)
  if (normalized.text.trim() === '') {
    return { path, diagnostic: loadWarning(id, 'empty-document', `${path} is empty or holds only whitespace; skipped`) }
  }
  const diagnostics: Diagnostic[] = []
  if (decoded.encoding !== 'utf-8') {
    diagnostics.push(loadWarning(id, 'utf16-decoded', `${path} is ${decoded.encoding.toUpperCase()}; decoded it, but UTF-8 is expected`))
  } else if (decoded.bom) {
    diagnostics.push({ ...loadWarning(id, 'bom-stripped', `${path} starts with a UTF-8 byte order mark; removed it`), severity: 'info' })
  }
  if (normalized.lineEndings > 0) {
    diagnostics.push({ ...loadWarning(id, 'line-endings', `${path}: ${normalized.lineEndings} CRLF/CR line endings rewritten to LF`), severity: 'info' })
  }
  return {
    id,
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    text: normalized.text,
    diagnostics,
  }
}

/**
 * Read one file from disk as a document.
 * Only regular files are read (FIFOs and devices are `NOT_A_FILE`), and never more than `maxBytes` bytes.
 * @throws {InputError} `ENOENT`, `EACCES`, `EISDIR`, `NOT_A_FILE`, `TOO_LARGE`, `BINARY`, `INVALID_UTF8`, `UTF16`.
 */
export function readDocument(path: string, options: ReadOptions = {}): LoadedDocument | SkippedDocument {
  checkString(path, 'path')
  checkLoadOptions(options)
  return documentFromBytes(readFileBytes(path, options.maxBytes ?? DEFAULT_MAX_BYTES), path, options)
}

/** Whether a read produced a document (as opposed to a skip notice). */
export function isLoadedDocument(value: LoadedDocument | SkippedDocument): value is LoadedDocument {
  return 'text' in value
}
