import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FAULT_KINDS, foreignPool, numberValue, renderWithFault, sentencesText, standaloneNumber } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'
import { cpuMilliseconds } from '../cpuTime.js'

// The fault injector of eval:drift on real translations: TICO-19 (data/tico19), dense in names that hold numbers
// (COVID-19, SARS-CoV-2, ACE2) and in fractions and times.
const LANGUAGES = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
const sentences = loadPud(resolve(import.meta.dirname, '../../data/tico19'), LANGUAGES, 'tico')
const articles = buildArticles(sentences)
const pool = foreignPool(articles, sentences)

/** The first index where two texts differ (the shorter one's length when one is a prefix of the other). */
function firstDifference(a: string, b: string): number {
  const end = Math.min(a.length, b.length)
  let i = 0
  while (i < end && a[i] === b[i]) i++
  return i
}

/** The text around the first place two renderings differ: what the injector changed. */
function changedAt(a: string, b: string): { before: string; after: string } {
  const i = firstDifference(a, b)
  return { before: a.slice(Math.max(0, i - 12), i), after: a.slice(i, i + 12) }
}

describe('number faults change or delete a number, not part of a name or a fraction', () => {
  const edits = articles.flatMap((article) =>
    LANGUAGES.slice(1).flatMap((lang) =>
      (['number-changed', 'number-deleted'] as const).flatMap((fault) => {
        const seed = `${article.id}/${lang}`
        const doc = renderWithFault(article, sentences, lang, fault, pool, seed)
        const faithful = renderWithFault(article, sentences, lang, 'faithful', pool, seed)!
        return doc === undefined ? [] : [{ fault, lang, ...changedAt(faithful.text, doc.text) }]
      }),
    ),
  )

  it('puts a number fault into most translations', () => {
    expect(edits.length).toBeGreaterThan(articles.length * 4)
  })

  it('never edits a number glued to a name by a hyphen or letters (COVID-19, كوفيد-19, SARS-CoV-2)', () => {
    for (const e of edits) expect(`${e.before}|${e.after}`, `${e.lang} ${e.fault}`).not.toMatch(/(?:\p{L}[-‐‑]|[\p{Script=Latin}\p{Script=Cyrillic}])\p{Nd}*\|/u)
  })

  it('never edits one term of a fraction or ratio (2/3, 24/7)', () => {
    for (const e of edits) expect(`${e.before}|${e.after}`, `${e.lang} ${e.fault}`).not.toMatch(/\p{Nd}[/:]\p{Nd}*\||\|\p{Nd}*[/:]\p{Nd}/u)
  })
})

describe('standaloneNumber', () => {
  it('skips numbers of names, codes, fractions and times', () => {
    expect(standaloneNumber('COVID-19 spread to 114 countries')?.[0]).toBe('114')
    expect(standaloneNumber('SARS-CoV-2 binds ACE2 in 2 ways')?.[0]).toBe('2')
    expect(standaloneNumber('they work 24/7 for 30 days')?.[0]).toBe('30')
    expect(standaloneNumber('a 4G network of 10:30 and 1,051,635')?.[0]).toBe('1,051,635')
    expect(standaloneNumber('H1N1')).toBeUndefined()
  })

  it('keeps numbers with unit or ordinal endings and numbers beside uncased scripts', () => {
    expect(standaloneNumber('the 1970s')?.[0]).toBe('1970')
    expect(standaloneNumber('约4%')?.[0]).toBe('4')
    expect(standaloneNumber('2020 年 3 月')?.[0]).toBe('2020')
  })
})

describe('renderWithFault', () => {
  it('renders every fault kind from one handler each, deterministically, each unlike the faithful text', () => {
    // The first article is an interview with numbers, several turns and answers of several sentences: every kind fits.
    const article = articles[0]!
    const faithful = renderWithFault(article, sentences, 'ru', 'faithful', pool, 'seed')!
    for (const fault of FAULT_KINDS) {
      const a = renderWithFault(article, sentences, 'ru', fault, pool, 'seed')
      const b = renderWithFault(article, sentences, 'ru', fault, pool, 'seed')
      expect(a, fault).toBeDefined()
      expect(a, fault).toEqual(b)
      expect(a!.fault).toBe(fault)
      expect(a!.text, fault).not.toBe(faithful.text)
    }
  })
})

