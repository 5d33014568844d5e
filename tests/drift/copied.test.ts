import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { copiedParagraphs, paragraphSentences, type ParagraphPlace } from '../../src/drift/copiedText.js'
import { copyFindings, paragraphPlaces } from '../../src/drift/copyPlaces.js'
import { contentSegments } from '../../src/pivot/contentSegments.js'
import { splitSentences } from '../../src/parse/splitSentences.js'
import type { PivotAlignment } from '../../src/pivot/types.js'
import { sentencesText } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud, type Article } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD): the paragraphs of the news articles in three languages, each article a
// family, each paragraph in its slot. A translator then pastes a paragraph of another article (in the same
// language) in place of one, or beside one.
const LANGUAGES = ['en', 'de', 'ru']
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
const articles = buildArticles(sentences).filter((a) => a.origin === 'news')
const content = (a: Article): number[] => a.blocks.map((b, i) => (b.kind === 'answer' || b.kind === 'paragraph' ? i : -1)).filter((i) => i >= 0)

function place(article: Article, lang: string, slot: number | undefined, ids: readonly number[], extra: Partial<ParagraphPlace> = {}): ParagraphPlace {
  return { document: `${article.id}/${lang}`, family: article.id, language: lang, segment: `s${(slot ?? 99) + 1}`, slot, whole: true, sentences: ids.map((i) => sentences[i]!.text[lang]!), evidence: undefined, ...extra }
}

/** Every paragraph of every article in every language, faithful. */
function corpus(): ParagraphPlace[] {
  return articles.flatMap((a) => LANGUAGES.flatMap((lang) => a.blocks.map((b, i) => place(a, lang, i, b.sentences))))
}

/** The corpus with one place of an article and language replaced (or `undefined`: removed). */
function withPlace(places: ParagraphPlace[], article: Article, lang: string, slot: number, next: ParagraphPlace | ParagraphPlace[]): ParagraphPlace[] {
  const k = places.findIndex((p) => p.family === article.id && p.language === lang && p.slot === slot)
  const out = [...places]
  out.splice(k, 1, ...(Array.isArray(next) ? next : [next]))
  return out
}

const long = articles.flatMap((a) => content(a).filter((i) => a.blocks[i]!.sentences.length >= 3).map((i) => ({ a, i })))
const short = articles.flatMap((a) => content(a).filter((i) => a.blocks[i]!.sentences.length === 2).map((i) => ({ a, i })))

