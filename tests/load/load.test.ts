import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, ParacorpusError, decodeText, documentFromBytes, loadCorpus, readDocuments } from '../../src/index.js'

const dir = mkdtempSync(join(tmpdir(), 'paracorpus-load-'))
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeText', () => {
  it.each([
    ['a NUL byte', Uint8Array.from([0x61, 0x62, 0x00, 0x63]), 'BINARY', 2],
    ['a lone continuation byte', Uint8Array.from([0x61, 0x80, 0x62]), 'INVALID_UTF8', 1],
    ['a truncated sequence', Uint8Array.from([0x61, 0x62, 0x63, 0xe1, 0x9e]), 'INVALID_UTF8', 3],
    ['an overlong encoding', Uint8Array.from([0x41, 0xc0, 0xaf]), 'INVALID_UTF8', 1],
    ['a surrogate', Uint8Array.from([0x41, 0xed, 0xa0, 0x80]), 'INVALID_UTF8', 1],
    ['Latin-1 text', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20]), 'INVALID_UTF8', 3],
  ])('rejects %s with a typed error and the byte offset', (_what, bytes, code, offset) => {
    try {
      decodeText(bytes, 'bad.txt')
      expect.unreachable('decodeText should throw')
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect(error).toBeInstanceOf(ParacorpusError)
      expect(error).toMatchObject({ code, byteOffset: offset, file: 'bad.txt' })
      expect((error as Error).message).toContain('bad.txt')
      expect((error as Error).message).toContain(`byte ${offset}`)
    }
  })

  it('decodes UTF-16 with a BOM', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])
    expect(decodeText(bytes, 'x')).toEqual({ text: 'Hi', encoding: 'utf-16le', bom: true })
  })
})

describe('documentFromBytes', () => {
  it('strips a BOM, normalises CRLF and lone CR to LF, and composes to NFC', () => {
    const doc = documentFromBytes(utf8('\uFEFFline one\r\nline two\rCafe\u0301'), 'a.txt', { cwd: '/' })
    expect('text' in doc && doc.text).toBe('line one\nline two\nCaf\u00e9')
    expect('diagnostics' in doc && doc.diagnostics.map((d) => d.ruleId)).toEqual(['bom-stripped', 'line-endings'])
  })

  it('hashes the raw bytes and takes the id from the path', () => {
    const doc = documentFromBytes(utf8('abc'), join(process.cwd(), 'corpus', 'x.txt'))
    expect(doc).toMatchObject({ id: 'corpus/x.txt', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', bytes: 3 })
  })

  it.each([['empty', ''], ['whitespace only', ' \n\t\r\n ']])('skips an %s file with a warning', (_what, text) => {
    const result = documentFromBytes(utf8(text), 'e.txt')
    expect('diagnostic' in result && result.diagnostic).toMatchObject({ ruleId: 'empty-document', severity: 'warning' })
  })
})

describe('readDocuments', () => {
  const good = file('good.txt', 'A good article.\n')
  file('twin.txt', 'A good article.\n')
  file('empty.txt', '')
  file('binary.txt', Uint8Array.from([1, 2, 0, 3]))
  mkdirSync(join(dir, 'sub'))
  file('sub/deep.md', '# Deep\n\nText.\n')

  it('reads a directory recursively, keeps going past bad files and reports them', () => {
    const result = readDocuments([dir])
    expect(result.documents.map((d) => d.path.slice(dir.length + 1))).toEqual(['good.txt', 'sub/deep.md'])
    expect(result.errors.map((e) => e.code)).toEqual(['BINARY'])
    expect(result.diagnostics.map((d) => d.ruleId).sort()).toEqual(['duplicate-document', 'empty-document'])
  })

  it('expands globs', () => {
    expect(readDocuments([`${dir}/**/*.md`]).documents).toHaveLength(1)
  })

  it.each([
    ['a path that does not exist', join(dir, 'nope.txt'), 'ENOENT'],
    ['a glob matching nothing', `${dir}/*.docx`, 'NO_MATCH'],
  ])('reports %s as a typed error while reading the rest', (_what, path, code) => {
    const result = readDocuments([good, path])
    expect(result.documents).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ name: 'InputError', code })
  })

  it('throws the first error in strict mode', () => {
    expect(() => readDocuments([join(dir, 'binary.txt'), good], { strict: true })).toThrow(InputError)
  })

  it('throws when nothing at all can be read', () => {
    expect(() => readDocuments([join(dir, 'nope.txt')])).toThrow(/does not exist/)
  })
})

describe('loadCorpus', () => {
  it('parses the bundled corpus into documents sorted by id with stable ids', () => {
    const corpus = loadCorpus(['corpus'])
    expect(corpus.documents.map((d) => d.id)).toEqual(['corpus/000_e0cc6a829b0b0a13.txt', 'corpus/001_73505fbc49ac9a58.txt', 'corpus/002_2b155514b4abd208.txt'])
    for (const d of corpus.documents) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/u)
    expect(corpus.errors).toEqual([])
  })
})