describe('number faults go into numbers of the source', () => {
  it('changes or deletes only a number whose value the English block has (not a month the translation writes in digits)', () => {
    let checked = 0
    for (const article of articles) {
      for (const lang of LANGUAGES.slice(1)) {
        const seed = `${article.id}/${lang}`
        const doc = renderWithFault(article, sentences, lang, 'number-deleted', pool, seed)
        if (doc === undefined) continue
        const faithful = renderWithFault(article, sentences, lang, 'faithful', pool, seed)!.text
        const i = firstDifference(faithful, doc.text)
        const deleted = /^\p{Nd}+(?:[.,]\p{Nd}+)*/u.exec(faithful.slice(i))![0]
        const english = article.blocks[doc.targets[0]!]!.sentences.map((k) => sentences[k]!.text.en!).join(' ')
        const values = new Set([...english.matchAll(/\p{Nd}+(?:[.,]\p{Nd}+)*/gu)].map((m) => numberValue(m[0])))
        expect(values.has(numberValue(deleted)), `${lang} ${article.id}: ${deleted}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(articles.length * 4)
  })
})

describe('the injector decides from the text, not from language codes', () => {
  it('puts number faults into the numbers of a source other than English (the first language read)', () => {
    const german = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), ['de', 'ru'])
    const germanArticles = buildArticles(german).slice(0, 20)
    const germanPool = foreignPool(germanArticles, german)
    const faulty = germanArticles.filter((article) => renderWithFault(article, german, 'ru', 'number-changed', germanPool, `${article.id}/ru`) !== undefined)
    expect(faulty.length).toBeGreaterThan(germanArticles.length / 2)
  })

  it('joins Chinese sentences without spaces under any language tag (zh-Hant as zh), Thai and others with one', () => {
    const pud = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), ['zh', 'th', 'de']).slice(0, 40)
    const retagged = pud.map((s) => ({ ...s, text: { 'zh-Hant': s.text.zh!, th: s.text.th!, de: s.text.de! } }))
    const indices = [0, 1, 2]
    expect(sentencesText(retagged, indices, 'zh-Hant')).toBe(indices.map((i) => pud[i]!.text.zh).join(''))
    expect(sentencesText(retagged, indices, 'th')).toBe(indices.map((i) => pud[i]!.text.th).join(' '))
    expect(sentencesText(retagged, indices, 'de')).toBe(indices.map((i) => pud[i]!.text.de).join(' '))
  })

  it('takes a number right after a letter of any script with capitals for part of a word (Armenian, Georgian too)', () => {
    expect(standaloneNumber('Ա2 և 15 հոգի')?.[0]).toBe('15')
    expect(standaloneNumber('ა5 და 40 კაცი')?.[0]).toBe('40')
  })

  it('joins after a full-width letter or digit with a space: only full-width marks end an unspaced sentence', () => {
    // German sentences of PUD whose last word is written in full-width forms (as pasted from East Asian text), the final mark dropped.
    const pud = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), ['de']).slice(0, 2)
    const fullWidth = (word: string): string => [...word].map((c) => (/[A-Za-z0-9]/u.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('')
    const first = pud[0]!.text.de!.replace(/[.!?]$/u, '').replace(/\S+$/u, fullWidth)
    expect(first).toMatch(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]$/u)
    const edited = [{ ...pud[0]!, text: { de: first } }, pud[1]!]
    expect(sentencesText(edited, [0, 1], 'de')).toBe(`${first} ${pud[1]!.text.de}`)
    // A full-width question mark or closing bracket after a mark still ends one.
    expect(sentencesText([{ ...pud[0]!, text: { de: `${first}？）` } }, pud[1]!], [0, 1], 'de')).toBe(`${first}？）${pud[1]!.text.de}`)
  })

  it('joins a long paragraph in time that grows with its length, not its square', () => {
    const pud = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), ['de', 'zh'])
    const all = pud.map((_, i) => i)
    for (const lang of ['de', 'zh']) {
      // One paragraph of every sentence against every sentence on its own (the same letters read once each).
      const whole = cpuMilliseconds(() => sentencesText(pud, all, lang))
      const apart = cpuMilliseconds(() => all.forEach((i) => sentencesText(pud, [i, i], lang)))
      expect(whole, lang).toBeLessThan(4 * apart + 20)
    }
  })
})