describe('text copied from another article', () => {
  it('finds no copy among faithful translations', () => {
    expect(copiedParagraphs(corpus())).toEqual([])
  })

  it('finds part of another article pasted in place of a paragraph, in the paragraph that holds it', () => {
    let found = 0
    for (let k = 0; k < 8; k++) {
      const from = long[k]!
      const into = articles[articles.length - 1 - k]!
      const slot = content(into)[1]!
      const lang = LANGUAGES[k % LANGUAGES.length]!
      const copies = copiedParagraphs(withPlace(corpus(), into, lang, slot, place(into, lang, slot, from.a.blocks[from.i]!.sentences.slice(0, 2))))
      expect(copies.every((c) => c.place.family === into.id)).toBe(true)
      if (copies.length === 1 && copies[0]!.place.slot === slot && copies[0]!.from === `${from.a.id}/${lang}`) found++
    }
    expect(found).toBe(8)
  })

  it('takes a whole paragraph pasted beside another as the copy, not its original', () => {
    const from = short[0]!
    const into = articles[articles.length - 1]!
    const slot = content(into)[0]!
    const own = place(into, 'de', slot, into.blocks[slot]!.sentences, { whole: false })
    const pasted = place(into, 'de', slot, from.a.blocks[from.i]!.sentences, { whole: false })
    const copies = copiedParagraphs(withPlace(corpus(), into, 'de', slot, [own, pasted]))
    expect(copies.map((c) => [c.place.document, c.place.sentences.length])).toEqual([[`${into.id}/de`, 2]])
  })

  it('tells an identical whole paragraph by how well its words fit each family, and leaves it when they fit alike', () => {
    const from = short[0]!
    const into = articles[articles.length - 1]!
    const slot = content(into)[0]!
    const pasted = place(into, 'ru', slot, from.a.blocks[from.i]!.sentences)
    expect(copiedParagraphs(withPlace(corpus(), into, 'ru', slot, pasted))).toEqual([])
    let places = withPlace(corpus(), into, 'ru', slot, { ...pasted, evidence: -3.5 })
    places = withPlace(places, from.a, 'ru', from.i, place(from.a, 'ru', from.i, from.a.blocks[from.i]!.sentences, { evidence: -0.2 }))
    expect(copiedParagraphs(places).map((c) => c.place.document)).toEqual([`${into.id}/ru`])
    places = withPlace(places, from.a, 'ru', from.i, place(from.a, 'ru', from.i, from.a.blocks[from.i]!.sentences, { evidence: -3 }))
    expect(copiedParagraphs(places)).toEqual([])
  })

  it('takes the paste for the copy when its original was cut short or split, by how its own words fit each slot', () => {
    // The first two sentences of a paragraph pasted elsewhere, while the original's translation kept only its first
    // (or was split after it): the original is then the strict part, yet its words fit its slot and the paste's do not.
    const from = long[2]!
    const into = articles[articles.length - 1]!
    const slot = content(into)[1]!
    const kept = from.a.blocks[from.i]!.sentences.slice(0, 1)
    let places = withPlace(corpus(), into, 'de', slot, place(into, 'de', slot, from.a.blocks[from.i]!.sentences.slice(0, 2), { evidence: -6.6, ownEvidence: -3.8 }))
    places = withPlace(places, from.a, 'de', from.i, place(from.a, 'de', from.i, kept, { evidence: -3.2, ownEvidence: -0.2 }))
    expect(copiedParagraphs(places).map((c) => c.place.document)).toEqual([`${into.id}/de`])
    // The original in a document of no judged family (alone): the paste is the copy when its words clearly do not fit.
    const alone = place(from.a, 'de', undefined, kept, { unjudged: true })
    places = withPlace(places, from.a, 'de', from.i, alone)
    expect(copiedParagraphs(places).map((c) => c.place.document)).toEqual([`${into.id}/de`])
    places = withPlace(places, into, 'de', slot, place(into, 'de', slot, from.a.blocks[from.i]!.sentences.slice(0, 2), { evidence: -0.5, ownEvidence: 0.3 }))
    expect(copiedParagraphs(places)).toEqual([])
  })

  it('does not take text most of a family shares with another article in that slot for a copy (boilerplate)', () => {
    const [a, b] = [articles[0]!, articles[1]!]
    const from = long[5]!
    let places = corpus()
    for (const lang of LANGUAGES) {
      places = withPlace(places, a, lang, content(a)[0]!, place(a, lang, content(a)[0]!, from.a.blocks[from.i]!.sentences.slice(0, 2)))
      places = withPlace(places, b, lang, content(b)[0]!, place(b, lang, content(b)[0]!, from.a.blocks[from.i]!.sentences.slice(0, 2)))
    }
    expect(copiedParagraphs(places).filter((c) => c.place.family === a.id || c.place.family === b.id)).toEqual([])
  })
})

describe('speaker labels in copied text', () => {
  it('matches the sentences of a paste whose original keeps its speaker label in the text (`A: `), and of one that does not', () => {
    // A document whose labels the parser does not read as markers keeps `A: ` in its first sentence; another's
    // paste of the same answer has it stripped. The first sentence holds most of the paragraph.
    const from = short.find(({ a, i }) => sentences[a.blocks[i]!.sentences[0]!]!.text.de!.length > sentences[a.blocks[i]!.sentences[1]!]!.text.de!.length)!
    const into = articles[articles.length - 1]!
    const slot = content(into)[1]!
    const ids = from.a.blocks[from.i]!.sentences
    const labelled = place(from.a, 'de', from.i, ids, { evidence: -0.3 })
    labelled.sentences[0] = `A: ${labelled.sentences[0]}`
    let places = withPlace(corpus(), into, 'de', slot, place(into, 'de', slot, ids, { evidence: -1.5 }))
    places = withPlace(places, from.a, 'de', from.i, labelled)
    expect(copiedParagraphs(places).map((c) => [c.place.document, c.from])).toEqual([[`${into.id}/de`, `${from.a.id}/de`]])
  })

  it('does not match a short stock sentence that only different speaker labels make long enough', () => {
    // `Thank you so much.` has 14 letters, below the shortest sentence compared; the labels must not count.
    const [a, b] = [articles[0]!, articles[1]!]
    const slot = content(a)[0]!
    const stock = (article: Article, label: string): ParagraphPlace => ({ ...place(article, 'en', slot, []), sentences: [`${label}: Thank you so much.`], evidence: label === 'Interviewer' ? 1 : -1 })
    let places = withPlace(corpus(), a, 'en', slot, stock(a, 'Interviewer'))
    places = withPlace(places, b, 'en', slot, stock(b, 'Moderator'))
    expect(copiedParagraphs(places)).toEqual([])
  })
})

