import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignBitext, detectLanguage, parseDocument, ruleUrl, UsageError } from '../../src/index.js'
import { useTempDirs } from '../tempDirs.js'

const run = promisify(execFile)
const tempDir = useTempDirs('paracorpus-vfile-')
const seedPath = 'corpus/000_e0cc6a829b0b0a13.txt'
const seed = readFileSync(seedPath, 'utf8')

describe('VFile input', () => {
  it('parses a VFile as its text and reports every diagnostic on file.messages, with rule, source, place and url', () => {
    const file = new VFile({ path: seedPath, value: seed })
    const doc = parseDocument(file)
    expect(doc).toEqual(parseDocument(seed, { id: seedPath, path: seedPath }))
    expect(doc.diagnostics.length).toBeGreaterThan(1)
    expect(file.messages).toHaveLength(doc.diagnostics.length)
    file.messages.forEach((message, k) => {
      const d = doc.diagnostics[k]!
      expect(message).toMatchObject({ reason: d.reason, ruleId: d.ruleId, source: 'paracorpus', url: ruleUrl(d.ruleId), fatal: false, file: seedPath })
      if (d.place !== undefined) expect(message.place).toEqual(d.place)
    })
    const lost = file.messages.find((m) => m.ruleId === 'lost-marker')
    expect(lost?.line).toBeGreaterThan(1)
    expect(String(lost)).toMatch(new RegExp(`^${seedPath}:${lost!.line}:${lost!.column}`, 'u'))
  })

  it('decodes a VFile of bytes, takes its id from the path and keeps options first', () => {
    const bytes = new VFile({ path: resolve(seedPath), value: new TextEncoder().encode(seed) })
    const doc = parseDocument(bytes, { detect: false })
    expect(doc.id).toBe(seedPath)
    expect(doc.segments).toEqual(parseDocument(seed, { detect: false }).segments)
    expect(parseDocument(new VFile({ path: 'a.md', value: '# Title\n\nText.' }), { id: 'mine', detect: false }).id).toBe('mine')
    expect(parseDocument(new VFile({ path: 'a.md', value: '# Title\n\nText.' }), { detect: false }).format).toBe('markdown')
  })

  it('leaves a VFile without messages alone and still takes strings', () => {
    const file = new VFile('A short note.')
    const doc = parseDocument(file, { detect: false })
    expect(doc.id).toBe('document')
    expect(file.messages).toEqual([])
    expect(parseDocument('A short note.', { detect: false }).segments).toEqual(doc.segments)
  })

  it('detects the language of a VFile as of its text', () => {
    expect(detectLanguage(new VFile(seed))).toEqual(detectLanguage(seed))
  })

  it('aligns two VFiles of one sentence per line as the lists of their lines', () => {
    const source = ['Where were you born?', '', 'I was born in Almaty in 1975.', 'Then we moved.']
    const target = ['Сіз қайда тудыңыз?', '', 'Мен 1975 жылы Алматыда тудым. Содан кейін көштік.']
    const beads = alignBitext(source, target)
    expect(alignBitext(new VFile(`${source.join('\r\n')}\r\n`), new VFile(target.join('\n')))).toEqual(beads)
    expect(alignBitext(new VFile(''), ['x'])).toEqual(alignBitext([], ['x']))
  })

  it('names the argument when it is neither a string nor a VFile', () => {
    expect(() => parseDocument({ value: 'x' } as never)).toThrow(UsageError)
    expect(() => parseDocument(42 as never)).toThrow(/`text` must be a string or a VFile, got the number 42/u)
    expect(() => detectLanguage(null as never)).toThrow(/`text` must be a string or a VFile/u)
    expect(() => alignBitext('a\nb' as never, ['a'])).toThrow(/`source` must be an array of strings or a VFile/u)
  })

  it('runs the README example', async () => {
    const markdown = readFileSync('README.md', 'utf8')
    const section = markdown.slice(markdown.indexOf('### unified and vfile'))
    const example = /```js\n([\s\S]*?)```/u.exec(section)?.[1]
    expect(example).toContain('new VFile')
    const file = join(tempDir(), 'example.mts')
    writeFileSync(file, example!.replace(/from 'paracorpus'/gu, `from ${JSON.stringify(resolve('src/index.ts'))}`).replace(/from 'vfile'/gu, `from ${JSON.stringify(resolve('node_modules/vfile/index.js'))}`))
    const { stdout } = await run(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), file])
    expect(stdout).toMatch(/corpus\/000_e0cc6a829b0b0a13\.txt:\d+:\d+.* \[lost-marker\] https:\/\/github\.com\/.*\/docs\/rules\.md#lost-marker/u)
  })
})
