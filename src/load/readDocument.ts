import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { InputError } from '../errors/InputError.js'
import type { Diagnostic, LoadedDocument } from '../types.js'
import { decodeText } from './decodeText.js'
import { documentId } from './documentId.js'
import { normalizeText } from './normalizeText.js'

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

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024

function loadWarning(file: string, ruleId: string, reason: string): Diagnostic {
  return { ruleId, source: 'paracorpus:load', reason, severity: 'warning', file }
}

/**
 * Turn raw bytes into a loaded document: strict decoding, BOM and line-ending normalisation, NFC.
 * @param bytes The file content.
 * @param path The path it came from (names errors, gives the id).
 * @returns The document, or a skip notice when the text is empty or whitespace only.
 * @throws {InputError} for binary or wrongly encoded content.
 */
export function documentFromBytes(bytes: Uint8Array, path: string, options: ReadOptions = {}): LoadedDocument | SkippedDocument {
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
 * @throws {InputError} `ENOENT`, `EACCES`, `EISDIR`, `TOO_LARGE`, `BINARY`, `INVALID_UTF8`, `UTF16`.
 */
export function readDocument(path: string, options: ReadOptions = {}): LoadedDocument | SkippedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let bytes: Uint8Array
  try {
    const size = statSync(path).size
    if (size > maxBytes) {
      throw new InputError('TOO_LARGE', `${path} is ${size} bytes, above the limit of ${maxBytes}; raise maxBytes (--max-bytes) or split the file`, { file: path })
    }
    bytes = readFileSync(path)
  } catch (cause) {
    if (cause instanceof InputError) throw cause
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('ENOENT', `${path} does not exist`, { file: path, cause })
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('EACCES', `cannot read ${path}: permission denied`, { file: path, cause })
    if (code === 'EISDIR') throw new InputError('EISDIR', `${path} is a directory; pass it as a directory argument`, { file: path, cause })
    throw new InputError('INVALID_INPUT', `cannot read ${path}: ${(cause as Error).message}`, { file: path, cause })
  }
  return documentFromBytes(bytes, path, options)
}

/** Whether a read produced a document (as opposed to a skip notice). */
export function isLoadedDocument(value: LoadedDocument | SkippedDocument): value is LoadedDocument {
  return 'text' in value
}
