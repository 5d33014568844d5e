import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { loadCorpus } from '../../src/pipeline/loadCorpus.js'
import { sharedText } from '../../src/pipeline/sharedText.js'
import { scratchDir } from '../bad-input/helpers.js'
import { removeSection, swapSections } from '../markdownSections.js'

// Two versions of one translation side by side, as users keep an old and a new translation, or a damaged copy beside
// its original: real doc-site pages of the dev sets (data/docs-dev), with a copy of one translation that has two
// sections swapped or a section removed. The aligner scores such a copy with its original below the bar two documents
// of one language need (its order or its coverage breaks), and it may fit the other languages no better than a
// damaged translation of another page; but it holds its original's sentences word for word, which a page of another
// article of the same template does not.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const PRIMER = join(DEV, 'opentelemetry-observability-primer/content')
const DAYJS = join(DEV, 'dayjs-readme')
const FASTAPI = (page: string, language: string): string => join(DEV, `fastapi-${page}/docs/${language}/docs/tutorial/${page}.md`)
const scratch = scratchDir('versions')
afterAll(() => scratch.remove())

function write(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
}

describe('two versions of one translation in one folder', () => {
  it('keeps a copy with two sections swapped in its family, named as a second document of its language', async () => {
    const dir = join(scratch.dir, 'swapped')
    const files: Record<string, string> = {}
    for (const language of ['en', 'es', 'fr', 'ja', 'pt', 'zh']) files[`${language}.md`] = readFileSync(join(PRIMER, language, 'docs/concepts/observability-primer.md'), 'utf8')
    files['es-copy.md'] = swapSections(files['es.md']!, 0)
    expect(files['es-copy.md']).not.toBe(files['es.md'])
    write(dir, files)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const families = dataset.families.filter((f) => !f.alone)
    expect(families).toHaveLength(1)
    expect(families[0]!.documents).toHaveLength(7)
    const named = dataset.diagnostics.filter((d) => d.ruleId === 'same-language-in-family')
    expect(named).toHaveLength(1)
    expect(named[0]!.reason).toMatch(/es-copy\.md/u)
    // The copy holds every sentence of its original. (Its aligner score was below the bar, 0.8, until the primer's
    // one asking heading among statements was read as a section heading like its neighbours, a0a992c: now 0.90.)
    const verdict = dataset.verdicts.find((v) => [v.a, v.b].every((d) => /\/es(-copy)?\.md$/u.test(d)))!
    expect(verdict.sharedText).toBeGreaterThan(0.95)
  })

  it('keeps two stale translations and their damaged copies in the family of the page they translate', async () => {
    // Day.js's Japanese and Korean READMEs translate an older English README: they fit each other (0.8) better than
    // the current English and the other translations (0.45-0.64). Beside a Japanese copy with two sections swapped
    // and a Korean copy without its installation section, which fit the others worse still, the four documents
    // averaged below the join bar with the rest of the family and became a family of their own.
    const dir = join(scratch.dir, 'stale')
    const files: Record<string, string> = { 'en.md': readFileSync(join(DAYJS, 'README.md'), 'utf8') }
    for (const language of ['es-es', 'fr', 'he', 'ja', 'ko', 'si']) files[`${language}.md`] = readFileSync(join(DAYJS, `docs/${language}/README-${language}.md`), 'utf8')
    files['ja-copy.md'] = swapSections(files['ja.md']!, 0, '### ')
    files['ko-copy.md'] = removeSection(files['ko.md']!, 1, '### ')
    expect(files['ja-copy.md']).not.toBe(files['ja.md'])
    expect(files['ko-copy.md']!.length).toBeLessThan(files['ko.md']!.length)
    write(dir, files)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const families = dataset.families.filter((f) => !f.alone)
    expect(families).toHaveLength(1)
    expect(families[0]!.documents).toHaveLength(9)
  })

  it('keeps a copy that lost most of its text in its page\'s family, apart from the page of the same template', async () => {
    // FastAPI's cookie and header parameter pages are one template (their translations score high with each other
    // on shape); the Japanese cookie page without its longest section keeps a quarter of its text.
    const dir = join(scratch.dir, 'removed')
    const files: Record<string, string> = {}
    for (const page of ['cookie-params', 'header-params']) for (const language of ['en', 'ja', 'ko', 'ru', 'zh']) files[`${page}-${language}.md`] = readFileSync(FASTAPI(page, language), 'utf8')
    const japanese = files['cookie-params-ja.md']!
    const sections = [...japanese.matchAll(/^## /gmu)].map((m) => m.index)
    const longest = sections.map((start, k) => ({ k, length: (sections[k + 1] ?? japanese.length) - start })).sort((a, b) => b.length - a.length)[0]!.k
    files['cookie-params-ja-copy.md'] = removeSection(japanese, longest)
    write(dir, files)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const familyOf = (name: string): string | undefined => dataset.families.find((f) => f.documents.some((d) => d.endsWith(`/${name}`)))?.id
    expect(familyOf('cookie-params-ja-copy.md')).toBe(familyOf('cookie-params-en.md'))
    expect(familyOf('cookie-params-ja.md')).toBe(familyOf('cookie-params-en.md'))
    expect(familyOf('header-params-ja.md')).not.toBe(familyOf('cookie-params-en.md'))
    for (const page of ['cookie-params', 'header-params']) {
      const family = dataset.families.find((f) => f.id === familyOf(`${page}-en.md`))!
      expect(family.documents.filter((d) => !d.includes(page))).toEqual([])
    }
  })
})

describe('sharedText', () => {
  const corpus = loadCorpus([join(PRIMER, 'es'), join(PRIMER, 'fr')])
  const [spanish, french] = ['/es/', '/fr/'].map((l) => corpus.documents.find((d) => d.path?.includes(l))!)

  it('is the share of the shorter document\'s sentence text the other holds, only for one language', () => {
    expect(sharedText(spanish!, spanish!)).toBe(1)
    expect(sharedText(spanish!, french!)).toBeUndefined()
  })

  it('reads a version of a page as sharing its text and a page of the same template in its language as not', () => {
    const dir = join(scratch.dir, 'shared')
    write(dir, { 'cookie.md': readFileSync(FASTAPI('cookie-params', 'ko'), 'utf8'), 'header.md': readFileSync(FASTAPI('header-params', 'ko'), 'utf8'), 'cookie-short.md': removeSection(readFileSync(FASTAPI('cookie-params', 'ko'), 'utf8'), 0) })
    const docs = loadCorpus([dir]).documents
    const doc = (name: string) => docs.find((d) => d.id.endsWith(name))!
    expect(sharedText(doc('cookie-short.md'), doc('cookie.md'))).toBeGreaterThan(0.95)
    expect(sharedText(doc('cookie.md'), doc('header.md'))).toBeLessThan(0.3)
  })
})
