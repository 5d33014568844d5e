import { checkString, usage } from '../errors/checkArgument.js'
import { InputError } from '../errors/InputError.js'

/** What decoding found besides the text. */
export interface DecodedText {
  /** The decoded text (BOM removed). */
  text: string
  /** Encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  /** Whether a byte order mark was removed. */
  bom: boolean
}

/**
 * Byte offset of the first invalid UTF-8 sequence, or `-1` when the bytes are valid UTF-8.
 * Follows the Unicode "maximal subpart" rules: overlongs, surrogates and values above U+10FFFF are invalid.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  if (!(bytes instanceof Uint8Array)) usage('bytes', 'a Uint8Array (or Buffer)', bytes)
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    } else return i
    const second = bytes[i + 1]
    if (second === undefined || second < lo || second > hi) return i
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || c < 0x80 || c > 0xbf) return i
    }
    i += need + 1
  }
  return -1
}

/**
 * Decode a file's bytes strictly.
 *
 * - UTF-8 (with or without BOM) is the expected encoding; invalid sequences are an error.
 * - A UTF-16 BOM is honoured: such files are decoded as UTF-16 (the caller should warn).
 * - NUL bytes in UTF-8 data mean binary content and are an error.
 *
 * @param bytes Raw file content.
 * @param file Name used in error messages.
 * @throws {InputError} `BINARY` with the offset of the first NUL byte, `INVALID_UTF8` with the offset of
 *   the first invalid sequence, `UTF16` when a UTF-16 file does not decode.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (!(bytes instanceof Uint8Array)) usage('bytes', 'a Uint8Array (or Buffer)', bytes)
  checkString(file, 'file', true)
  const b0 = bytes[0]
  const b1 = bytes[1]
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be'
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
      return { text, encoding, bom: true }
    } catch (cause) {
      throw new InputError('UTF16', `${file} starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}; re-save it as UTF-8`, { file, byteOffset: 0, cause })
    }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError('BINARY', `${file} looks binary (NUL byte at byte ${nul}); paracorpus reads UTF-8 text (.txt, .md)`, { file, byteOffset: nul })
  }
  const bad = findInvalidUtf8(bytes)
  if (bad !== -1) {
    throw new InputError('INVALID_UTF8', `${file} is not valid UTF-8 (invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte ${bad}); convert it to UTF-8 first (e.g. with iconv)`, { file, byteOffset: bad })
  }
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  return { text, encoding: 'utf-8', bom }
}
