import { describe, expect, it } from 'vitest'
import { detectDocument, detectLanguage } from '../../src/detect/index.js'
import { agreesWithContext } from '../../src/detect/agreesWithContext.js'
import { segmentDocument } from '../../src/parse/index.js'

const opening = [
  '# Die Bäckerei am Markt',
  '',
  'Die Bäckerei am Markt ist seit hundert Jahren in Familienbesitz und im ganzen Viertel für ihr dunkles Brot bekannt.',
  '',
]
const german = 'Der Bäcker öffnet jeden Morgen um sechs Uhr und verkauft frisches Brot an die Nachbarn im Dorf.'
const alsoGerman = 'Am Samstag backt er zusätzlich Kuchen, die am Nachmittag meistens schon ausverkauft sind.'
const english = 'Good customer service is simply not enough for a successful business in this town.'

function paragraph(...sentences: string[]) {
  const doc = detectDocument(segmentDocument([...opening, sentences.join(' '), ''].join('\n'), { id: 'baeckerei.md' }))
  expect(doc.language?.iso6393).toBe('deu')
  return doc.segments[2]!
}

describe('sentences inside a segment', () => {
  it('take the language of a segment in the document language without being judged one by one', () => {
    const segment = paragraph(german, alsoGerman)
    expect(segment.language?.iso6393).toBe('deu')
    expect(segment.sentences).toHaveLength(2)
    for (const sentence of segment.sentences) expect(sentence.language).toMatchObject({ iso6393: 'deu', inherited: true })
  })

  it('judges a sentence in another language inside such a segment on its own', () => {
    const segment = paragraph(german, english)
    expect(segment.language?.iso6393).toBe('deu')
    const [first, second] = segment.sentences
    expect(first?.language).toMatchObject({ iso6393: 'deu', inherited: true })
    expect(second?.language?.iso6393).not.toBe('deu')
    expect(second?.language?.inherited).toBeUndefined()
  })

  it('take the language of their segment when mostly in its script, names in another script and all', () => {
    const named = 'Der Bäcker aus Москва, Дмитрий Петрович, öffnet jeden Morgen um sechs Uhr und verkauft frisches Brot.'
    const segment = paragraph(german, named)
    expect(segment.sentences[1]?.language).toMatchObject({ iso6393: 'deu', inherited: true })
  })

  it('judges every sentence with sentenceCheckLetters Infinity', () => {
    const text = [...opening, `${german} ${alsoGerman}`, ''].join('\n')
    const doc = detectDocument(segmentDocument(text, { id: 'baeckerei.md' }), { sentenceCheckLetters: Infinity })
    for (const sentence of doc.segments[2]!.sentences) expect(sentence.language?.inherited).toBeUndefined()
  })
})

describe('pieces settled by their context', () => {
  it('gives a segment that reads as the document language that language without judging it on its own', () => {
    const doc = detectDocument(segmentDocument([...opening, german, '', english, ''].join('\n'), { id: 'baeckerei.md' }))
    expect(doc.language?.iso6393).toBe('deu')
    expect(doc.segments[2]?.language).toMatchObject({ iso6393: 'deu', inherited: true })
    expect(doc.segments[2]?.language?.confidence).toBeLessThan(doc.language!.confidence)
    expect(doc.segments[3]?.language?.iso6393).toBe('eng')
    expect(doc.segments[3]?.language?.inherited).toBeUndefined()
  })

  it('gives a sentence in the script of its segment, too short to switch, the language of the segment', () => {
    const segment = paragraph(german, 'Sehr gut.', alsoGerman)
    expect(segment.sentences).toHaveLength(3)
    expect(segment.sentences[1]?.language).toMatchObject({ iso6393: 'deu', inherited: true })
  })
})

describe('agreesWithContext', () => {
  const context = detectLanguage(`${german} ${alsoGerman}`)

  it.each([
    ['a sentence in the context language', alsoGerman, true],
    ['a sentence in another major language of the script', english, false],
  ])('%s', (_name, text, expected) => {
    expect(context.iso6393).toBe('deu')
    expect(agreesWithContext(text, context)).toBe(expected)
  })
})
