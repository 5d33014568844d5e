import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/index.js'
import { decideFamilies } from '../../src/pipeline/decideFamilies.js'
import { planDataset } from '../../src/pipeline/buildDataset.js'
import { judgePairs, pairsToJudge } from '../../src/pipeline/judgePairs.js'
import { decideWithSecondRound, paragraphTrainingOfPairs } from '../../src/pipeline/secondRound.js'
import { pairKey } from '../../src/pivot/pairKey.js'
import { prepareText } from '../../src/pipeline/shard/prepare.js'
import { judgeShard } from '../../src/pipeline/shard/judgeShard.js'
import { groupShard } from '../../src/pipeline/shard/groupShard.js'
import { rejudgeShard } from '../../src/pipeline/shard/rejudgeShard.js'
import { parseJsonl, formatJsonl } from '../../src/pipeline/shard/jsonl.js'
import type { ShardRecord } from '../../src/pipeline/shard/records.js'
import type { ParsedDocument } from '../../src/types.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'
import { pudDrawTexts } from '../pivot/pudTemplate.js'

// The 32 news articles of the drift evaluation's published fault draw in English, Arabic and Thai (PUD,
// ../shared/data/pud: real professional translations): Arabic and Thai translations share few anchors with their
// article, and a damaged one is often left alone by its pair verdicts.
const LANGUAGES = ['en', 'ar', 'th']
const NEWS = buildArticles(loadPud(new URL('../../../shared/data/pud', import.meta.url).pathname, LANGUAGES)).filter((a) => a.origin === 'news').map((a) => a.id)
// As the prepare step gives them, so that the sharded run reads the same parsed documents.
const prepared = pudDrawTexts(LANGUAGES, NEWS, 0).map((d) => prepareText(d.id, d.text))
const docs = prepared.flatMap((r) => (r.type === 'document' ? [r.document as ParsedDocument] : []))
const articleOf = (id: string): string => id.split('/')[0]!
const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1))

describe('second judging round of the family decision (PUD)', () => {
  const dataset = buildDataset(docs, { level: 'turn' })
  const first = decideFamilies(sorted, dataset.verdicts, 0.5).families
  const aloneFirst = new Set(first.filter((f) => f.alone).map((f) => f.documents[0]!))
  const joined = dataset.families.filter((f) => !f.alone).flatMap((f) => f.documents.filter((d) => aloneFirst.has(d)))

  it('places a translation that lost a paragraph, left alone by its pair verdicts, with its own article', () => {
    expect(aloneFirst.has('article-016/th-missing')).toBe(true)
    const family = dataset.families.find((f) => f.documents.includes('article-016/th-missing'))!
    expect(family.documents).toEqual(docs.filter((d) => articleOf(d.id) === 'article-016').map((d) => d.id).sort())
  })

  it('joins lone documents only to their own article, and only where it lacks their language', () => {
    expect(joined.length).toBeGreaterThanOrEqual(3)
    for (const id of joined) {
      const family = dataset.families.find((f) => f.documents.includes(id))!
      const others = family.documents.filter((d) => d !== id)
      const language = id.split('/')[1]!.split('-')[0]
      expect(others.every((d) => articleOf(d) === articleOf(id)), `${id} in ${family.documents.join(' ')}`).toBe(true)
      expect(others.some((d) => d.split('/')[1]!.startsWith(`${language}-`))).toBe(false)
    }
    // Every family of the first round keeps its members: the second round only adds lone documents.
    for (const f of first.filter((x) => !x.alone)) expect(dataset.families.some((g) => f.documents.every((d) => g.documents.includes(d)))).toBe(true)
  })
})

describe('second round on translations whose article is not in the corpus (PUD)', () => {
  // Two articles lose their Thai translations; two others keep only theirs: of the same template and lengths as
  // the missing ones, those must stay alone.
  const strangers = ['article-003/', 'article-004/']
  const kept = docs.filter((d) => {
    if (strangers.includes(`${articleOf(d.id)}/`)) return d.id.includes('/th-')
    return !(['article-001', 'article-002'].includes(articleOf(d.id)) && d.id.includes('/th-'))
  })
  const dataset = buildDataset(kept, { level: 'turn' })
  const keptSorted = [...kept].sort((a, b) => (a.id < b.id ? -1 : 1))
  const first = decideFamilies(keptSorted, dataset.verdicts, 0.5).families

  it('leaves those the first round left alone alone', () => {
    const lone = kept.filter((d) => strangers.includes(`${articleOf(d.id)}/`) && first.find((f) => f.documents.includes(d.id))!.alone)
    expect(lone.length).toBeGreaterThan(0)
    for (const d of lone) expect(dataset.families.find((f) => f.documents.includes(d.id))!.alone, d.id).toBe(true)
  })
})

/**
 * One fault draw of the given articles, parsed, judged and decided twice: by the first round alone and with the
 * second judging round. Documents sorted by id.
 */
