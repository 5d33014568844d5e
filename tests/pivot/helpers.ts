import { readFileSync } from 'node:fs'
import { parseDocument } from '../../src/index.js'
import type { ParsedDocument, Segment } from '../../src/index.js'

/** Read a file relative to the repository root. */
export function read(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
}

/** The seed interview translations, found by their structure (not by name): the documents with Q&A turns. */
export function seedInterviews(): ParsedDocument[] {
  const names = ['000_e0cc6a829b0b0a13.txt', '001_73505fbc49ac9a58.txt', '002_2b155514b4abd208.txt']
  return names.map((n) => parseDocument(read(`corpus/${n}`), { id: n })).filter((d) => d.segments.some((s) => s.role === 'question'))
}

/** Source range of a segment's whole paragraph(s), marker included: from the start of its first line. */
export function paragraphRange(doc: ParsedDocument, segment: Segment): [number, number] {
  const start = doc.text.lastIndexOf('\n', segment.place.start.offset - 1) + 1
  return [start, segment.place.end.offset]
}

/** The segment of a turn with the given role. */
export function turn(doc: ParsedDocument, role: 'question' | 'answer', n: number): Segment {
  const found = doc.segments.find((s) => s.role === role && s.turn === n)
  if (found === undefined) throw new Error(`no ${role} ${n} in ${doc.id}`)
  return found
}

/** Replace source ranges (non-overlapping) of a text. */
export function splice(text: string, edits: Array<[number, number, string]>): string {
  let out = text
  for (const [start, end, replacement] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + replacement + out.slice(end)
  return out
}