describe('copies as findings on a member', () => {
  const article = articles.find((a) => a.shape === 'plain' && a.blocks.length >= 5)!
  const from = long.find((x) => x.a !== article)!
  const texts = article.blocks.map((b) => sentencesText(sentences, b.sentences, 'de'))
  const pasted = sentencesText(sentences, from.a.blocks[from.i]!.sentences.slice(0, 2), 'de')
  const second = long.find((x) => x.a === from.a && x.i !== from.i) ?? from
  const besides = sentencesText(sentences, second.a.blocks[second.i]!.sentences.slice(1), 'de')

  /** The member's cells (slot 3 holding paragraphs 4 and 5), its paragraph places and the copies found in it. */
  function pasteLayout(body: ReadonlyArray<string | undefined>) {
    const doc = parseDocument(body.join('\n\n') + '\n', { id: `${article.id}-de.txt` })
    const segments = contentSegments(doc)
    const cell = (ids: string[]) => ({ segments: ids, sentences: ids.flatMap((id) => segments.find((s) => s.id === id)!.sentences.map((x) => x.id)), confidence: 0.9 })
    const cells = [cell(['s1']), cell(['s2']), cell(['s3']), cell(['s4', 's5']), ...segments.slice(5).map((s) => cell([s.id]))]
    const alignment: PivotAlignment = { document: doc.id, pivot: 'p', cells, extra: [], reordered: [], method: 'slots' }
    const own = paragraphPlaces('family-x', doc, alignment)
    const origin = parseDocument(from.a.blocks.map((b) => sentencesText(sentences, b.sentences, 'de')).join('\n\n') + '\n', { id: 'origin.txt' })
    const copies = new Map(copiedParagraphs([...own, ...paragraphPlaces('family-y', origin, undefined)]).map((c) => [c.place, c] as const))
    return { doc, cells, own, copies }
  }

  it('splits a segment into paragraphs with their sentences', () => {
    const doc = parseDocument(`${texts[1]}\n\n${texts[2]}\n`, { id: 'x.txt' })
    const all = doc.segments.flatMap((s) => s.sentences.map((x) => x.text))
    expect(paragraphSentences(`${texts[1]}\n\n${texts[2]}`, all).map((p) => p.length)).toEqual([article.blocks[1]!.sentences.length, article.blocks[2]!.sentences.length])
  })

  it('reports a cell that is all copy as replaced, and a copied paragraph beside the slot text as extra on its segment', () => {
    // Paragraph 2 replaced; paragraph 3 followed by a pasted paragraph, held in the same cell as a split.
    const body = [texts[0], texts[1], pasted, texts[3], besides, ...texts.slice(4)]
    const { doc, cells, own, copies } = pasteLayout(body)
    const findings = copyFindings(doc.id, cells.length, own, copies)
    expect(findings[2]?.code).toBe('replaced')
    expect(findings[3]).toMatchObject({ code: 'extra', segment: 's5' })
    expect(findings.filter((f) => f !== undefined)).toHaveLength(2)
  })

  it('reports a copy on the slot the aligner gave it as extra when the slot\'s own text beside it fills no slot', () => {
    // A pasted paragraph before paragraph 2: the aligner put the copy on slot 2 and left paragraph 2 out.
    const body = [texts[0], texts[1], pasted, texts[2], ...texts.slice(3)]
    const doc = parseDocument(body.join('\n\n') + '\n', { id: `${article.id}-de.txt` })
    const segments = contentSegments(doc)
    const cell = (ids: string[]) => ({ segments: ids, sentences: ids.flatMap((id) => segments.find((s) => s.id === id)!.sentences.map((x) => x.id)), confidence: 0.9 })
    const cells = [cell(['s1']), cell(['s2']), cell(['s3']), ...segments.slice(4).map((s) => cell([s.id]))]
    const alignment: PivotAlignment = { document: doc.id, pivot: 'p', cells, extra: ['s4'], reordered: [], method: 'hub' }
    const own = paragraphPlaces('family-x', doc, alignment)
    const origin = parseDocument(from.a.blocks.map((b) => sentencesText(sentences, b.sentences, 'de')).join('\n\n') + '\n', { id: 'origin.txt' })
    const copies = new Map(copiedParagraphs([...own, ...paragraphPlaces('family-y', origin, undefined)]).map((c) => [c.place, c] as const))
    const findings = copyFindings(doc.id, cells.length, own, copies, (d) => d, alignment.extra)
    expect(findings[2]).toMatchObject({ code: 'extra', segment: 's3' })
    expect(findings[2]?.detail).toMatch(/a segment beside it \(s4\) fills no slot/u)
    // Without a segment left over beside it, the same cell is a replacement.
    expect(copyFindings(doc.id, cells.length, own, copies)[2]?.code).toBe('replaced')
  })

  it('reports a copy in place of a slot as replaced when the next cell holds its own slot\'s two paragraphs', () => {
    // Paragraph 2 replaced; the next slot expects two paragraphs (an answer of two) and its cell holds them both:
    // no text of the replaced slot is glued there.
    const body = [texts[0], texts[1], pasted, texts[3], texts[4], ...texts.slice(5)]
    const { doc, cells, own, copies } = pasteLayout(body)
    const expected = cells.map((_, k) => (k === 3 ? 2 : 1))
    expect(copyFindings(doc.id, cells.length, own, copies, (d) => d, [], cells, expected)[2]?.code).toBe('replaced')
    // Where the slot expects one paragraph, the second is the replaced slot's own text glued to it: added beside.
    const glued = copyFindings(doc.id, cells.length, own, copies, (d) => d, [], cells)[2]
    expect(glued).toMatchObject({ code: 'extra', segment: 's3' })
    // That segment fills a slot, grouped with the next one's paragraph: the message says so.
    expect(glued?.detail).toMatch(/a segment beside it \(s4\) is grouped with a neighbouring slot's text/u)
  })

  it('reports a copy in place of a slot as replaced when the paragraph after it was moved to a slot further on', () => {
    // Paragraph 2 replaced by a pasted paragraph, and paragraphs 3 and 4 exchanged: the aligner lays paragraph 4
    // (standing right after the copy) on its own slot, two slots on, with little confidence, and paragraph 3 on its
    // own slot before it. That low confidence is the exchange's, not a push of the copy's slot's own text: only a
    // neighbouring slot's cell can hold the copy's slot's text pushed aside.
    const body = [texts[0], texts[1], pasted, texts[4], texts[3], ...texts.slice(5)]
    const { doc, own, copies } = pasteLayout(body)
    const segments = contentSegments(doc)
    const cell = (ids: string[], confidence: number) => ({ segments: ids, sentences: ids.flatMap((id) => segments.find((s) => s.id === id)!.sentences.map((x) => x.id)), confidence })
    const cells = [cell(['s1'], 0.9), cell(['s2'], 0.9), cell(['s3'], 0.9), cell(['s5'], 0.28), cell(['s4'], 0.25), ...segments.slice(5).map((s) => cell([s.id], 0.9))]
    const places = paragraphPlaces('family-x', doc, { document: doc.id, pivot: 'p', cells, extra: [], reordered: [], method: 'slots' })
    const byCopy = new Map([...copies.values()].map((c) => [c.place.segment, c] as const))
    const copied = new Map(places.flatMap((p) => (byCopy.has(p.segment) ? [[p, { ...byCopy.get(p.segment)!, place: p }] as const] : [])))
    expect(copied.size).toBe(1)
    expect(copyFindings(doc.id, cells.length, places, copied, (d) => d, [], cells)[2]?.code).toBe('replaced')
  })
})

describe('text two articles share', () => {
  // TICO-19 (data/tico19): articles cut from a few long source documents, where a sentence of one part recurs in
  // another, word for word or with a word changed (`ECDC states that` / `ECDC says`), and the translators rendered it
  // the same way in some languages. Each holder's words are made to look misplaced in turn (the worst case): text
  // the two articles share in two languages or more is never a copy; a paste in one language still is.
  const TICO = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
  const tico = loadPud(resolve(import.meta.dirname, '../../data/tico19'), TICO, 'tico')
  const ticoArticles = buildArticles(tico)
  const places = (misplaced: (p: ParagraphPlace, k: number) => boolean): ParagraphPlace[] =>
    ticoArticles.flatMap((a) => TICO.flatMap((lang) => a.blocks.map((b, i) => ({ document: `${a.id}/${lang}`, family: a.id, language: lang, segment: `s${i + 1}`, slot: i, whole: true, sentences: b.sentences.map((k) => tico[k]!.text[lang]!), evidence: undefined })))).map((p, k) => (misplaced(p, k) ? { ...p, evidence: -3, ownEvidence: -3 } : { ...p, evidence: 0, ownEvidence: 0 }))

  it('finds no copy among the faithful translations of articles that share sentences', () => {
    for (const parity of [0, 1]) {
      expect(copiedParagraphs(places((_, k) => k % 2 === parity))).toEqual([])
      expect(copiedParagraphs(places((p) => Number(p.family.slice(-1)) % 2 === parity))).toEqual([])
    }
  })

  it('still finds a paragraph pasted from one of those articles in one language', () => {
    const all = places(() => false)
    const shares = (x: ParagraphPlace, y: ParagraphPlace) => x.sentences.some((s) => y.sentences.includes(s))
    const [into, from] = [ticoArticles[0]!, ticoArticles[ticoArticles.length - 1]!]
    const source = all.find((p) => p.family === from.id && p.language === 'zh' && p.sentences.length >= 2)!
    const k = all.findIndex((p) => p.family === into.id && p.language === 'zh' && p.slot === 1)
    expect(all.some((p) => p.family === into.id && all.some((q) => q.family === from.id && q.language === p.language && shares(p, q)))).toBe(false)
    all[k] = { ...all[k]!, sentences: source.sentences.slice(0, 2), evidence: -3, ownEvidence: -3 }
    expect(copiedParagraphs(all).map((c) => [c.place.document, c.from])).toEqual([[`${into.id}/zh`, `${from.id}/zh`]])
  })

  it('finds a paste between two of those articles away from the text they share', () => {
    const all = places(() => false)
    const shares = (x: ParagraphPlace, y: ParagraphPlace) => x.family !== y.family && x.language === y.language && x.sentences.some((s) => y.sentences.includes(s))
    // Two articles that share sentences in two languages or more, and a paragraph of each away from them.
    const shared = all.filter((p) => all.some((q) => shares(p, q)))
    const a = shared.find((p) => new Set(shared.filter((q) => q.family === p.family).map((q) => q.language)).size >= 2)!
    const b = shared.find((q) => shares(a, q))!
    const busy = new Set(shared.flatMap((p) => [`${p.family}/${p.slot}`]))
    const from = all.find((p) => p.family === b.family && p.language === 'zh' && !busy.has(`${p.family}/${p.slot}`) && p.sentences.length >= 2)!
    const k = all.findIndex((p) => p.family === a.family && p.language === 'zh' && !busy.has(`${p.family}/${p.slot}`))
    all[k] = { ...all[k]!, sentences: from.sentences.slice(0, 2), evidence: -3, ownEvidence: -3 }
    expect(copiedParagraphs(all).map((c) => [c.place.document, c.from])).toEqual([[`${a.family}/zh`, `${b.family}/zh`]])
  })
})

describe('copies in scripts without sentence marks, and keys of keys', () => {
  // PUD articles in Thai and Chinese, each paragraph split into sentences as the parser splits them. Thai has no
  // sentence marks: a paragraph is one sentence, so a paste of its first sentences matches none of the original's.
  const PASTE_LANGUAGES = ['en', 'th', 'zh']
  const pud = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), PASTE_LANGUAGES)
  const news = buildArticles(pud).filter((a) => a.origin === 'news')
  const at = (article: Article, lang: string, slot: number, ids: readonly number[], extra: Partial<ParagraphPlace> = {}): ParagraphPlace => ({
    document: `${article.id}/${lang}`, family: article.id, language: lang, segment: `s${slot + 1}`, slot, whole: true,
    sentences: splitSentences(sentencesText(pud, ids, lang)).map((x) => x.text), evidence: 0, ownEvidence: 0, ...extra,
  })
  const all = (): ParagraphPlace[] => news.flatMap((a) => PASTE_LANGUAGES.flatMap((lang) => a.blocks.map((b, i) => at(a, lang, i, b.sentences))))
  const replace = (places: ParagraphPlace[], next: ParagraphPlace): ParagraphPlace[] => places.map((p) => (p.family === next.family && p.language === next.language && p.slot === next.slot ? next : p))
  const body = (a: Article): number[] => a.blocks.map((b, i) => (b.kind === 'answer' || b.kind === 'paragraph' ? i : -1)).filter((i) => i >= 0)
  const threeOrMore = news.flatMap((a) => body(a).filter((i) => a.blocks[i]!.sentences.length >= 3).map((i) => ({ a, i })))

  it('finds no copy among faithful translations', () => {
    expect(copiedParagraphs(all())).toEqual([])
  })

  it('finds the first sentences of a Thai paragraph pasted in place of another article\'s, and an original cut short held inside a paste', () => {
    let found = 0
    let cut = 0
    for (let k = 0; k < 6; k++) {
      const from = threeOrMore[k]!
      const into = news[news.length - 1 - k]!
      const slot = body(into)[1]!
      const ids = from.a.blocks[from.i]!.sentences
      const pasted = at(into, 'th', slot, ids.slice(0, 2))
      expect(pasted.sentences.length).toBe(1)
      const expected = [`${into.id}/th`, slot, `${from.a.id}/th`].join()
      if (copiedParagraphs(replace(all(), pasted)).map((c) => [c.place.document, c.place.slot, c.from]).join() === expected) found++
      // The original's translation kept only its first sentence: held whole inside the paste, whose words do not fit its slot.
      const places = replace(replace(all(), { ...pasted, evidence: -3.3, ownEvidence: -3 }), at(from.a, 'th', from.i, ids.slice(0, 1), { evidence: -1.5, ownEvidence: 0.4 }))
      if (copiedParagraphs(places).map((c) => [c.place.document, c.place.slot, c.from]).join() === expected) cut++
    }
    expect([found, cut]).toEqual([6, 6])
  })

  it('matches a sentence whose opening clause ends in a colon with and without the speaker label its paste kept', () => {
    // `答：該法律規定了很多能使協議再次生效的條件：…`: the label goes, and the clause before the second colon reads as
    // a label too; both holders must key alike whichever of them kept `答：`.
    const colon = news.flatMap((a) => body(a).map((i) => ({ a, i }))).find(({ a, i }) => /^[^：:]{4,20}[：:]/u.test(pud[a.blocks[i]!.sentences[0]!]!.text.zh!))
    expect(colon).toBeDefined()
    const { a: from, i } = colon!
    const into = news.find((x) => x !== from)!
    const slot = body(into)[0]!
    const labelled = at(from, 'zh', i, from.blocks[i]!.sentences, { ownEvidence: 1.8 })
    labelled.sentences[0] = `答：${labelled.sentences[0]}`
    const pasted = at(into, 'zh', slot, from.blocks[i]!.sentences, { ownEvidence: -0.2 })
    expect(copiedParagraphs(replace(replace(all(), labelled), pasted)).map((c) => [c.place.document, c.from])).toEqual([[`${into.id}/zh`, `${from.id}/zh`]])
  })
})