function bothRounds(languages: string[], articles: string[], seed: number) {
  const parsed = pudDrawTexts(languages, articles, seed).map((d) => prepareText(d.id, d.text)).flatMap((r) => (r.type === 'document' ? [r.document as ParsedDocument] : []))
  const docsSorted = [...parsed].sort((a, b) => (a.id < b.id ? -1 : 1))
  const align = planDataset([], {}).settings.align
  const cache = new Map()
  const verdicts = judgePairs(docsSorted, { align, cache })
  const first = decideFamilies(docsSorted, verdicts, 0.5).families
  const decided = decideWithSecondRound(docsSorted, verdicts, 0.5, () => paragraphTrainingOfPairs(verdicts, new Map(docsSorted.map((d) => [d.id, d] as const)), (a, b) => cache.get(pairKey(a, b))), align).families
  return { docs: docsSorted, first, decided }
}

describe('second round re-judging documents placed on thin evidence (PUD)', () => {
  // Another fault draw of the same articles: the first round puts article-051's Thai translation (which lost a
  // paragraph) in a family with article-005's English, on one judged pair scoring below the join threshold, and leaves
  // article-005's own Thai translation (which lost a paragraph too) alone: it could not join a family holding Thai.
  const { first, decided } = bothRounds(LANGUAGES, NEWS, 2)
  const familyOf = (families: typeof first, id: string): string[] => families.find((f) => f.documents.includes(id))!.documents

  it('lets a lone document take the place of a member that fits its family clearly worse', () => {
    expect(familyOf(first, 'article-005/en-faithful')).toContain('article-051/th-missing')
    expect(familyOf(first, 'article-005/th-missing')).toEqual(['article-005/th-missing'])
    expect(familyOf(decided, 'article-005/en-faithful')).toContain('article-005/th-missing')
    expect(familyOf(decided, 'article-005/en-faithful')).not.toContain('article-051/th-missing')
  })

  it('keeps one document per language in every family it changes', () => {
    for (const f of decided) {
      const languages = f.documents.map((d) => d.split('/')[1]!.split('-')[0])
      expect(new Set(languages).size, f.documents.join(' ')).toBe(languages.length)
    }
  })
})

describe('second round in the sharded job (PUD)', () => {
  const roundTrip = (records: readonly ShardRecord[]): ShardRecord[] => parseJsonl(formatJsonl(records), 'records')

  it('decides the families alignCorpus decides, through group, rejudge and group again', () => {
    const align = planDataset([], {}).settings.align
    const pairs = pairsToJudge(sorted).map(([i, j]): [string, string] => [sorted[i]!.id, sorted[j]!.id])
    const verdicts = roundTrip(judgeShard([...prepared, { type: 'batch', batch: 0, pairs }], align))
    const asked = roundTrip(groupShard([...prepared, ...verdicts], 0.5))
    expect(asked.some((r) => r.type === 'rejudge')).toBe(true)
    expect(asked.some((r) => r.type === 'family')).toBe(false)
    const rescores = roundTrip(rejudgeShard([...prepared, ...asked], align))
    const decided = groupShard([...prepared, ...verdicts, ...rescores], 0.5)
    const families = decided.flatMap((r) => (r.type === 'family' ? [r.family.documents.join(' ')] : []))
    expect(families).toEqual(buildDataset(docs, { level: 'turn' }).families.map((f) => f.documents.join(' ')))
  }, 600_000)
})

describe('second round decided as one assignment of documents to places (PUD)', () => {
  // The published fault draw of the 32 news articles in six languages. Article-013's Thai translation, cut after the
  // first sentence of an answer, is left alone by the first round; in the second it fits its own family (which lacks
  // Thai) at about 0.39 and a family whose Thai member sits there thinly at about 0.35, a place it could take only
  // by displacing that member, which fits there well: the two options do not conflict, and it joins its own.
  const six = ['en', 'de', 'ru', 'zh', 'ar', 'th']
  const all = buildArticles(loadPud(new URL('../../../shared/data/pud', import.meta.url).pathname, six)).filter((a) => a.origin === 'news').map((a) => a.id)
  const { docs: drawn, first, decided } = bothRounds(six, all, 0)

  it('lets a lone document join its own family although another family, whose place it cannot take, fits it nearly as well', () => {
    expect(first.find((f) => f.documents.includes('article-013/th-truncated'))!.alone).toBe(true)
    expect(decided.find((f) => f.documents.includes('article-013/th-truncated'))!.documents).toEqual(drawn.filter((d) => articleOf(d.id) === 'article-013').map((d) => d.id).sort())
  })

  it('finds every article as one family', () => {
    expect(decided.map((f) => f.documents.join(' ')).sort()).toEqual(all.map((a) => drawn.filter((d) => articleOf(d.id) === a).map((d) => d.id).sort().join(' ')).sort())
  })
})
