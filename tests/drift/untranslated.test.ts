import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'
import { injectMarkdownFault } from '../../scripts/drift/markdownFaults.js'
import { linesOf } from '../../scripts/drift/markdownBlocks.js'

// Wails's "Compiling your project" page (data/docs-dev) in English and its German, French and Japanese
// translations: one small family. The German page gets one paragraph put back in English (the eval's
// `untranslated` fault); the Japanese page, as its project wrote it, left its Linux paragraph in English.
const WAILS = resolve(import.meta.dirname, '../../data/docs-dev/wails-getting-started/website')
const EN = 'docs/gettingstarted/building.mdx'
const page = (language: string): string => `i18n/${language}/docusaurus-plugin-content-docs/current/gettingstarted/building.mdx`
const read = (path: string): string => readFileSync(join(WAILS, path), 'utf8')

/** The reasons ≥ 0.5 of the document whose path ends with `file` that say a slot is left in a language. */
function leftIn(dataset: Dataset, file: string): string[] {
  const doc = dataset.documents.find((d) => (d.path ?? '').endsWith(file))
  expect(doc, file).toBeDefined()
  const report = dataset.drift.find((r) => r.document === doc!.id)!
  return report.slots.flatMap((s) => s.reasons.filter((r) => r.score >= 0.5 && / is left in /u.test(r.message)).map((r) => `${r.code}: ${r.message}`))
}

describe('a passage left in the language it was to be translated from', () => {
  let dir: string
  let dataset: Dataset
  let put: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paracorpus-untranslated-'))
    const copy = injectMarkdownFault('untranslated', { text: read(page('de')), seed: page('de'), source: read(EN), foreign: [] })!
    put = copy.edit.lines.join('\n')
    const files: Record<string, string> = { [EN]: read(EN), [page('de')]: copy.text, [page('fr')]: read(page('fr')), [page('ja')]: read(page('ja')) }
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    dataset = await alignCorpus([dir], { level: 'turn', workers: 1, topReasons: 1000 })
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('puts the English paragraph of the same place in place of the German one', () => {
    expect(read(EN)).toContain(put)
    expect(read(page('de'))).not.toContain(put)
    expect(linesOf(put).length).toBeGreaterThan(0)
  })

  it('reports the German slot whose paragraph is English again as replaced, left in en', () => {
    const reasons = leftIn(dataset, page('de'))
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatch(/^replaced: slot \S+ “.*” is left in en: all of its text is the en text of the slot, not translated$/u)
  })

  it('finds the paragraph the Japanese page left in English, and nothing on the French page, whose English is names and commands', () => {
    expect(leftIn(dataset, page('ja'))).toEqual([expect.stringMatching(/^replaced: slot \S+ “If you are using a Linux distribution.*” is left in en: /u)])
    expect(leftIn(dataset, page('fr'))).toEqual([])
    expect(leftIn(dataset, EN)).toEqual([])
  })
})

describe('a command written as text, the same in every language', () => {
  it('is no passage left in English (the RustDesk README’s `vcpkg install libvpx:x64-windows-static …` line)', async () => {
    const dataset = await alignCorpus([resolve(import.meta.dirname, '../fixtures/real/rustdesk-readme')], { level: 'turn', workers: 1, topReasons: 1000 })
    expect(leftIn(dataset, 'README-RU.md')).toEqual([])
    expect(leftIn(dataset, 'README-ZH.md')).toEqual([])
  }, 60_000)
})
