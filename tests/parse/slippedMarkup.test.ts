import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'
import { mendSlippedMarkup } from '../../src/parse/slippedMarkup.js'
import type { ParsedDocument } from '../../src/types.js'

// RealtimeTTS's installation page in Arabic (data/docs-fresh2/README.md: KoljaB/RealtimeTTS, MIT), machine
// translated: a closing fence of a list item's code block written at the line's start (`- **macOS**:` then
// `    ```` … ` ```), and list numbers written in Arabic-Indic digits (`٤. **…**:` over indented paragraphs).
const AR = 'data/docs-fresh2/realtimetts/docs/ar/installation.md'

function parse(path: string): ParsedDocument {
  return segmentDocument(readFileSync(path, 'utf8'), { id: path, path })
}

const roleOf = (doc: ParsedDocument, piece: string): string | undefined => doc.segments.find((s) => s.text.includes(piece))?.role

describe('markup a translation broke so that prose reads as code', () => {
  it('ends a list item’s code block at a closing fence that lost its indentation, not sixty lines later', () => {
    const ar = parse(AR)
    // The sections after the `mpv` item: on main the slipped fence opened a code block that ran over them.
    const headings = ar.segments.filter((s) => s.role === 'heading').map((s) => s.text.trim())
    expect(headings).toEqual(expect.arrayContaining(['CoquiEngine', 'تثبيت CUDA']))
    expect(roleOf(ar, 'لينكس وويندوز')).toBe('body')
    expect(ar.segments.find((s) => s.role === 'code' && s.text.trim() === 'brew install mpv')).toBeDefined()
  })

  it('reads a list number in the digits of the page’s script as a list marker, its indented text as prose', () => {
    const ar = parse(AR)
    expect(roleOf(ar, 'لترقية تثبيت PyTorch الخاص بك')).toBe('body')
    expect(roleOf(ar, 'تثبيت PyTorch مع دعم CUDA')).toBe('body')
    // The number is the list's, not the text's.
    expect(ar.segments.some((s) => /^[0-9٤]\.\s/u.test(s.text))).toBe(false)
  })

  it.each([
    ['a code block closed at its own depth', '- item:\n\n    ```\n    code\n    ```\n\nText.\n'],
    ['a code block at the line’s start', '```\ncode\n```\n\nText.\n'],
    ['a closing fence one space off', '- item\n ```\n code\n```\n'],
    ['a number in other digits inside a paragraph', 'Text of a line\n٤. and more text\n'],
    ['a number in other digits inside a code block', '```\n٤. not a list\n```\n'],
  ])('leaves %s as it is', (_, text) => {
    expect(mendSlippedMarkup(text)).toBe(text)
  })

  it('keeps every offset in place', () => {
    const text = readFileSync(AR, 'utf8')
    const mended = mendSlippedMarkup(text)
    expect(mended).not.toBe(text)
    expect(mended.length).toBe(text.length)
    expect(mended.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length))
  })
})
