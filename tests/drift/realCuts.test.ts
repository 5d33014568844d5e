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
