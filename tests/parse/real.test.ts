import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument } from '../../src/index.js'
import { cutAtSoftBreak, findLeaks } from '../../scripts/markdown/checks.js'

const ROOT = 'tests/fixtures/real'
const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Record<string, { language: string; questions: number }>

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.md') ? [path] : []
  })
}

const projects = readdirSync(ROOT).filter((n) => statSync(join(ROOT, n)).isDirectory()).sort()
const all = projects.flatMap((p) => files(join(ROOT, p)))
const cases = all.map((path) => [relative(ROOT, path), path] as const)

describe('real translated Markdown documents', () => {
  it('cover at least three projects and six languages, Chinese or Japanese, Arabic and a Cyrillic language among them', () => {
    const languages = new Set(Object.values(expected).map((e) => e.language))
    expect(projects.length).toBeGreaterThanOrEqual(3)
    expect(languages.size).toBeGreaterThanOrEqual(6)
    expect(languages.has('zh') || languages.has('ja')).toBe(true)
    expect(languages.has('ar')).toBe(true)
    expect(['ru', 'uk', 'bg', 'kk', 'sr'].some((l) => languages.has(l))).toBe(true)
    expect(Object.keys(expected).sort()).toEqual(cases.map(([key]) => key).sort())
  })

  describe.each(cases)('%s', (key, path) => {
    const source = readFileSync(path, 'utf8')
    const doc = parseDocument(source, { id: path, path })
    const want = expected[key]!

    it('is detected in its language, with the path as a hint and from its prose alone', () => {
      expect(doc.language?.bcp47.split('-')[0]).toBe(want.language)
      expect(parseDocument(source, { id: path, path, pathHints: false }).language?.bcp47.split('-')[0]).toBe(want.language)
      expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('language-hint-mismatch')
    })

    it('has one question turn per question heading, each with its answer', () => {
      const questions = doc.segments.filter((s) => s.role === 'question')
      expect(questions).toHaveLength(want.questions)
      for (const q of questions) expect(doc.segments.some((s) => s.role === 'answer' && s.turn === q.turn)).toBe(true)
    })

    it('has no code line, fence, HTML tag, front matter key or {#slug} in any segment text', () => {
      const leaks = findLeaks(source, doc.segments.filter((s) => s.role !== 'code').map((s) => s.text))
      expect(leaks).toEqual({ codeLines: [], fences: [], htmlTags: [], frontMatterKeys: [], slugs: [] })
    })

    it('cuts no sentence at a soft line break', () => {
      expect(cutAtSoftBreak(doc.text, doc.segments)).toEqual([])
    })

    it('never splits, detects or sentence-splits a code block', () => {
      for (const s of doc.segments.filter((x) => x.role === 'code')) {
        expect(s.sentences).toEqual([])
        expect(s.language).toBeUndefined()
      }
    })
  })

  describe.each(projects)('aligned units of %s', (project) => {
    it('carry no code, fence, HTML tag, front matter key or {#slug}', async () => {
      const paths = files(join(ROOT, project))
      const dataset = await alignCorpus(paths, { level: 'sentence', workers: 1 })
      expect(dataset.units.length).toBeGreaterThan(0)
      for (const path of paths) {
        const texts = dataset.units.map((u) => u.texts[path]).filter((t): t is string => typeof t === 'string')
        expect(findLeaks(readFileSync(path, 'utf8'), texts)).toEqual({ codeLines: [], fences: [], htmlTags: [], frontMatterKeys: [], slugs: [] })
      }
    }, 120_000)
  })
})
