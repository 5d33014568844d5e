import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/index.js'

function fixture(name: string) {
  return segmentDocument(readFileSync(new URL(`../fixtures/parse/${name}`, import.meta.url), 'utf8'), { id: name })
}

describe('an English Q:/A: interview written for the tests', () => {
  const doc = fixture('interview-en.md')
  const roles = doc.segments.map((s) => s.role)

  it('takes the Markdown heading as the title and drops its repeat', () => {
    expect(doc.segments[0]).toMatchObject({ role: 'title', text: 'How a small bakery survived the winter' })
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('duplicate-title')
  })

  it('labels paragraphs before the first turn as intro', () => {
    expect(roles.slice(1, 3)).toEqual(['intro', 'intro'])
  })

  it('takes Q as the asking speaker and A as the answering one, with markers removed from the text', () => {
    const q1 = doc.segments.find((s) => s.role === 'question')!
    expect(q1).toMatchObject({ marker: 'Q', turn: 1, text: 'Why did you open a bakery in the first place?' })
    expect(doc.segments.find((s) => s.role === 'answer')).toMatchObject({ marker: 'A', turn: 1 })
  })

  it('attaches an unmarked paragraph after an answer to that answer', () => {
    const a2 = doc.segments.find((s) => s.role === 'answer' && s.turn === 2)!
    expect(a2.paragraphs).toBe(2)
    expect(a2.text).toContain('The bank was patient')
    expect(a2.sentences.map((s) => s.text)).toContain('The bank was patient, and so were our customers.')
  })

  it('takes an unmarked question followed by an answer as a question with a lost-marker warning', () => {
    const q3 = doc.segments.find((s) => s.role === 'question' && s.turn === 3)!
    expect(q3.text).toBe('What did you change in the end?')
    expect(q3.marker).toBeUndefined()
    const warning = doc.diagnostics.find((d) => d.ruleId === 'lost-marker')!
    expect(warning.place?.start.line).toBe(q3.place.start.line)
  })

  it('numbers four exchanges', () => {
    expect(doc.segments.filter((s) => s.role === 'question').map((s) => s.turn)).toEqual([1, 2, 3, 4])
    expect(doc.segments.filter((s) => s.role === 'answer').map((s) => s.turn)).toEqual([1, 2, 3, 4])
  })
})

describe('a Markdown article with headings', () => {
  const doc = fixture('headings.md')
  it('maps heading levels to title and heading, lists and quotes to body', () => {
    expect(doc.segments.map((s) => s.role)).toEqual(['title', 'body', 'heading', 'body', 'heading', 'body', 'body', 'body', 'body'])
    expect(doc.segments.filter((s) => s.role === 'heading').map((s) => s.text)).toEqual(['Granite', 'Basalt'])
  })
  it('strips Markdown syntax from segment text', () => {
    for (const s of doc.segments) expect(s.text).not.toMatch(/^[#>-] /u)
  })
})

describe('a text with no markers and no title', () => {
  const doc = fixture('no-markers.txt')
  it('yields body paragraphs only, with no turns and no warnings', () => {
    expect(doc.segments.map((s) => s.role)).toEqual(['body', 'body', 'body'])
    expect(doc.segments.every((s) => s.turn === undefined)).toBe(true)
    expect(doc.diagnostics).toEqual([])
  })
  it('does not split sentences after an abbreviation', () => {
    expect(doc.segments[2]!.sentences.map((s) => s.text)).toEqual([
      'The librarian, Mr. Ortega, has worked here since 1998.',
      'He knows every reader by name.',
    ])
  })
})

describe('page furniture', () => {
  const doc = fixture('furniture.txt')
  const boilerplate = doc.segments.filter((s) => s.role === 'boilerplate').map((s) => s.text)
  it.each([
    ['a caption repeating the headline', 'Video: Ten tips for writing clear emails'],
    ['a photo credit in the caption block', 'Photo: John Smith'],
    ['a byline beside them', 'By the editors'],
    ['a repeated short caption', 'Subject lines'],
    ['a dangling date', 'March 3, 2021'],
    ['a dangling label at the end', 'Related:'],
  ])('marks %s as boilerplate', (_what, text) => {
    expect(boilerplate).toContain(text)
  })
  it('keeps the prose as body', () => {
    expect(doc.segments.filter((s) => s.role === 'body')).toHaveLength(2)
  })
})
