import { basename, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/index.js'
import { decideFamilies } from '../../src/pipeline/decideFamilies.js'
import { planDataset } from '../../src/pipeline/buildDataset.js'
import { judgePairs } from '../../src/pipeline/judgePairs.js'
import { decideWithSecondRound, paragraphTrainingOfPairs } from '../../src/pipeline/secondRound.js'
import { pairKey } from '../../src/pivot/pairKey.js'
import type { TranslationFamily } from '../../src/types.js'

// Six pages of three sites, some in a few of their languages (data/docs-fresh2: the CNCF glossary's three entries,
// Apache 2.0 / CC BY 4.0; Helm's two Go SDK pages, MIT; RealtimeTTS's usage page, MIT): a folder of a few pages, where
// a language pair holds four to six families. The first round leaves the Russian glossary entry on containers alone;
// the second judges it again only when each of its language pairs has enough unrelated pairs of its own to read the
// join bar against (Russian–Spanish and Japanese–Russian have four: one per other family holding Russian, Japanese).
const FRESH = resolve(import.meta.dirname, '../../data/docs-fresh2')
const HELM = `${FRESH}/helm-www`
const GLOSSARY = `${FRESH}/cncf-glossary/content`
const paths = [
  ...['en', 'bn', 'es', 'ja', 'ru', 'ur'].flatMap((l) => [`${GLOSSARY}/${l}/container.md`, `${GLOSSARY}/${l}/auto-scaling.md`]),
  ...['en', 'bn', 'es', 'ja', 'ur'].map((l) => `${GLOSSARY}/${l}/virtual-machine.md`),
  ...['en', 'es', 'ru'].map((l) => `${FRESH}/realtimetts/docs/${l}/usage.md`),
  `${HELM}/versioned_docs/version-3/sdk/examples.mdx`,
  `${HELM}/i18n/ru/docusaurus-plugin-content-docs/version-3/sdk/examples.mdx`,
  `${HELM}/versioned_docs/version-3/sdk/gosdk.md`,
  ...['es', 'ja', 'ru'].map((l) => `${HELM}/i18n/${l}/docusaurus-plugin-content-docs/version-3/sdk/gosdk.md`),
]
const docs = loadCorpus(paths).documents.sort((a, b) => (a.id < b.id ? -1 : 1))
let first: TranslationFamily[] = []
let decided: TranslationFamily[] = []

beforeAll(() => {
  const align = planDataset([], {}).settings.align
  const cache = new Map()
  const verdicts = judgePairs(docs, { align, cache })
  first = decideFamilies(docs, verdicts, 0.5).families
  decided = decideWithSecondRound(docs, verdicts, 0.5, () => paragraphTrainingOfPairs(verdicts, new Map(docs.map((d) => [d.id, d] as const)), (a, b) => cache.get(pairKey(a, b))), align).families
}, 60_000)

const ids = (page: string, languages: readonly string[]): string[] => languages.map((l) => docs.find((d) => d.id.endsWith(`/${l}/${page}`))!.id).sort()

describe('second round in a folder of a few pages (data/docs-fresh2)', () => {
  it('judges a translation left alone again, and places it with its own page', () => {
    const russian = ids('container.md', ['ru'])[0]!
    expect(first.find((f) => f.documents.includes(russian))!.alone).toBe(true)
    expect(first.some((f) => f.documents.join(' ') === ids('container.md', ['en', 'es', 'ja']).join(' '))).toBe(true)
    expect(decided.find((f) => f.documents.includes(russian))!.documents).toEqual(ids('container.md', ['en', 'es', 'ja', 'ru']))
  })

  it('keeps every family to one page', () => {
    for (const f of decided) expect(new Set(f.documents.map((d) => basename(d))).size, f.documents.join(' ')).toBe(1)
  })
})
