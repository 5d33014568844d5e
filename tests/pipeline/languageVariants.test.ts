import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus, formatJsonl, groupShard, judgeShard, parseDocument, parseJsonl, planPairs, prepareInputs } from '../../src/index.js'
import type { ShardRecord } from '../../src/index.js'
import { planDataset } from '../../src/pipeline/buildDataset.js'
import { hanScript } from '../../src/detect/hanScript.js'
import { documentInLanguage, languageVariant, variantScript, withScript } from '../../src/detect/languageVariant.js'
import { languageHint } from '../../src/detect/languageHint.js'
import { familyWords, Vocabularies } from '../../src/drift/slotWords.js'
import { paragraphPlaces } from '../../src/drift/copyPlaces.js'
import type { Pivot } from '../../src/types.js'

// git-flight-rules keeps README.md beside README_zh-CN.md (Simplified) and README_zh-TW.md (Traditional): both are
// `cmn`, and were taken for two versions of one document, so one of them was left out of the family.
const GFR = resolve(import.meta.dirname, '../fixtures/variants/git-flight-rules')
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const read = (path: string): string => readFileSync(path, 'utf8')

describe('Simplified and Traditional Chinese told apart', () => {
  it('by the characters each system writes its own way', () => {
    expect(hanScript(read(join(GFR, 'README_zh-CN.md')))).toBe('Hans')
    expect(hanScript(read(join(GFR, 'README_zh-TW.md')))).toBe('Hant')
    expect(hanScript(read(join(DEV, 'rich-readme/README.zh-tw.md')))).toBe('Hant')
    expect(hanScript(read(join(DEV, 'starship-faq/docs/zh-CN/faq/README.md')))).toBe('Hans')
    // Too few of the table's characters to say (a heading), or none at all.
    expect(hanScript('我的提交')).toBeUndefined()
    expect(hanScript('No Chinese here.')).toBeUndefined()
  })

  it('in the tag of a document whose path names none, and as its path names it', () => {
    const text = read(join(GFR, 'README_zh-TW.md'))
    expect(parseDocument(text, { path: 'notes/README.md' }).language).toMatchObject({ iso6393: 'cmn', bcp47: 'zh-Hant', script: 'Hani' })
    expect(parseDocument(text, { path: 'README_zh-TW.md' }).language?.bcp47).toBe('zh-TW')
    expect(parseDocument(read(join(GFR, 'README_zh-CN.md')), { path: 'notes/README.md' }).language?.bcp47).toBe('zh')
    // A path in lower case names the variant too (Rich's README.zh-tw.md).
    expect(parseDocument(read(join(DEV, 'rich-readme/README.zh-tw.md')), { path: 'rich-readme/README.zh-tw.md' }).language?.bcp47).toBe('zh-TW')
  })
})

describe('language variants', () => {
  it.each([
    ['zh', 'cmn'],
    ['zh-CN', 'cmn'],
    ['zh-Hans', 'cmn'],
    ['zh-TW', 'cmn-TW'],
    ['zh-Hant', 'cmn-TW'],
    ['zh-HK', 'cmn-HK'],
    ['pt-BR', 'por'],
    ['pt-PT', 'por-PT'],
    ['de-CH', 'deu-CH'],
    ['ja-JP', 'jpn'],
  ])('%s is the variant %s', (bcp47, variant) => {
    expect(languageVariant({ iso6393: bcp47.startsWith('zh') ? 'cmn' : bcp47.startsWith('pt') ? 'por' : bcp47.startsWith('de') ? 'deu' : 'jpn', bcp47 })).toBe(variant)
  })

  it('writes a script into a tag only where its likely subtags do not imply it', () => {
    expect(withScript('zh', 'Hans')).toBe('zh')
    expect(withScript('zh', 'Hant')).toBe('zh-Hant')
    expect(withScript('zh-TW', 'Hant')).toBe('zh-TW')
    expect(withScript('zh-CN', 'Hant')).toBe('zh-Hant-CN')
    expect(withScript('sr', 'Cyrl')).toBe('sr')
    expect(withScript('sr', 'Latn')).toBe('sr-Latn')
    expect(languageVariant({ iso6393: 'und', bcp47: 'und' })).toBeUndefined()
    // Japanese writes Han characters of its own: no Chinese script is read in them.
    expect(variantScript({ iso6393: 'jpn', script: 'Hani' }, read(join(GFR, 'README_zh-TW.md')))).toBeUndefined()
    expect(variantScript({ iso6393: 'cmn', script: 'Hani' }, read(join(GFR, 'README_zh-TW.md')))).toBe('Hant')
    expect(variantScript({ iso6393: 'srp', script: 'Latn' }, 'Dobar dan')).toBe('Latn')
    expect(variantScript({ iso6393: 'eng', script: 'Latn' }, 'Good morning')).toBeUndefined()
  })

  it('are read from paths in either case', () => {
    expect(languageHint('docs/zh-cn/start.mdx')).toMatchObject({ iso6393: 'cmn', bcp47: 'zh-CN' })
    expect(languageHint('docs/zh-hans/manage/core.md')).toMatchObject({ iso6393: 'cmn', bcp47: 'zh-Hans' })
    expect(languageHint('README.de-ch.md')).toMatchObject({ iso6393: 'deu', bcp47: 'de-CH' })
    expect(languageHint('docs/my-page/intro.md')).toBeUndefined()
  })
})

