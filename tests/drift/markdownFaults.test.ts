import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDocSets } from '../../scripts/drift/docSets.js'
import { applyEdit, firstSentenceEnd, injectMarkdownFault, MARKDOWN_FAULTS, paragraphTexts, type FaultyCopy, type MarkdownFault } from '../../scripts/drift/markdownFaults.js'
import { linesOf, markdownBlocks } from '../../scripts/drift/markdownBlocks.js'

// The fault injector of eval:drift-docs on the real translated docs of tests/fixtures/real (three projects, four
// translations each): each fault must change the document the way its name says, and the same seed the same way.
const sets = loadDocSets([resolve(import.meta.dirname, '../fixtures/real')])
const translations = sets.flatMap((set) =>
  set.translations.map((t) => ({
    t,
    source: set.source.text,
    foreign: sets.filter((s) => s !== set).flatMap((s) => [s.source, ...s.translations]).filter((d) => d.language === t.language).flatMap((d) => paragraphTexts(d.text)),
  })),
)
const copies = translations.flatMap(({ t, source, foreign }) =>
  MARKDOWN_FAULTS.flatMap((fault) => {
    const copy = injectMarkdownFault(fault, { text: t.text, seed: t.path, source, foreign })
    return copy === undefined ? [] : [{ path: t.path, original: t.text, foreign, copy }]
  }),
)
const of = (fault: MarkdownFault): typeof copies => copies.filter((c) => c.copy.fault === fault)
const removed = (c: { original: string; copy: FaultyCopy }): string[] => linesOf(c.original).slice(c.copy.edit.start, c.copy.edit.end)
const headings = (lines: readonly string[]): string[] => lines.filter((l) => /^ {0,3}#{1,6}\s/u.test(l))
const nonBlank = (lines: readonly string[]): string[] => lines.filter((l) => l.trim() !== '')
const count = (text: string, line: string): number => linesOf(text).filter((l) => l === line).length

describe('Markdown faults on real translated docs', () => {
  it('reads the three projects with four translations each', () => {
    expect(sets.map((s) => s.project)).toEqual(['apatch-faq', 'kernelsu-faq', 'rustdesk-readme'])
    expect(translations).toHaveLength(12)
  })

  it('puts each fault into several translations, each copy changed and found again from its edit', () => {
    for (const fault of MARKDOWN_FAULTS) expect(of(fault).length, fault).toBeGreaterThanOrEqual(fault === 'code-removed' || fault === 'number-changed' ? 4 : 8)
    for (const c of copies) {
      expect(c.copy.text, `${c.path} ${c.copy.fault}`).not.toBe(c.original)
      expect(applyEdit(c.original, c.copy.edit)).toBe(c.copy.text)
      expect(c.copy.probes.length, `${c.path} ${c.copy.fault}`).toBeGreaterThan(0)
    }
  })

  it('gives the same copy for the same seed', () => {
    for (const { t, source, foreign } of translations) {
      for (const fault of MARKDOWN_FAULTS) expect(injectMarkdownFault(fault, { text: t.text, seed: t.path, source, foreign })).toEqual(injectMarkdownFault(fault, { text: t.text, seed: t.path, source, foreign }))
    }
  })

  it('section-removed: one heading and its content gone, nothing else', () => {
    for (const c of of('section-removed')) {
      const gone = removed(c)
      expect(nonBlank(c.copy.edit.lines)).toEqual([])
      expect(headings(gone), c.path).toHaveLength(1)
      expect(nonBlank(gone)[0]).toBe(headings(gone)[0])
      expect(nonBlank(gone).length).toBeGreaterThan(1)
      expect(count(c.copy.text, headings(gone)[0]!)).toBe(count(c.original, headings(gone)[0]!) - 1)
    }
  })

  it('paragraph-inserted: a paragraph of another document in the language added, nothing removed', () => {
    for (const c of of('paragraph-inserted')) {
      expect(c.copy.edit.end).toBe(c.copy.edit.start)
      const added = c.copy.edit.lines.join('\n').trim()
      expect(c.foreign).toContain(added)
      expect(c.original.includes(added)).toBe(false)
    }
  })

  it('truncated: a paragraph cut to its first sentence', () => {
    for (const c of of('truncated')) {
      const before = removed(c).join('\n')
      const after = c.copy.edit.lines.join('\n')
      expect(before.startsWith(after), c.path).toBe(true)
      expect(after.length).toBeLessThan(before.length)
      expect(after).toMatch(/[.!?;؟।。！？]["'”’»)\]」』）]*$/u)
      expect(firstSentenceEnd(after)).toBeUndefined()
    }
  })

  it('replaced: a paragraph replaced by another paragraph of the same document of similar length', () => {
    for (const c of of('replaced')) {
      const before = removed(c).join('\n')
      const after = c.copy.edit.lines.join('\n')
      expect(after).not.toBe(before)
      expect(c.original.split('\n\n').some((p) => p.includes(after))).toBe(true)
      expect(count(c.copy.text, c.copy.edit.lines[0]!)).toBe(count(c.original, c.copy.edit.lines[0]!) + 1)
      expect([...after].length / [...before].length).toBeGreaterThanOrEqual(2 / 3)
      expect([...after].length / [...before].length).toBeLessThanOrEqual(3 / 2)
    }
  })

  it('sections-swapped: two neighbouring sections in the other order, the same lines', () => {
    for (const c of of('sections-swapped')) {
      const h = headings(removed(c))
      expect(h, c.path).toHaveLength(2)
      expect(headings(c.copy.edit.lines)).toEqual([h[1], h[0]])
      expect(nonBlank(c.copy.edit.lines).sort()).toEqual(nonBlank(removed(c)).sort())
    }
  })

  const oneCharacter = (c: { original: string; copy: FaultyCopy }): { before: string; after: string; at: number } => {
    expect(c.copy.edit.end - c.copy.edit.start).toBe(1)
    expect(c.copy.edit.lines).toHaveLength(1)
    const before = removed(c)[0]!
    const after = c.copy.edit.lines[0]!
    expect(after.length).toBe(before.length)
    const at = [...before].findIndex((ch, i) => ch !== after[i])
    expect([...before].filter((ch, i) => ch !== after[i])).toHaveLength(1)
    return { before, after, at }
  }

  it('number-changed: one digit of a number outside code and links changed', () => {
    for (const c of of('number-changed')) {
      const { before, after, at } = oneCharacter(c)
      expect(before[at]).toMatch(/\p{Nd}/u)
      expect(after[at]).toMatch(/\p{Nd}/u)
      const url = [...before.matchAll(/https?:\/\/\S+|`[^`]*`/gu)].some((m) => at >= m.index && at < m.index + m[0].length)
      expect(url, `${c.path}: ${before}`).toBe(false)
    }
  })

  it('url-changed: one character of a link target changed', () => {
    for (const c of of('url-changed')) {
      const { before, at } = oneCharacter(c)
      const inside = [...before.matchAll(/https?:\/\/[^\s)<>\]]+/gu)].some((m) => at > m.index + 8 && at < m.index + m[0].length)
      expect(inside, `${c.path}: ${before}`).toBe(true)
      // The copy names the target as it was and as it is, to find the link's slot by it.
      expect(before).toContain(c.copy.link!.from)
      expect(c.copy.edit.lines[0]).toContain(c.copy.link!.to)
      expect(c.copy.link!.to).toHaveLength(c.copy.link!.from.length)
    }
  })

  it('code-removed: one fenced code block gone, nothing else', () => {
    for (const c of of('code-removed')) {
      const gone = nonBlank(removed(c))
      expect(nonBlank(c.copy.edit.lines)).toEqual([])
      // A fence may be indented inside a list item (RustDesk's Chinese README writes its Docker mirror steps as
      // `1. …` items, each with a code block indented six spaces).
      expect(gone[0]).toMatch(/^\s*(?:```|~~~)/u)
      expect(gone.at(-1)).toMatch(/^\s*(?:```|~~~)\s*$/u)
      expect(gone.filter((l) => /^\s*(?:```|~~~)/u.test(l))).toHaveLength(2)
    }
  })

  it('code-removed: a probe of the block itself, so that its slot is the segment the parser lends the code to', () => {
    // The nearest segment before a block may be too short to be a probe (`or` between two commands); a line of the
    // block the document holds nowhere else finds the code segment, and the harness its host (see faultSlots).
    let withLine = 0
    for (const c of of('code-removed')) {
      const own = c.copy.probes.filter((p) => removed(c).some((l) => l.trim() === p))
      expect(own.length, c.path).toBeLessThanOrEqual(1)
      for (const p of own) expect(c.original.indexOf(p), c.path).toBe(c.original.lastIndexOf(p))
      withLine += own.length
    }
    expect(withLine).toBeGreaterThanOrEqual(3)
  })

  it('reads a code block indented inside a list item as code, not as the item\'s text', () => {
    const zh = sets.flatMap((s) => s.translations).find((t) => t.path === 'rustdesk-readme/docs/README-ZH.md')!
    const lines = linesOf(zh.text)
    const fence = lines.findIndex((l) => l.startsWith('      ```'))
    const blocks = markdownBlocks(lines)
    expect(blocks.find((b) => b.start === fence)).toMatchObject({ kind: 'code', end: fence + 6 })
    // The item before it ends where the fence begins.
    expect(blocks.find((b) => b.start < fence && b.end > fence)).toBeUndefined()
  })
})

describe('code-removed on a Docusaurus site', () => {
  // Wails' getting-started pages (data/docs-dev): a ```` ```mdx-code-block ```` fence holds the page's MDX (an image,
  // a tab set), which the site renders and the parser reads as MDX; removing it removes no code.
  const wails = loadDocSets([resolve(import.meta.dirname, '../../data/docs-dev')]).filter((s) => s.project.startsWith('wails-getting-started#'))
  const pages = wails.flatMap((set) => set.translations.map((t) => ({ t, source: set.source.text })))
  const copy = (t: (typeof pages)[number]): FaultyCopy | undefined => injectMarkdownFault('code-removed', { text: t.t.text, seed: t.t.path, source: t.source, foreign: [] })

  it('removes a block shown as code, never a fence of rendered MDX', () => {
    const made = pages.map((p) => ({ p, c: copy(p) })).filter((x): x is { p: (typeof pages)[number]; c: FaultyCopy } => x.c !== undefined)
    expect(made.length).toBeGreaterThanOrEqual(6)
    for (const { p, c } of made) expect(linesOf(p.t.text)[c.edit.start], p.t.path).not.toMatch(/mdx-code-block/u)
  })

  it('gives no copy of a page whose only fence is rendered MDX (the building page: a screenshot)', () => {
    const building = pages.filter((p) => p.t.path.endsWith('/building.mdx'))
    expect(building).toHaveLength(3)
    for (const p of building) expect(copy(p), p.t.path).toBeUndefined()
  })
})

describe('firstSentenceEnd', () => {
  it('ends a sentence at a mark before a capital or an unspaced script, not at abbreviations, links or list numbers', () => {
    expect(firstSentenceEnd('It works on most devices. Some need a custom kernel.')).toBe(25)
    const zh = '首先，您的设备应该能够解锁 bootloader。如果不能解锁，则这台设备不受支持。'
    expect(firstSentenceEnd(zh)).toBe(zh.indexOf('。') + 1)
    expect(firstSentenceEnd('Use a tool, e.g. Magisk and others, to do it well.')).toBeUndefined()
    expect(firstSentenceEnd('See [the guide. It helps](https://example.org/a.html) for more details here.')).toBeUndefined()
  })

  it('puts a paragraph back in English: the English paragraph of the same place, drawn from its own seed stream', () => {
    const untranslated = translations.flatMap(({ t, source }) => {
      const copy = injectMarkdownFault('untranslated', { text: t.text, seed: t.path, source, foreign: [] })
      return copy === undefined ? [] : [{ t, source, copy }]
    })
    expect(untranslated.length).toBeGreaterThanOrEqual(6)
    for (const { t, source, copy } of untranslated) {
      const put = copy.edit.lines.join('\n')
      const was = linesOf(t.text).slice(copy.edit.start, copy.edit.end).join('\n')
      // One paragraph for one paragraph: the English one is the source's, the one it replaced is not.
      expect(source, t.path).toContain(put)
      expect(t.text, t.path).not.toContain(put)
      expect(markdownBlocks(copy.edit.lines), t.path).toHaveLength(1)
      expect(markdownBlocks(linesOf(was)), t.path).toHaveLength(1)
      expect(applyEdit(t.text, copy.edit)).toBe(copy.text)
      expect(copy.probes, t.path).toHaveLength(2)
    }
    // The kinds of the fault rounds are drawn as before: the new kind is no round's.
    expect(MARKDOWN_FAULTS).not.toContain('untranslated')
  })
})
