import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDocSets } from '../../scripts/drift/docSets.js'
import { candidatePairs } from '../../src/pipeline/candidatePairs.js'
import { planDataset } from '../../src/pipeline/buildDataset.js'
import { decideFamilies } from '../../src/pipeline/decideFamilies.js'
import { judgePair } from '../../src/pipeline/judgePairs.js'
import { loadCorpus } from '../../src/pipeline/loadCorpus.js'
import type { ParsedDocument } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { removeSection } from '../markdownSections.js'
import { injectMarkdownFault, paragraphTexts } from '../../scripts/drift/markdownFaults.js'

// Every real-docs dev document in one folder (over 140 documents: past 50, only candidate pairs are judged), with copies
// of FastAPI's cookie-parameters page: the Korean one without its longest section (a fifth of its length left), the
// Japanese, Russian and Chinese ones with two sections swapped. The page's nine documents then hold every anchor
// the copy shares with them (too common to be indexed), and the copy's length no longer fits theirs: it was judged
// with its original and one unrelated page only, and was left out of every family.
const ROOT = resolve(import.meta.dirname, '../..')
const scratch = scratchDir('shortened-copy')
afterAll(() => scratch.remove())

const PAGE = 'fastapi-cookie-params'
const pagePath = (language: string): string => `${PAGE}/docs/${language}/docs/tutorial/cookie-params.md`
const COPY = join('copies', pagePath('ko'))

let documents: ParsedDocument[] = []
const idOf = (path: string): string => documents.find((d) => d.path === join(scratch.dir, path))!.id

beforeAll(() => {
  const sets = loadDocSets([join(ROOT, 'tests/fixtures/real'), join(ROOT, 'data/docs-dev')])
  const files = new Map(sets.flatMap((s) => [s.source, ...s.translations]).map((d) => [d.path, d.text] as const))
  const korean = files.get(pagePath('ko'))!
  const starts = [...korean.matchAll(/^## /gmu)].map((m) => m.index)
  const longest = starts.map((start, k) => ({ k, length: (starts[k + 1] ?? korean.length) - start })).sort((a, b) => b.length - a.length)[0]!.k
  files.set(COPY, removeSection(korean, longest))
  // The other copies as the real-docs evaluation makes them: a paragraph of another page inserted, one cut short.
  const others = sets.filter((s) => s.project !== PAGE).flatMap((s) => [s.source, ...s.translations])
  const faults = [['ja', 'paragraph-inserted'], ['ru', 'truncated'], ['zh', 'paragraph-inserted']] as const
  for (const [language, fault] of faults) {
    const foreign = others.filter((d) => d.language === language).flatMap((d) => paragraphTexts(d.text))
    const copy = injectMarkdownFault(fault, { text: files.get(pagePath(language))!, seed: pagePath(language), source: files.get(pagePath('en'))!, foreign })!
    files.set(join('copies', pagePath(language)), copy.text)
  }
  for (const [path, text] of files) {
    mkdirSync(dirname(join(scratch.dir, path)), { recursive: true })
    writeFileSync(join(scratch.dir, path), text)
  }
  documents = [...loadCorpus([scratch.dir]).documents].sort((a, b) => (a.id < b.id ? -1 : 1))
})

describe('a copy that lost most of its text, in a folder past the size where pairs are filtered', () => {
  it('is judged with every document of its page, not only with its original', () => {
    expect(documents.length).toBeGreaterThan(50)
    const copy = documents.findIndex((d) => d.id === idOf(COPY))
    const partners = new Set(candidatePairs(documents).flatMap(([i, j]) => (i === copy ? [j] : j === copy ? [i] : [])).map((k) => documents[k]!.path!))
    const page = documents.filter((d) => d.path!.includes(`/${PAGE}/`) && d.id !== idOf(COPY)).map((d) => d.path!)
    expect(page).toHaveLength(8)
    for (const path of page) expect(partners, path).toContain(path)
  })

  it('joins its page\'s family as a second Korean document, from the candidate pairs alone', () => {
    // The family decision on the verdicts of the candidate pairs among FastAPI's three pages of one template.
    const { settings } = planDataset(documents, { level: 'turn' })
    const fastapi = documents.filter((d) => d.path!.includes('/fastapi-'))
    const inSet = new Set(fastapi.map((d) => d.id))
    const verdicts = candidatePairs(documents)
      .map(([i, j]) => [documents[i]!, documents[j]!] as const)
      .filter(([a, b]) => inSet.has(a.id) && inSet.has(b.id))
      .map(([a, b]) => judgePair(a, b, { align: settings.align, cache: new Map() }))
    const decided = decideFamilies(fastapi, verdicts, settings.threshold)
    const family = decided.families.find((f) => f.documents.includes(idOf(pagePath('en'))))!
    expect(family.documents).toContain(idOf(COPY))
    expect(family.documents.filter((d) => !d.includes(`/${PAGE}/`))).toEqual([])
    expect(decided.diagnostics.some((d) => d.ruleId === 'same-language-in-family' && d.reason.includes(idOf(COPY)))).toBe(true)
  })
})
