import { afterAll, describe, expect, it } from 'vitest'
import { InputError, ParacorpusError, alignCorpus, documentFromBytes, loadCorpus, readDocument, readDocuments, segmentDocument } from '../../src/index.js'
import type { ParacorpusErrorCode } from '../../src/index.js'
import { cli } from '../cli/helpers.js'
import { offsetsInside, paragraphsInScript, scratchDir, seedTexts } from './helpers.js'

const scratch = scratchDir('bad-files')
afterAll(() => scratch.remove())
const seeds = seedTexts().map((text, i) => scratch.file(`seed-${i + 1}.txt`, text))
const good = seeds[0]!
const paragraph = paragraphsInScript('Latin').find((p) => p.length > 80) ?? 'A plain paragraph of text, long enough to stand alone.'

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]
    bytes[2 + 2 * i] = first
    bytes[2 + 2 * i + 1] = second
  }
  return bytes
}

interface BadFile {
  what: string
  name: string
  content: Uint8Array
  code: ParacorpusErrorCode
  byteOffset: number
  message: RegExp
}

const latin1 = Uint8Array.from([...new TextEncoder().encode('Caf'), 0xe9, ...new TextEncoder().encode(' au lait.\n')])
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
const textThenNul = Uint8Array.from([...new TextEncoder().encode('Looks like text at first.\n'), 0x00, 0x01, 0x02])
const oddUtf16 = Uint8Array.from([...utf16('Hi there.', 'le'), 0x41])

const errorCases: BadFile[] = [
  { what: 'a binary file (PNG header)', name: 'image.txt', content: png, code: 'BINARY', byteOffset: 8, message: /image\.txt looks binary \(NUL byte at byte 8\); paracorpus reads UTF-8 text/u },
  { what: 'text followed by NUL bytes', name: 'truncated.txt', content: textThenNul, code: 'BINARY', byteOffset: 26, message: /truncated\.txt looks binary \(NUL byte at byte 26\)/u },
  { what: 'invalid UTF-8 (Latin-1 text)', name: 'latin1.txt', content: latin1, code: 'INVALID_UTF8', byteOffset: 3, message: /latin1\.txt is not valid UTF-8 \(invalid byte 0xe9 at byte 3\); convert it to UTF-8 first/u },
  { what: 'UTF-16 with a BOM and a dangling byte', name: 'broken16.txt', content: oddUtf16, code: 'UTF16', byteOffset: 0, message: /broken16\.txt starts with a UTF-16LE byte order mark but is not valid UTF-16LE; re-save it as UTF-8/u },
]

describe.each(errorCases)('$what', ({ name, content, code, byteOffset, message }) => {
  const path = scratch.file(name, content)

  it('is a typed InputError with its code, file, byte offset and a message naming the file and the fix', () => {
    let thrown: unknown
    try {
      readDocument(path)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect(thrown).toBeInstanceOf(ParacorpusError)
    expect(thrown).toMatchObject({ name: 'InputError', code, file: path, byteOffset })
    expect((thrown as Error).message).toMatch(message)
  })

  it('makes `paracorpus parse` exit 2 with the error on stderr', async () => {
    const run = await cli(['parse', path])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`InputError [${code}]`)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
  })

  it('keeps going by default: the good file is still parsed, and the run exits 2', async () => {
    const run = await cli(['parse', path, good])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toContain(`${good}: `)
    const corpus = loadCorpus([path, good], { detect: false })
    expect(corpus.documents.map((d) => d.path)).toEqual([good])
    expect(corpus.errors.map((e) => e.code)).toEqual([code])
  })

  it('stops at the error with --strict, printing no result', async () => {
    const run = await cli(['parse', '--strict', path, good])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
    expect(() => readDocuments([path, good], { strict: true })).toThrow(InputError)
  })
})

describe('a bad file beside a corpus in `paracorpus drift`', () => {
  const bad = scratch.file('among-seeds.bin.txt', png)

  it('reports the bad file as an error diagnostic, still scores the others, and exits 2', async () => {
    const run = await cli(['drift', bad, ...seeds])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/error .*among-seeds\.bin\.txt looks binary .*\[input-binary\]/u)
    for (const seed of seeds) expect(run.stdout).toContain(seed)
    expect(run.stdout).toMatch(/family-1\s+0\.\d{4}/u)
  })

  it('with --strict, stops before aligning anything', async () => {
    const run = await cli(['drift', '--strict', bad, ...seeds])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('InputError [BINARY]')
    expect(run.stdout).toBe('')
  })

  it('leaves the bad file as an error in the dataset built by alignCorpus', async () => {
    const dataset = await alignCorpus([bad, ...seeds], { level: 'turn' })
    expect(dataset.documents).toHaveLength(seeds.length)
    expect(dataset.diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ ruleId: 'input-binary', source: 'paracorpus:load', file: bad })])
  })
})

