import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lineShape, segmentDocument } from '../../src/index.js'
import type { ParsedDocument } from '../../src/index.js'

const dir = new URL('../../corpus/', import.meta.url)
const seeds = readdirSync(dir).sort().map((name) => segmentDocument(readFileSync(new URL(name, dir), 'utf8'), { id: name }))
const interviews = seeds.filter((d) => d.segments.some((s) => s.role === 'question'))
const others = seeds.filter((d) => !interviews.includes(d))

function turns(doc: ParsedDocument): string[] {
  return doc.segments.filter((s) => s.role === 'question' || s.role === 'answer').map((s) => `${s.role === 'question' ? 'q' : 'a'}${s.turn}`)
}

describe('seed corpus', () => {
  it('finds two interview documents and one other article', () => {
    expect(interviews).toHaveLength(2)
    expect(others).toHaveLength(1)
  })

  it.each(interviews.map((d) => [d.id, d] as const))('recovers every Q&A turn of %s in alternating order', (_id, doc) => {
    const sequence = turns(doc)
    expect(sequence.length).toBe(18)
    sequence.forEach((t, i) => expect(t).toBe(`${i % 2 === 0 ? 'q' : 'a'}${Math.floor(i / 2) + 1}`))
  })

  it('flags exactly one lost speaker marker, on a question, in one interview', () => {
    const lost = interviews.flatMap((d) => d.diagnostics.filter((m) => m.ruleId === 'lost-marker').map((m) => ({ doc: d, m })))
    expect(lost).toHaveLength(1)
    const { doc, m } = lost[0]!
    const segment = doc.segments.find((s) => s.place.start.offset === m.place?.start.offset)
    expect(segment?.role).toBe('question')
    expect(segment?.marker).toBeUndefined()
    expect(segment?.text).toMatch(/\?$/u)
  })

  it.each(interviews.map((d) => [d.id, d] as const))('attaches continuation paragraphs to their answers in %s', (_id, doc) => {
    const merged = doc.segments.filter((s) => s.paragraphs > 1)
    expect(merged.length).toBeGreaterThanOrEqual(1)
    for (const s of merged) expect(s.role).toBe('answer')
    for (const s of merged) expect(s.text).toContain('\n\n')
  })

  it.each(seeds.map((d) => [d.id, d] as const))('keeps the title of %s once and warns about the repeats', (_id, doc) => {
    expect(doc.segments.filter((s) => s.role === 'title')).toHaveLength(1)
    expect(doc.segments[0]!.role).toBe('title')
    expect(doc.diagnostics.some((m) => m.ruleId === 'duplicate-title')).toBe(true)
    const title = doc.segments[0]!.text
    expect(doc.segments.filter((s) => s.text === title)).toHaveLength(1)
  })

  it('invents no turns in the non-interview article and marks its furniture as boilerplate', () => {
    const doc = others[0]!
    expect(doc.segments.filter((s) => s.role === 'question' || s.role === 'answer')).toHaveLength(0)
    const furniture = doc.segments.filter((s) => s.role === 'boilerplate').map((s) => s.text)
    expect(furniture.length).toBeGreaterThanOrEqual(4)
    for (const text of furniture) expect(lineShape(text).terminal).toBe(false)
    const body = doc.segments.filter((s) => s.role === 'body')
    expect(body.length).toBeGreaterThanOrEqual(4)
    for (const s of body) expect(s.sentences.length).toBeGreaterThanOrEqual(2)
  })

  it.each(seeds.map((d) => [d.id, d] as const))('gives every sentence of %s offsets that point at its text', (_id, doc) => {
    for (const segment of doc.segments) {
      for (const sentence of segment.sentences) {
        const slice = doc.text.slice(sentence.start, sentence.end)
        expect(slice.replace(/\s+/gu, ' ')).toBe(sentence.text.replace(/\s+/gu, ' '))
      }
    }
  })

  it.each(seeds.map((d) => [d.id, d] as const))('reports positions for every diagnostic of %s', (_id, doc) => {
    for (const d of doc.diagnostics) {
      expect(d.place?.start.line).toBeGreaterThan(0)
      expect(d.source).toBe('paracorpus:parse')
    }
  })
})
