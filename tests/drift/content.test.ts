import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument } from '../../src/index.js'
import { contentAgreement } from '../../src/drift/contentAgreement.js'
import { contentFinding } from '../../src/drift/contentReasons.js'
import { MIN_TRAINING_CELLS, trainPairLexicons } from '../../src/drift/pairLexicons.js'
import { Vocabularies, type FamilyWords } from '../../src/drift/slotWords.js'
import { sentencesText } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud, type Article } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD): the paragraphs of 32 news articles in six languages, cell by cell as a
// family's table holds them, with word links learned per language pair over all of them. Some cells are then
// replaced by a paragraph of another article of about the same length, as a careless update would.
const LANGUAGES = ['en', 'de', 'ru', 'zh', 'ar', 'th']
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
const articles = buildArticles(sentences).filter((a) => a.origin === 'news')

function words(vocabularies: Vocabularies, article: Article, replace?: { slot: number; lang: string; from: Article }): FamilyWords {
  return {
    family: article.id,
    slots: article.blocks.map((_, i) => `b${i}`),
    documents: LANGUAGES.map((l) => `${article.id}/${l}`),
    languages: [...LANGUAGES],
    words: LANGUAGES.map((lang) =>
      article.blocks.map((block, i) => {
        const from = replace !== undefined && replace.lang === lang && replace.slot === i ? replace.from.blocks.find((b) => b.kind === 'answer' || b.kind === 'paragraph')! : block
        return vocabularies.encode(lang, sentencesText(sentences, from.sentences, lang))
      }),
    ),
  }
}

describe('content checked against word links learned over the corpus', () => {
  const vocabularies = new Vocabularies()
  const replaced = articles.slice(0, 8).map((article, k) => ({ slot: article.blocks.length - 1 - (k % 2), lang: LANGUAGES[k % LANGUAGES.length]!, from: articles[articles.length - 1 - k]! }))
  const families = articles.map((a, k) => words(vocabularies, a, replaced[k]))
  const lexicons = trainPairLexicons(families)

  it('learns a lexicon for every language pair', () => {
    expect(lexicons.size).toBe((LANGUAGES.length * (LANGUAGES.length - 1)) / 2)
  })

  it('calls a replaced paragraph replaced, on its slot', () => {
    const found = replaced.filter((r, k) => {
      const agreement = contentAgreement(families[k]!, lexicons)
      return contentFinding(agreement[LANGUAGES.indexOf(r.lang)]![r.slot])?.code === 'replaced'
    })
    expect(found.length).toBeGreaterThanOrEqual(4)
  })

  it('leaves faithful paragraphs alone', () => {
    let cells = 0
    let alarms = 0
    families.forEach((family, k) => {
      contentAgreement(family, lexicons).forEach((row, d) =>
        row.forEach((a, s) => {
          if (replaced[k] !== undefined && (replaced[k]!.slot === s || LANGUAGES.indexOf(replaced[k]!.lang) === d)) return
          cells++
          if ((contentFinding(a)?.score ?? 0) >= 0.5) alarms++
        }),
      )
    })
    expect(alarms / cells).toBeLessThan(0.02)
  })

  it('judges a cell whose own side has too few linked words on both sides pooled, at a stricter bar', () => {
    // A paragraph replaced by a short one: its own words are too few to judge alone, the others' are not.
    const short = articles.slice(0, 12).map((article, k) => {
      const lang = LANGUAGES[1 + (k % 5)]!
      const slot = article.blocks.findIndex((b) => b.sentences.length >= 3)
      const from = articles[articles.length - 1 - k]!.blocks.find((b) => b.kind === 'answer' || b.kind === 'paragraph')!
      const family = words(vocabularies, article)
      family.words[LANGUAGES.indexOf(lang)]![slot] = vocabularies.encode(lang, sentencesText(sentences, from.sentences.slice(0, 1), lang).split(/\s+/u).slice(0, 6).join(' '))
      return contentAgreement(family, lexicons)[LANGUAGES.indexOf(lang)]![slot]
    })
    const oneSided = short.filter((a) => a !== undefined && (a.precision === undefined || a.recall === undefined) && a.pooled !== undefined)
    expect(oneSided.length).toBeGreaterThanOrEqual(4)
    const found = oneSided.filter((a) => contentFinding(a)?.code === 'replaced')
    expect(found.length).toBeGreaterThanOrEqual(oneSided.length / 2)
    // Pooled matches near the usual rate are not a finding.
    expect(contentFinding({ ...oneSided[0]!, pooled: 0.9, pooledZ: -0.5 })).toBeUndefined()
  })

  it('does not take a faithful paragraph for a replaced one when two other translations of it were replaced', () => {
    let faithful = 0
    let alarms = 0
    let found = 0
    articles.slice(0, 16).forEach((article, k) => {
      const slot = article.blocks.findIndex((b, i) => i > 0 && b.sentences.length >= 2)
      const [x, y] = [LANGUAGES[1 + (k % 5)]!, LANGUAGES[1 + ((k + 2) % 5)]!]
      const family = words(vocabularies, article)
      articles.slice(-2 - k, articles.length - k).forEach((other, n) => {
        const from = other.blocks.find((b) => b.kind === 'answer' || b.kind === 'paragraph')!
        const lang = n === 0 ? x : y
        family.words[LANGUAGES.indexOf(lang)]![slot] = vocabularies.encode(lang, sentencesText(sentences, from.sentences, lang))
      })
      contentAgreement(family, lexicons).forEach((row, d) => {
        const code = contentFinding(row[slot])?.code
        if (LANGUAGES[d] === x || LANGUAGES[d] === y) found += code === 'replaced' ? 1 : 0
        else {
          faithful++
          if ((contentFinding(row[slot])?.score ?? 0) >= 0.5) alarms++
        }
      })
    })
    expect(faithful).toBe(64)
    expect(alarms).toBe(0)
    expect(found).toBeGreaterThanOrEqual(30)
  })

  it('learns nothing from too few paragraphs, or from one paragraph repeated', () => {
    expect(trainPairLexicons(families.slice(0, 3)).size).toBe(0)
    const few = Math.ceil(MIN_TRAINING_CELLS / families[0]!.slots.length) + 1
    expect(trainPairLexicons(Array.from({ length: few }, () => families[0]!)).size).toBe(0)
  })

  it('learns the same links when a second version of a translation stands beside the first', () => {
    // Each article gets a second German version with the same paragraphs (an edit elsewhere, a faulty copy): the same
    // two cells met again side by side are one training pair, not a repeated paragraph of unknown place.
    const de = LANGUAGES.indexOf('de')
    const versions = families.map((f) => ({ ...f, documents: [...f.documents, `${f.family}/de-2`], languages: [...f.languages, 'de'], words: [...f.words, f.words[de]!] }))
    const learned = trainPairLexicons(versions)
    expect([...learned.keys()]).toEqual([...lexicons.keys()])
    for (const [key, links] of lexicons) {
      expect(learned.get(key)!.p1).toBe(links.p1)
      expect([...learned.get(key)!.sourceLinks.keys()]).toEqual([...links.sourceLinks.keys()])
    }
  })

  it('leaves the drift of a small corpus as it was (no lexicon to judge with)', () => {
    const docs = LANGUAGES.slice(0, 3).map((lang) => parseDocument(articles[0]!.blocks.map((b) => sentencesText(sentences, b.sentences, lang)).join('\n\n'), { id: `${lang}.txt` }))
    const dataset = buildDataset(docs, { level: 'turn' })
    expect(dataset.drift.flatMap((r) => r.reasons).filter((r) => r.code === 'replaced')).toEqual([])
  })
})