describe.each([
  ['an empty file', 'empty.txt', ''],
  ['a whitespace-only file', 'blank.txt', ' \n\t\r\n   \n'],
])('%s', (_what, name, content) => {
  const path = scratch.file(name, content)

  it('is skipped with an `empty-document` warning', () => {
    const result = documentFromBytes(new TextEncoder().encode(content), path)
    expect(result).toMatchObject({ path, diagnostic: { ruleId: 'empty-document', severity: 'warning', source: 'paracorpus:load', reason: `${path} is empty or holds only whitespace; skipped` } })
  })

  it('alone, is an EMPTY input error (exit 2): there is nothing to process', async () => {
    expect(() => readDocuments([path])).toThrow(expect.objectContaining({ name: 'InputError', code: 'EMPTY', message: `${path} is empty or holds only whitespace; nothing to process` }))
    const run = await cli(['parse', path])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`InputError [EMPTY]: ${path} is empty or holds only whitespace; nothing to process`)
  })

  it('beside a good file, is a warning only: exit 0 and the good file parsed', async () => {
    const run = await cli(['parse', path, good])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(`${path} is empty or holds only whitespace; skipped [empty-document]`)
    expect(run.stdout).toContain(`${good}: `)
  })
})

describe('several empty files and nothing else', () => {
  it('are one EMPTY error naming the count and the first file', async () => {
    const a = scratch.file('only-empty-a.txt', '')
    const b = scratch.file('only-empty-b.txt', '\n\n')
    expect(() => readDocuments([a, b])).toThrow(expect.objectContaining({ code: 'EMPTY', message: expect.stringMatching(/^all 2 input files are empty or hold only whitespace \(first: .*\); nothing to process$/u) }))
    const run = await cli(['drift', a, b])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('InputError [EMPTY]: all 2 input files are empty')
  })
})

describe.each([
  ['little-endian', 'le' as const],
  ['big-endian', 'be' as const],
])('UTF-16 (%s) with a BOM', (_what, order) => {
  const text = `${paragraph}\n\n${paragraph.split(' ').reverse().join(' ')}\n`
  const path = scratch.file(`utf16${order}.txt`, utf16(text, order))

  it('is decoded, with a `utf16-decoded` warning', () => {
    const doc = readDocument(path)
    if (!('text' in doc)) throw new Error(`${path} was skipped`)
    expect(doc.text).toBe(text)
    expect(doc.diagnostics).toEqual([
      { ruleId: 'utf16-decoded', source: 'paracorpus:load', severity: 'warning', file: doc.id, reason: `${path} is UTF-16${order.toUpperCase()}; decoded it, but UTF-8 is expected`, url: expect.stringMatching(/\/docs\/rules\.md#utf16-decoded$/u) },
    ])
  })

  it('parses like its UTF-8 twin and exits 0 with the warning shown', async () => {
    const run = await cli(['parse', path])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`UTF-16${order.toUpperCase()}; decoded it, but UTF-8 is expected [utf16-decoded]`)
    const [doc] = loadCorpus([path], { detect: false }).documents
    expect(doc?.segments).toEqual(segmentDocument(text).segments)
  })
})

describe.each([
  ['CRLF', '\r\n'],
  ['lone CR', '\r'],
])('%s line endings', (_what, eol) => {
  const lf = seedTexts()[0]!
  const lines = lf.split('\n').length - 1
  const path = scratch.file(`endings-${eol.length}.txt`, lf.replaceAll('\n', eol))

  it('are rewritten to LF with an info diagnostic counting them, and parse exactly like the LF text', () => {
    const doc = readDocument(path)
    expect('text' in doc && doc.text).toBe(lf.normalize('NFC'))
    expect('diagnostics' in doc && doc.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'line-endings', severity: 'info', reason: `${path}: ${lines} CRLF/CR line endings rewritten to LF` }))
    const [parsed] = loadCorpus([path], { detect: false }).documents
    expect(parsed?.segments).toEqual(segmentDocument(lf).segments)
    expect(parsed !== undefined && offsetsInside(parsed)).toBe(true)
  })

  it('exit 0 from `paracorpus parse`', async () => {
    const run = await cli(['parse', path])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('CRLF/CR line endings rewritten to LF [line-endings]')
  })
})