describe('a family holds one document of each variant', () => {
  it('takes the Simplified and the Traditional translation of a README side by side', async () => {
    const dataset = await alignCorpus([GFR], { workers: 1 })
    expect(dataset.families).toHaveLength(1)
    expect(dataset.families[0]!.documents.map((d) => d.replace(/^.*\//u, ''))).toEqual(['README.md', 'README_ja.md', 'README_zh-CN.md', 'README_zh-TW.md'])
    expect(dataset.diagnostics.map((d) => d.ruleId)).not.toContain('same-language-in-family')
    const tags = dataset.documents.map((d) => d.language?.bcp47)
    expect(tags).toEqual(['en', 'ja', 'zh-CN', 'zh-TW'])
  })

  it('in the sharded job too, from the fingerprints alone', () => {
    const roundTrip = (records: readonly ShardRecord[]): ShardRecord[] => parseJsonl(formatJsonl(records), 'shard.jsonl')
    const prepared = roundTrip(prepareInputs([GFR]))
    const fingerprints = prepared.flatMap((r) => (r.type === 'document' ? [r.fingerprint] : []))
    expect(fingerprints.map((f) => f.bcp47)).toEqual([undefined, undefined, undefined, 'zh-TW'])
    const verdicts = roundTrip(judgeShard([...prepared, ...planPairs(prepared)], planDataset([], {}).settings.align))
    const families = groupShard([...fingerprints, ...verdicts], 0.5).flatMap((r) => (r.type === 'family' ? [r.family] : []))
    expect(families.map((f) => f.documents.length)).toEqual([4])
  })
})

describe('the content check pools a language\'s pages however their paths spell its tag', () => {
  it('keys words and copied sentences by variant: zh and zh-CN one pool, Traditional Chinese another', () => {
    // Starship's docs/zh-CN/ and FastAPI's docs/zh/ pages are both Simplified Chinese; Rich's README.zh-tw.md is not.
    const docs = [
      parseDocument(read(join(DEV, 'starship-faq/docs/zh-CN/faq/README.md')), { path: 'starship-faq/docs/zh-CN/faq/README.md' }),
      parseDocument(read(join(DEV, 'fastapi-query-params/docs/zh/docs/tutorial/query-params.md')), { path: 'fastapi-query-params/docs/zh/docs/tutorial/query-params.md' }),
      parseDocument(read(join(DEV, 'rich-readme/README.zh-tw.md')), { path: 'rich-readme/README.zh-tw.md' }),
    ]
    expect(docs.map((d) => d.language?.bcp47)).toEqual(['zh-CN', 'zh', 'zh-TW'])
    const pivot = { id: 'family-1', document: docs[0]!.id, slots: [] } as unknown as Pivot
    expect(familyWords('family-1', pivot, docs, [], new Vocabularies()).languages).toEqual(['cmn', 'cmn', 'cmn-TW'])
    expect(docs.map((d) => paragraphPlaces('family-1', d, undefined)[0]?.language)).toEqual(['cmn', 'cmn', 'cmn-TW'])
  })
})

describe('a language named by the user stands for its variant however the tag is spelled', () => {
  it('--source zh-Hant names the member tagged zh-TW, zh the one tagged zh-CN', async () => {
    const named = async (source: string): Promise<string | undefined> => (await alignCorpus([GFR], { workers: 1, source })).families[0]?.source?.replace(/^.*\//u, '')
    expect(await named('zh-Hant')).toBe('README_zh-TW.md')
    expect(await named('zh')).toBe('README_zh-CN.md')
    expect(await named('zh-TW')).toBe('README_zh-TW.md')
  }, 120_000)

  it('picks the member written as named before one of the same variant, and none for another variant', () => {
    const docs = ['zh-CN', 'zh-TW', 'zh'].map((bcp47) => ({ id: bcp47, language: { iso6393: 'cmn', bcp47 } }))
    expect(documentInLanguage(docs, 'zh')?.id).toBe('zh')
    expect(documentInLanguage(docs, 'zh-Hans')?.id).toBe('zh-CN')
    expect(documentInLanguage(docs.slice(0, 1), 'zh-HK')).toBeUndefined()
    expect(documentInLanguage(docs, 'xx-unknown')).toBeUndefined()
  })
})
