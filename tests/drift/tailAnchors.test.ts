import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument } from '../../src/index.js'
import { writtenAnchors } from '../../src/drift/anchorPlaces.js'
import { anchorKey } from '../../src/drift/laterAnchors.js'
import { anchorsOfSegments } from '../../src/pivot/pivotAnchors.js'
import { scratchDir } from '../bad-input/helpers.js'
import { partialIn } from './partialReasons.js'

// Real docs, each with a second version of one translation beside it (as the evaluation of real docs puts its faulty
// copies) where one paragraph was cut after its first sentence. Every member writes the paragraph as one sentence (the
// segmenter reads `Cmd.` as an abbreviation; a slot the pivot writes in one sentence), so the sentence counts cannot
// tell the cut; the link or path the other translations write at the end of the paragraph, and the cut one lacks, can.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('tail-anchors')
afterAll(() => scratch.remove())

/** The project copied with a second version of `file` whose lines from the one starting with `from` on are `kept`. */
function withCut(root: string, project: string, file: string, from: string, count: number, kept: string): string {
  const dir = join(scratch.dir, project)
  cpSync(join(root, project), join(dir, project), { recursive: true })
  const lines = readFileSync(join(root, project, file), 'utf8').split('\n')
  const at = lines.findIndex((l) => l.startsWith(from))
  expect(at).toBeGreaterThanOrEqual(0)
  expect(lines[at]!.length + (count > 1 ? lines[at + 1]!.length : 0)).toBeGreaterThan(kept.length + 20)
  lines.splice(at, count, kept)
  writeFileSync(join(dir, 'copy.md'), lines.join('\n'))
  return dir
}

describe('a paragraph cut short, told by the anchors the others write at its end', () => {
  it('finds the Arabic Starship paragraph cut before its Clink file path', async () => {
    const file = 'starship-readme/docs/ar-SA/guide/README.md'
    const first = 'عليك بإستخدام [Clink](https://chrisant996.github.io/clink/clink.html) (v1.2.30+) مع Cmd.'
    const dir = withCut(DEV, 'starship-readme', 'docs/ar-SA/guide/README.md', first, 2, first)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    // Since the parser reads `Cmd.` as a sentence end (9ea6106) the sentence counts tell this cut too.
    expect(partialIn(dataset, 'copy.md')).toEqual([expect.stringMatching(/lacks .*starship\.lua|where 6 of the other 6 translations have more/u)])
    expect(partialIn(dataset, file).filter((m) => /which the other translations write after/u.test(m))).toEqual([])
  })
})

describe('a long paragraph cut before its closing link', () => {
  it('finds the Turkish HOWTO paragraph that lost its closing link to the translations, though it keeps most of its length', async () => {
    // free-programming-books' Turkish HOWTO: the last paragraph ends `… okuyun. ([translations](README.md#translations))`.
    // Cut after `okuyun.`, it keeps about nine tenths of its letters, more than the share where the other
    // translations write that link, as the Turkish is longer than most; it keeps the code span they write first
    // and lacks the link they all write last.
    const file = 'docs/HOWTO-tr.md'
    const from = 'Nihayet, Eklemek istediğiniz'
    const line = readFileSync(join(DEV, 'free-programming-books-howto', file), 'utf8').split('\n').find((l) => l.startsWith(from))!
    const kept = line.slice(0, line.indexOf(' ([translations]'))
    expect(kept.endsWith('okuyun.')).toBe(true)
    const dir = withCut(DEV, 'free-programming-books-howto', file, from, 1, kept)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(partialIn(dataset, 'copy.md')).toEqual([expect.stringMatching(/lacks readme\.md#translations, which the other translations write after/u)])
    expect(partialIn(dataset, `free-programming-books-howto/${file}`)).toEqual([])
  }, 180_000)

  it('finds the Ukrainian HOWTO paragraph cut before its closing link, though it keeps nineteen twentieths of its length', async () => {
    // Cut after `… в розділі [ДОДАТКИ](CONTRIBUTING.md).`, it keeps the code span the others write first and lacks
    // the link to the translations they write last; it keeps more of the slot than the share at which a cell is
    // taken as whole by its length, and less than all of it.
    const file = 'docs/HOWTO-uk.md'
    const from = 'На останок, якщо Ви'
    const line = readFileSync(join(DEV, 'free-programming-books-howto', file), 'utf8').split('\n').find((l) => l.startsWith(from))!
    const kept = line.slice(0, line.indexOf(' ([translations]'))
    expect(kept.endsWith('(CONTRIBUTING.md).')).toBe(true)
    const dir = withCut(DEV, 'free-programming-books-howto', file, from, 1, kept)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(partialIn(dataset, 'copy.md')).toEqual([expect.stringMatching(/keeps 9\d% .*lacks readme\.md#translations, which the other translations write after/u)])
    expect(partialIn(dataset, `free-programming-books-howto/${file}`)).toEqual([])
  }, 180_000)

  it('reads no cut in a paragraph that writes an older closing version number than the others', async () => {
    // Tauri's Nuxt and Next.js pages: the Spanish and French translations end their first paragraph with the
    // version the guide was written for when they were made (`Nuxt 3.7`, `Next.js 13.4.19`) where the English and
    // Chinese write a newer one. They keep the link written before it and write a number of their own where the
    // others write theirs: a changed anchor, not a lost end.
    const dataset = await alignCorpus([join(DEV, 'tauri-frontend')], { level: 'turn', workers: 1 })
    for (const page of ['es/start/frontend/nuxt.mdx', 'fr/start/frontend/nuxt.mdx', 'fr/start/frontend/nextjs.mdx']) expect(partialIn(dataset, page), page).toEqual([])
  }, 180_000)
})

describe('the anchors a paragraph writes itself', () => {
  it('leave out the code of the blocks after it, which the parser lends to it', () => {
    // The Japanese Starship FAQ's debug-log answer: inline `rust` in its text, then `env STARSHIP_LOG=trace starship
    // module rust` in a code block after it. A paragraph cut before `rust` must not be taken to hold the block's code.
    const doc = parseDocument(readFileSync(join(DEV, 'starship-faq/docs/ja-JP/faq/README.md'), 'utf8'), { id: 'ja.md' })
    const segment = doc.segments.find((s) => s.text.startsWith('環境変数'))!
    const lent = anchorsOfSegments([segment]).filter((a) => a.block === true)
    expect(lent.length).toBeGreaterThan(0)
    const written = writtenAnchors([segment], doc.text)
    for (const a of lent) expect(written.has(anchorKey(a)), a.text).toBe(false)
    expect(written.get('code:STARSHIP_LOG')).toBeLessThan(written.get('code:rust')!)
  })
})
