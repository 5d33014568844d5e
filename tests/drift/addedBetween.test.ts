import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'

// Real translated docs (data/docs-new, Redirect Web's "Troubleshooting" page in English and five languages) where one
// translation gets a one-line paragraph of another page of the same language pasted after one of its paragraphs.
// The line fills no slot and is short (a few percent of a slot's mean share): weighed by its length alone it stayed
// under the firing level, though the cells on both sides of it hold their whole text.
const NEW = resolve(import.meta.dirname, '../../data/docs-new/redirect-web')
const LANGUAGES = ['bg', 'cs', 'da', 'de', 'ja']
const page = (lang: string, name: string): string => `i18n/${lang}/docusaurus-plugin-content-docs/current/${name}.mdx`
const PATHS = ['docs/troubleshooting.mdx', ...LANGUAGES.map((l) => page(l, 'troubleshooting'))]
const scratch = scratchDir('added-between')
afterAll(() => scratch.remove())

/** A folder holding the page's files as they are, but `lang`'s with `line` written as a paragraph after the paragraph starting `after`. */
function withLine(name: string, lang: string, after: string, line: string): string {
  const dir = join(scratch.dir, name)
  for (const path of PATHS) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    if (path !== page(lang, 'troubleshooting')) {
      copyFileSync(join(NEW, path), join(dir, path))
      continue
    }
    const lines = readFileSync(join(NEW, path), 'utf8').split('\n')
    const at = lines.findIndex((l) => l.startsWith(after))
    expect(at).toBeGreaterThan(0)
    writeFileSync(join(dir, path), [...lines.slice(0, at + 1), '', line, ...lines.slice(at + 1)].join('\n'))
  }
  return dir
}

/** The line of another page of the same language that starts with `start`. */
function lineOf(lang: string, name: string, start: string): string {
  return readFileSync(join(NEW, page(lang, name)), 'utf8').split('\n').find((l) => l.startsWith(start))!
}

describe('a short paragraph added between two whole cells', () => {
  it.each([
    { lang: 'cs', after: 'V okně Nastavení Safari', line: lineOf('cs', 'tutorial-add-query-params', 'Možná si myslíte') },
    { lang: 'de', after: 'Möglicherweise müssen Sie Ihren Browser', line: lineOf('de', 'tutorial-add-query-params', 'Vielleicht denken Sie') },
  ])('reports the line pasted into the $lang translation as extra, and nothing new in the others', async ({ lang, after, line }) => {
    const dataset = await alignCorpus([withLine(lang, lang, after, line)], { level: 'turn', workers: 1, topReasons: Number.MAX_SAFE_INTEGER })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    const report = dataset.drift.find((r) => r.document.endsWith(page(lang, 'troubleshooting')))!
    const doc = dataset.documents.find((d) => d.id === report.document)!
    const pasted = doc.segments.find((s) => s.text.startsWith(line.slice(0, 20)))!
    const extra = report.reasons.find((r) => r.code === 'extra' && r.segment === pasted.id)
    expect(extra?.score).toBeGreaterThanOrEqual(0.5)
    // The other translations, as they are, hold nothing in no slot that reads as added.
    const others = dataset.drift.filter((r) => r !== report).flatMap((r) => r.reasons).filter((r) => r.code === 'extra' && r.score >= 0.5)
    expect(others).toEqual([])
  })
})
