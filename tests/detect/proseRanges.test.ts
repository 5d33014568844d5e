import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { proseText } from '../../src/detect/documentLanguage.js'
import type { ParsedDocument, Segment } from '../../src/types.js'

const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

/** A dev document, parsed (and detected as the pipeline does, its path's language a hint, when `detect`). */
function parsed(file: string, detect = false): ParsedDocument {
  return parseDocument(readFileSync(resolve(DEV, file), 'utf8'), { path: resolve(DEV, file), detect })
}

/** The segment of a document whose text holds `words`. */
function segmentWith(doc: ParsedDocument, words: string): Segment {
  const found = doc.segments.find((s) => s.text.includes(words))
  if (found === undefined) throw new Error(`no segment holds ${words}`)
  return found
}

describe('proseText: a segment without the code the parse met, not without the code\'s string wherever it stands', () => {
  it('keeps a word the code\'s string is part of, and the same word written as prose (Rich README, Traditional Chinese)', () => {
    // `spinner` is code once; `cli-spinners` (a link's text) and `spinner 樣式` are prose.
    const prose = proseText(segmentWith(parsed('rich-readme/README.zh-tw.md'), 'cli-spinners'))
    expect(prose).toContain('該 spinner 動畫乃借用自 cli-spinners。')
    expect(prose).toContain('指定 spinner 樣式')
    expect(prose).not.toContain('`')
    expect(prose.match(/spinner/gu)).toHaveLength(3)
  })

  it('leaves no piece of one code span after another that begins it is taken out (Vite, Japanese)', () => {
    // `vanilla` before `vanilla-ts`, `react` inside `preact`: the old removal left `-ts` and `p` as Latin prose.
    const segment = segmentWith(parsed('vite-getting-started/docs-ja/guide/index.md'), 'の詳細は create-vite を参照')
    expect(proseText(segment)).not.toMatch(/-ts|\bp\b|compiler/u)
    expect(proseText(segment)).toContain('サポートされている各テンプレートの詳細は create-vite を参照してください:')
  })

  it('reads a Japanese sentence listing template names as code as Japanese', () => {
    const segment = segmentWith(parsed('vite-getting-started/docs-ja/guide/index.md', true), 'の詳細は create-vite を参照')
    expect(segment.language?.iso6393).toBe('jpn')
  })
})
