import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument } from '../../src/index.js'
import { pageOf } from '../../src/pipeline/samePage.js'
import { pudTemplate } from '../pivot/pudTemplate.js'

describe('pageOf: the page a path names, without the code of its own language', () => {
  it.each([
    ['docs/de/guide/why.md', 'deu', 'docs/guide/why.md'],
    ['docs/zh-CN/faq/README.md', 'cmn', 'docs/faq/README.md'],
    ['README.ja.md', 'jpn', 'README.md'],
    ['docs/README-pt-BR.md', 'por', 'docs/README.md'],
    ['docs/README-JP.md', 'jpn', 'docs/README.md'],
    ['README_CN.md', 'cmn', 'README.md'],
    ['README.zh-tw.md', 'cmn', 'README.md'],
    ['docs/guide/why.md', 'eng', 'docs/guide/why.md'],
    ['README.md', 'eng', 'README.md'],
    ['docs/ja.md', 'jpn', 'docs'],
    ['ja.md', 'jpn', '.'],
    ['docs\\de\\guide\\why.md', 'deu', 'docs/guide/why.md'],
    ['docs\\guide\\why.md', 'eng', 'docs/guide/why.md'],
  ])('%s in %s is the page %s', (id, language, page) => {
    expect(pageOf({ id, language })).toBe(page)
  })

  it('reads no page from a path whose code names another language than the text (an untranslated page in pt/)', () => {
    expect(pageOf({ id: 'docs/pt/guide/why.md', language: 'eng' })).toBeUndefined()
    expect(pageOf({ id: 'docs/de/guide/why.md', language: undefined })).toBeUndefined()
    expect(pageOf({ id: 'docs/guide/why.md', language: 'und' })).toBeUndefined()
  })
})

// Two news articles of one template from PUD (../shared/data/pud: the same sentences professionally translated),
// one in English, German and Russian, the other in Korean, Thai and Chinese, each written at the same page of a
// site with per-language folders: what a site shows when its original was rewritten and some translations still
// translate the older text.
const LANGUAGES = ['en', 'de', 'ru', 'ko', 'th', 'zh']
const { template, render } = pudTemplate(LANGUAGES)

function site(page: (article: number) => string): ReturnType<typeof parseDocument>[] {
  return [0, 1].flatMap((k) => LANGUAGES.slice(3 * k, 3 * k + 3).map((lang) => {
    const doc = render(template[k]!, lang, 'faithful')
    return parseDocument(doc.text, { id: `site/${lang}/${page(k)}` })
  }))
}

describe('same-page-other-family', () => {
  it('names the family whose paths name a page another family holds, with the best score judged between them', () => {
    const dataset = buildDataset(site(() => 'guide/why.md'), { level: 'turn' })
    const families = dataset.families.filter((f) => !f.alone)
    expect(families.map((f) => f.documents)).toEqual([['site/de/guide/why.md', 'site/en/guide/why.md', 'site/ru/guide/why.md'], ['site/ko/guide/why.md', 'site/th/guide/why.md', 'site/zh/guide/why.md']])
    const notes = dataset.diagnostics.filter((d) => d.ruleId === 'same-page-other-family')
    expect(notes.map((d) => [d.file, d.severity])).toEqual([[families[1]!.id, 'info']])
    expect(notes[0]!.reason).toMatch(new RegExp(`^${families[1]!.id} \\(3 documents\\) holds the page site/guide/why\\.md \\(site/ko/guide/why\\.md, site/th/guide/why\\.md, site/zh/guide/why\\.md\\), as ${families[0]!.id} does \\(site/de/guide/why\\.md, site/en/guide/why\\.md, site/ru/guide/why\\.md\\); their best judged pair scores 0\\.\\d\\d: one may translate an older or newer version of the page$`, 'u'))
  })

  it('says nothing of two families of different pages', () => {
    const dataset = buildDataset(site((k) => `guide/page-${k}.md`), { level: 'turn' })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(2)
    expect(dataset.diagnostics.filter((d) => d.ruleId === 'same-page-other-family')).toEqual([])
  })
})
