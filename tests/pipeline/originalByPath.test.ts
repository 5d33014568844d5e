import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { originalByPath } from '../../src/pipeline/originalByPath.js'
import type { ParsedDocument } from '../../src/types.js'

const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

function documents(...paths: string[]): ParsedDocument[] {
  return paths.map((path) => ({ id: path, path, sha256: '', text: '', segments: [], diagnostics: [] }))
}

describe('the original a family’s paths name', () => {
  it('is the one path every other extends, whatever the others call their language', () => {
    expect(originalByPath(documents('p/README.md', 'p/docs/README-JP.md', 'p/docs/README-ptbr.md', 'p/README.zh-Hans.md'))).toBe('p/README.md')
    expect(originalByPath(documents('site/docs/faq/README.md', 'site/docs/ja-JP/faq/README.md', 'site/docs/pt-br/faq/README.md'))).toBe('site/docs/faq/README.md')
    expect(originalByPath(documents('guide.md', 'i18n/ko/guide.md', 'i18n/ar/guide.md'))).toBe('guide.md')
  })

  it('is none when every path names its language, or two paths extend none', () => {
    expect(originalByPath(documents('docs/en/faq.md', 'docs/ja/faq.md', 'docs/ru/faq_ru.md'))).toBeUndefined()
    expect(originalByPath(documents('a/guide.md', 'b/guide.md', 'b/ja/guide.md'))).toBeUndefined()
    expect(originalByPath(documents('000_e0cc.txt', '001_73505.txt'))).toBeUndefined()
    expect(originalByPath(documents('README.md'))).toBeUndefined()
  })

  it('labels a real family’s source (pairs, TMX srclang) while the pivot stays the consensus; a chosen pivot stays the source', async () => {
    // Day.js keeps its README beside docs/<language>/README-<language>.md; the consensus is built around a translation
    // (most of them are stale the same way), which used to be named the family's source.
    const dataset = await alignCorpus([join(DEV, 'dayjs-readme')], { level: 'turn', workers: 1 })
    const family = dataset.families.find((f) => !f.alone)!
    expect(family.source).toMatch(/dayjs-readme\/README\.md$/u)
    const pivot = dataset.pivots.find((p) => p.id === family.id)!
    expect(pivot.document).not.toBe(family.source)
    // Named, the source is also the pivot's document: the option still decides the pivot.
    const named = await alignCorpus([join(DEV, 'dayjs-readme')], { level: 'turn', workers: 1, source: 'en' })
    const namedFamily = named.families.find((f) => !f.alone)!
    expect(namedFamily.source).toBe(family.source)
    expect(named.pivots.find((p) => p.id === namedFamily.id)!.document).toBe(family.source)
    // A pivot document the user chose is the source, as before: the paths label only a consensus.
    const chosen = await alignCorpus([join(DEV, 'dayjs-readme')], { level: 'turn', workers: 1, pivot: 'ja' })
    const chosenFamily = chosen.families.find((f) => !f.alone)!
    expect(chosenFamily.source).toMatch(/README-ja\.md$/u)
  })

  it('keeps the pivot’s document as the source when neither the paths nor the others’ text say', async () => {
    const dataset = await alignCorpus([join(DEV, 'fastapi-query-params')], { level: 'turn', workers: 1 })
    const family = dataset.families.find((f) => !f.alone)!
    expect(family.source).toBe(dataset.pivots.find((p) => p.id === family.id)!.document)
  })
})

describe('the original of translations kept in a tree of their own', () => {
  it('is the one path that writes no language tag where every other writes one', () => {
    const wails = (lang: string | undefined): string => (lang === undefined ? 'website/docs/gettingstarted/building.mdx' : `website/i18n/${lang}/docusaurus-plugin-content-docs/current/gettingstarted/building.mdx`)
    expect(originalByPath(documents(wails(undefined), wails('de'), wails('fr'), wails('ja')))).toBe(wails(undefined))
    // A country written for a language is a tag too (APatch's docs/cn/faq_cn.md beside docs/en/faq.md): nothing said.
    expect(originalByPath(documents('docs/en/faq.md', 'docs/ru/faq_ru.md', 'docs/cn/faq_cn.md', 'docs/ar/faq_ar.md'))).toBeUndefined()
    // A file named like a tag that names no language (faq.md) writes none: a copy beside the folder is not the original.
    expect(originalByPath(documents('copy.md', 'kernelsu-faq/website/docs/guide/faq.md', 'kernelsu-faq/website/docs/vi_VN/guide/faq.md', 'kernelsu-faq/website/docs/ja_JP/guide/faq.md'))).toBeUndefined()
    // Two paths without a tag: nothing said.
    expect(originalByPath(documents('a/guide.md', 'b/guide.md', 'i18n/ja/guide.md'))).toBeUndefined()
    // A folder of two short words (`go-db/`) names no language: the original's own folders do not hide it.
    const site = (lang: string | undefined): string => (lang === undefined ? 'website/docs/go-db/intro.mdx' : `website/i18n/${lang}/docusaurus-plugin-content-docs/current/go-db/intro.mdx`)
    expect(originalByPath(documents(site(undefined), site('de'), site('ja')))).toBe(site(undefined))
  })

  it('labels the source of the Wails getting-started pages (Docusaurus i18n/<lang>/…/current/ beside docs/)', async () => {
    // The consensus of two of the four pages is built around the French translation, which used to be named their
    // source: the English pages' paths extend none of the others' (docs/ is not a folder of i18n/fr/…/current/).
    const dataset = await alignCorpus([join(DEV, 'wails-getting-started')], { level: 'turn', workers: 1 })
    const families = dataset.families.filter((f) => !f.alone)
    expect(families).toHaveLength(4)
    for (const family of families) expect(family.source).toMatch(/wails-getting-started\/website\/docs\/gettingstarted\/[a-z]+\.mdx$/u)
  }, 300_000)
})
