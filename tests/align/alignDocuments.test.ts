import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../src/align/document/alignDocuments.js'
import { segmentDocument } from '../../src/parse/index.js'
import type { ParsedDocument, Segment, SegmentRole } from '../../src/types.js'

const corpus = join(import.meta.dirname, '../../corpus')
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()
const seed = (prefix: string): ParsedDocument => {
  const file = files.find((f) => f.startsWith(prefix)) ?? ''
  return segmentDocument(readFileSync(join(corpus, file), 'utf8'), { id: file })
}
const khmer = seed('000')
const malay = seed('001')
const kazakh = seed('002')

/** A hand-built document: one segment per entry, sentences split on `|`. */
function handDocument(id: string, entries: ReadonlyArray<readonly [SegmentRole, string, number?]>): ParsedDocument {
  let offset = 0
  const point = { line: 1, column: 1, offset: 0 }
  const segments: Segment[] = entries.map(([role, text, turn], k) => {
    const parts = text.split('|')
    const sentences = parts.map((p, n) => {
      const start = offset
      offset += p.length + 1
      return { id: `s${k + 1}.${n + 1}`, text: p.trim(), start, end: start + p.length }
    })
    offset += 1
    return { id: `s${k + 1}`, role, text: parts.join(' '), turn, paragraphs: 1, place: { start: point, end: point }, sentences }
  })
  return { id, sha256: '', text: ' '.repeat(offset), segments, diagnostics: [] }
}

describe('alignDocuments on the interview seeds', () => {
  const result = alignDocuments(khmer, kazakh)
  const roleOf = (doc: ParsedDocument, id: string): SegmentRole | undefined => doc.segments.find((s) => s.id === id)?.role

  it('judges the two translations parallel', () => {
    expect(result.parallelism.parallel).toBe(true)
    expect(result.parallelism.score).toBeGreaterThan(0.8)
  })

  it('aligns turn by turn: every question with its question, every answer with its answer', () => {
    const qa = result.segments.filter((b) => b.source.some((id) => ['question', 'answer'].includes(roleOf(khmer, id) ?? '')))
    const questions = khmer.segments.filter((s) => s.role === 'question').length
    expect(qa.filter((b) => b.source.every((id) => roleOf(khmer, id) === 'question')).length).toBe(questions)
    for (const bead of qa) {
      expect(bead.source).toHaveLength(1)
      const sourceRoles = bead.source.map((id) => roleOf(khmer, id))
      const targetRoles = bead.target.map((id) => roleOf(kazakh, id))
      expect(new Set(targetRoles)).toEqual(new Set(sourceRoles))
      const turnS = khmer.segments.find((s) => s.id === bead.source[0])?.turn
      const turnT = kazakh.segments.find((s) => s.id === bead.target[0])?.turn
      expect(turnT).toBe(turnS)
    }
  })

  it('aligns the answer split over two paragraphs as one bead (1-1 after merging, or 1-2/2-1)', () => {
    const split = khmer.segments.find((s) => s.role === 'answer' && s.paragraphs > 1)
    expect(split).toBeDefined()
    const bead = result.segments.find((b) => b.source.includes(split?.id ?? ''))
    expect(bead).toBeDefined()
    expect(bead?.source.length).toBeLessThanOrEqual(2)
    expect(bead?.target.length).toBeLessThanOrEqual(2)
  })

  it('gives sensible sentence beads inside turns: mostly 1-1, confident, covering every sentence', () => {
    const all = result.segments.flatMap((b) => b.sentences)
    const oneToOne = all.filter((b) => b.source.length === 1 && b.target.length === 1)
    expect(oneToOne.length / all.length).toBeGreaterThan(0.8)
    expect(all.filter((b) => b.confidence >= 0.5).length / all.length).toBeGreaterThan(0.8)
    const sentences = khmer.segments.filter((s) => s.role !== 'boilerplate').flatMap((s) => s.sentences.map((x) => x.id))
    expect(all.flatMap((b) => b.source)).toEqual(sentences)
  })

  it.each([
    ['Khmer', 'Malay', khmer, malay],
    ['Malay', 'Khmer', malay, khmer],
    ['Kazakh', 'Malay', kazakh, malay],
    ['Malay', 'Kazakh', malay, kazakh],
  ])('reports %s and %s as not parallel, with reasons and no forced beads', (_a, _b, a, b) => {
    const r = alignDocuments(a, b)
    expect(r.parallelism.parallel).toBe(false)
    expect(r.parallelism.score).toBeLessThan(r.parallelism.threshold)
    expect(r.parallelism.reasons.length).toBeGreaterThan(0)
    expect(r.segments).toEqual([])
  })
})

describe('alignDocuments on hand-built documents', () => {
  const a = handDocument('a', [
    ['title', 'A day in Almaty'],
    ['question', 'Where were you born?', 1],
    ['answer', 'I was born in Almaty in 1975.|Then we moved to Astana.|It was cold there.', 1],
    ['question', 'What do you do now?', 2],
    ['answer', 'I teach physics at a school.|My students are fourteen.', 2],
    ['boilerplate', 'Subscribe to our newsletter!'],
  ])
  const b = handDocument('b', [
    ['title', 'Алматыдағы бір күн'],
    ['question', 'Сіз қайда тудыңыз?', 1],
    ['answer', 'Мен 1975 жылы Алматыда тудым. Содан кейін Астанаға көштік.|Ол жақ суық болды.', 1],
    ['question', 'Қазір немен айналысасыз?', 2],
    ['answer', 'Мектепте физикадан сабақ беремін.|Оқушыларым он төрт жаста.', 2],
  ])

  it('skips boilerplate and aligns segments then sentences by ids', () => {
    const r = alignDocuments(a, b, { force: true })
    expect(r.segments.map((s) => `${s.source.join('+')}:${s.target.join('+')}`)).toEqual([
      's1:s1',
      's2:s2',
      's3:s3',
      's4:s4',
      's5:s5',
    ])
    const answer = r.segments[2]
    expect(answer?.sentences.map((s) => `${s.source.join('+')}:${s.target.join('+')}`)).toEqual(['s3.1+s3.2:s3.1', 's3.3:s3.2'])
  })

  it('reports an empty side as not parallel', () => {
    const empty = handDocument('e', [])
    const r = alignDocuments(a, empty)
    expect(r.parallelism.parallel).toBe(false)
    expect(r.parallelism.reasons[0]?.code).toBe('empty-document')
  })
})