describe('titles two real articles share', () => {
  it('are not taken for a copy', () => {
    // The Russian APatch FAQ is titled «Часто задаваемые вопросы», which the Russian RustDesk README writes word for
    // word as a link's text: a label both articles use, not a paragraph pasted from one into the other.
    const real = resolve(import.meta.dirname, '../fixtures/real')
    const faq = parseDocument(readFileSync(join(real, 'apatch-faq/docs/ru/faq_ru.md'), 'utf8'), { id: 'faq_ru.md' })
    const readme = parseDocument(readFileSync(join(real, 'rustdesk-readme/docs/README-RU.md'), 'utf8'), { id: 'README-RU.md' })
    const segments = contentSegments(faq)
    expect(segments[0]!.text).toBe('Часто задаваемые вопросы')
    const cells = segments.map((s) => ({ segments: [s.id], sentences: s.sentences.map((x) => x.id), confidence: 0.9 }))
    const alignment: PivotAlignment = { document: faq.id, pivot: 'p', cells, extra: [], reordered: [], method: 'hub' }
    const own = paragraphPlaces('family-x', faq, alignment)
    const copies = new Map(copiedParagraphs([...own, ...paragraphPlaces('family-y', readme, undefined)]).map((c) => [c.place, c] as const))
    expect(copyFindings(faq.id, cells.length, own, copies).filter((f) => f !== undefined)).toEqual([])
  })
})
