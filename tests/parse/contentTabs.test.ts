import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// Content tabs as MkDocs Material writes them (pymdownx.tabbed: `=== "C"` over an indented body), an excerpt of its
// own reference page (tests/fixtures/sites/mkdocs-material, MIT). CommonMark reads the body as indented code, the
// fences inside it included; like an admonition's, the body is the Markdown it holds, and the label is its title.
const PATH = 'tests/fixtures/sites/mkdocs-material/content-tabs.md'
const segments = segmentDocument(readFileSync(PATH, 'utf8'), { id: PATH, path: PATH }).segments

describe('content tabs', () => {
  it('read each label as a heading over its body', () => {
    expect(segments.filter((s) => s.role === 'heading').map((s) => s.text)).toEqual(['C', 'C++', 'Grouping other content', 'Unordered list', 'Ordered list'])
  })

  it('read a tab of code as that code, without its fence', () => {
    const code = segments.filter((s) => s.role === 'code').map((s) => s.text)
    expect(code).toContain('#include <stdio.h>\n\nint main(void) {\n  printf("Hello world!\\n");\n  return 0;\n}')
    expect(code.filter((c) => c.includes('```') && !c.startsWith('=== '))).toEqual([])
    // The syntax shown in a fenced block stays that block's code.
    expect(code.filter((c) => c.startsWith('=== "C"'))).toHaveLength(1)
  })

  it('read a tab of list items as those items', () => {
    expect(segments.filter((s) => s.text === 'Donec vitae suscipit est').map((s) => s.role)).toEqual(['body', 'body'])
  })
})
