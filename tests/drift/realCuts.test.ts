import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'
import { useTempDirs } from '../tempDirs.js'

// Real translated docs (data/docs-dev), one paragraph of one translation cut after its first sentence, as a
// translator who stops early leaves it. The folder is read as a user would (consensus pivot, no source named).
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const tempDir = useTempDirs('paracorpus-real-cuts-')

/**
 * The project's folder copied, with a second version of `file` beside it (`copy`) whose paragraph starting with
 * `start` is cut to the text before `cut` (as the evaluation of real docs puts its faulty copies).
 */
function withCut(project: string, file: string, copy: string, start: string, cut: string): string {
  const dir = tempDir()
  cpSync(join(DEV, project), join(dir, project), { recursive: true })
  const lines = readFileSync(join(dir, project, file), 'utf8').split('\n')
  const at = lines.findIndex((l) => l.startsWith(start))
  expect(at).toBeGreaterThanOrEqual(0)
  lines[at] = lines[at]!.slice(0, lines[at]!.indexOf(cut))
  cpSync(join(dir, project, file), join(dir, copy))
  writeFileSync(join(dir, copy), lines.join('\n'))
  return dir
}

/** The `partial` reasons (score ≥ 0.5) of the document whose path ends with `file`. */
function partials(dataset: Dataset, file: string): string[] {
  const report = dataset.drift.find((r) => (dataset.documents.find((d) => d.id === r.document)?.path ?? r.document).endsWith(file))
  expect(report).toBeDefined()
  return report!.slots.flatMap((s) => s.reasons).filter((r) => r.code === 'partial' && r.score >= 0.5).map((r) => r.message)
}

describe('cuts on real translated docs', () => {
  it('finds a paragraph cut where the pivot writes one sentence and another translation two', async () => {
    // The English note "To declare headers, you need to use `Header`, because otherwise …" is one sentence, as in
    // Chinese and Russian; Japanese and Korean write it as two. The Korean one cut after its first keeps under half
    // its text: the Japanese translation says where its first sentence ends.
    const dir = withCut('fastapi-header-params', 'docs/ko/docs/tutorial/header-params.md', 'copies/ko/header-params.md', '헤더를 선언하기 위해서', ' 그렇지 않으면')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(partials(dataset, 'copies/ko/header-params.md')).toEqual([expect.stringMatching(/“(To declare headers|헤더를|必须使用|Чтобы|ヘッダー)/u)])
    expect(partials(dataset, 'docs/ko/docs/tutorial/header-params.md')).toEqual([])
  })
})

describe('a cut where the pivot writes one sentence and its own language pair says nothing', () => {
  it('finds the cut from the first sentence of the translations that write the slot in two', async () => {
    // The English note "To declare cookies, you need to use `Cookie`, because otherwise the parameters would be
    // interpreted as query parameters." is one sentence, as in Chinese and Russian; Japanese and Korean write it as two.
    // Cut after its first, the Korean one keeps about half its text, what the Japanese first sentence holds; the
    // pivot's sentence says nothing of where a sentence ends.
    const dir = withCut('fastapi-cookie-params', 'docs/ko/docs/tutorial/cookie-params.md', 'copies/ko/cookie-params.md', '쿠키를 선언하기 위해서는', ' 그렇지 않으면')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(partials(dataset, 'copies/ko/cookie-params.md')).toEqual([expect.stringMatching(/“(To declare cookies|쿠키를|必须使用|Для объявления|クッキーを).*first sentence holds in the 2 other translations/u)])
    expect(partials(dataset, 'docs/ko/docs/tutorial/cookie-params.md')).toEqual([])
  })
})

describe('whole paragraphs on real translated docs', () => {
  it('does not call a paragraph cut that holds the code the others write after its last sentence', async () => {
    // The Korean Hexo troubleshooting page translates "You may have started two Hexo servers … Try to modify the
    // `port` setting or start the Hexo server with the `-p` flag." whole, but the segmenter ends no sentence before
    // the code span that opens the second one: one sentence where the others have two, and shorter text. It holds
    // `port` and `-p`, which the others write only in their second sentence. Cut after its first sentence, it does not.
    const file = 'source/ko/docs/troubleshooting.md'
    const dir = withCut('hexo-troubleshooting', file, 'copies/ko/troubleshooting.md', '동시에 두 개의 Hexo server', ' `port` 설정을')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(partials(dataset, file)).toEqual([])
    expect(partials(dataset, 'copies/ko/troubleshooting.md')).toEqual([expect.stringMatching(/“(You may have started|同時に|동시에|Вы могли|Pode ser|Puede que|Es posible|คุณอาจ)/u)])
  })
})

describe('a cut paragraph the alignment slides into the next slot', () => {
  it('reads the cut paragraph in its own slot, and the next paragraph, left over, in the next one', async () => {
    // OpenTelemetry's Spanish zero-code page: the paragraph "Habitualmente, la instrumentación sin código añade
    // instrumentación para las librerías…" (four sentences) cut after its first. Cut, it is about as long as the next
    // paragraph, which links the instrumentation libraries and exporters; the aligner paired the cut paragraph with the
    // next slot and left that paragraph in no slot (`missing` + `extra`). Its links say it is the next slot's.
    const project = 'opentelemetry-concepts'
    const file = 'content/es/docs/concepts/instrumentation/zero-code/index.md'
    const dir = tempDir()
    cpSync(join(DEV, project), join(dir, project), { recursive: true })
    const text = readFileSync(join(dir, project, file), 'utf8')
    const start = text.indexOf('Habitualmente, la instrumentación')
    const end = text.indexOf('\n\n', start)
    const cut = text.indexOf(' Esto significa', start)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(cut).toBeGreaterThan(start)
    expect(cut).toBeLessThan(end)
    writeFileSync(join(dir, 'copies-es-zero-code.md'), text.slice(0, cut) + text.slice(end))
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const original = dataset.documents.find((d) => (d.path ?? '').endsWith(file))!
    const copy = dataset.documents.find((d) => (d.path ?? '').endsWith('copies-es-zero-code.md'))!
    const segment = original.segments.find((s) => s.text.startsWith('Habitualmente'))!
    const slot = dataset.alignments.flatMap((a) => a.rows).find((row) => row.cells[original.id]?.segments.includes(segment.id) === true)?.slot
    expect(slot).toBeDefined()
    const strong = (doc: string): Array<{ slot: string; code: string }> =>
      dataset.drift.find((r) => r.document === doc)!.slots.flatMap((s) => s.reasons.filter((r) => r.score >= 0.5).map((r) => ({ slot: s.slot, code: r.code })))
    expect(strong(copy.id).filter((r) => r.slot === slot).map((r) => r.code)).toContain('partial')
    expect(strong(copy.id).map((r) => r.code)).not.toContain('extra')
    expect(strong(original.id).filter((r) => r.slot === slot)).toEqual([])
  }, 300_000)
})
