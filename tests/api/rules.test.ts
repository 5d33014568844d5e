import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fg from 'fast-glob'
import { describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument, RULE_IDS, ruleUrl, type Diagnostic } from '../../src/index.js'
import { useTempDirs } from '../tempDirs.js'

const root = new URL('../../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')
const tempDir = useTempDirs('paracorpus-rules-')

/** The anchors GitHub gives the headings of a Markdown page. */
function headingAnchors(markdown: string): string[] {
  return [...markdown.matchAll(/^#{1,6} (.+)$/gmu)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /gu, '-'))
}

/** Rule ids written in the sources: literals where a diagnostic's rule is named, and `input-<code>` of every input error a read can give. */
function ruleIdsInSources(): Set<string> {
  const ids = new Set<string>()
  for (const file of fg.sync('src/**/*.ts', { cwd: root.pathname })) {
    const text = read(file)
    for (const line of text.split('\n')) {
      if (!/ruleId|warn\(|Warning\(|ruleUrl\(/u.test(line)) continue
      for (const m of line.matchAll(/'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/gu)) ids.add(m[1]!)
    }
    if (/^src\/(load|pipeline)\//u.test(file)) for (const m of text.matchAll(/new InputError\('([A-Z_0-9]+)'/gu)) ids.add(`input-${m[1]!.toLowerCase()}`)
  }
  return ids
}

describe('rule ids', () => {
  it('documents every rule id in docs/rules.md, one heading each, and no other', () => {
    const anchors = headingAnchors(read('docs/rules.md'))
    for (const id of RULE_IDS) expect(anchors, id).toContain(id)
    const ruleHeadings = [...read('docs/rules.md').matchAll(/^### `([^`]+)`$/gmu)].map((m) => m[1])
    expect([...ruleHeadings].sort()).toEqual([...RULE_IDS].sort())
  })

  it('lists in RULE_IDS every rule id the sources emit', () => {
    const emitted = [...ruleIdsInSources()].filter((id) => !(RULE_IDS as readonly string[]).includes(id))
    expect(emitted).toEqual([])
    expect(ruleIdsInSources().size).toBeGreaterThan(20)
  })

  it('points each url at the rule on the page the package metadata names', () => {
    const pkg = JSON.parse(read('package.json')) as { homepage: string; bugs: { url: string }; repository: { url: string } }
    const repo = pkg.repository.url.replace(/^git\+/u, '').replace(/\.git$/u, '')
    expect(pkg.homepage).toBe(`${repo}#readme`)
    expect(pkg.bugs.url).toBe(`${repo}/issues`)
    expect(ruleUrl('lost-marker')).toBe(`${repo}/blob/main/docs/rules.md#lost-marker`)
  })

  it('sets the url of every diagnostic of a parse and of a run with a missing input', async () => {
    const seed = read('corpus/000_e0cc6a829b0b0a13.txt')
    const dir = tempDir()
    const crlf = join(dir, 'crlf.txt')
    writeFileSync(crlf, 'A title\r\n\r\nQ: Where?\r\nA: Here.\r\n')
    const dataset = await alignCorpus([crlf, join(dir, 'missing.txt'), 'corpus/'], { level: 'turn' })
    const diagnostics: Diagnostic[] = [...parseDocument(seed, { id: 'seed' }).diagnostics, ...dataset.diagnostics, ...dataset.documents.flatMap((d) => d.diagnostics)]
    const rules = new Set(diagnostics.map((d) => d.ruleId))
    for (const rule of ['duplicate-title', 'lost-marker', 'input-enoent', 'line-endings', 'not-a-translation']) expect([...rules]).toContain(rule)
    for (const d of diagnostics) {
      expect(RULE_IDS as readonly string[]).toContain(d.ruleId)
      expect(d.url).toBe(ruleUrl(d.ruleId))
    }
  })
})
