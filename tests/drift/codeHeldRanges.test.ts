import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { anchorDrift, cellAnchorDrift } from '../../src/drift/anchorDrift.js'
import { cellProse } from '../../src/drift/anchorCode.js'
import { anchorsOfSegments } from '../../src/pivot/pivotAnchors.js'
import type { PivotAnchor, Segment } from '../../src/types.js'

const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

/** The segment of a dev document whose text holds `words` (parsed without detection). */
function segmentWith(file: string, words: string): Segment {
  const doc = parseDocument(readFileSync(resolve(DEV, file), 'utf8'), { path: resolve(DEV, file), detect: false })
  const found = doc.segments.find((s) => s.text.includes(words))
  if (found === undefined) throw new Error(`no segment holds ${words}`)
  return found
}

const code = (key: string): PivotAnchor => ({ kind: 'code', key, variants: [key] })

describe('expected code written as plain text beside a code span whose string it holds', () => {
  // Rich README, Traditional Chinese: `spinner` is code once; `cli-spinners` (a link's text) and `spinner 樣式` are not.
  const segment = segmentWith('rich-readme/README.zh-tw.md', 'cli-spinners')

  it('keeps the plain text where only the code the parse met is taken out', () => {
    const prose = cellProse([segment])
    expect(prose).toContain('cli-spinners')
    expect(prose.match(/spinner/gu)).toHaveLength(3)
  })

  it('finds expected code the translation writes as plain text, not changed because `spinner` is code elsewhere', () => {
    const found = anchorsOfSegments([segment])
    const drift = anchorDrift([code('cli-spinners')], segment.text, { found, prose: cellProse([segment]) })
    expect([drift.lost, drift.changed]).toEqual([0, 0])
    // Taking the code's string out wherever it stands (the cell's segments unknown) leaves `cli- s`: read as changed
    // into the command of the code block after it.
    expect(anchorDrift([code('cli-spinners')], segment.text, { found }).changedAnchors).toEqual(['cli-spinners → python -m rich.spinner'])
  })
  it('reads a cell the same way through cellAnchorDrift, and counts only the anchors it is told to', () => {
    expect(cellAnchorDrift([code('cli-spinners')], [segment])).toMatchObject({ lost: 0, changed: 0 })
    // The command is the code block after the paragraph, lent to it by the parse: without lent code it is lost.
    expect(cellAnchorDrift([code('python -m rich.spinner')], [segment])).toMatchObject({ lost: 0, changed: 0 })
    expect(cellAnchorDrift([code('python -m rich.spinner')], [segment], undefined, (a) => a.block !== true).lostAnchors).toEqual(['python -m rich.spinner'])
  })
})
