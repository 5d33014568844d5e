import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCopy } from '../../scripts/build-copy.js'
import { toJson, type alignCorpus } from '../../src/index.js'
import type { ProgressEvent } from '../../src/index.js'
import type { PendingLexicon } from '../../src/pipeline/pendingLexicons.js'
import { RESCORE_BATCH, rescoreTasks } from '../../src/pipeline/rescoreOnPool.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'
import { pudDrawTexts } from '../pivot/pudTemplate.js'

const entry = (a: string, b: string): PendingLexicon => ({ languages: [a, b], training: { languages: [a, b], pairs: [], confidences: [] } })

describe('rescoreTasks', () => {
  const language = (id: string): string | undefined => (id.startsWith('x') ? undefined : id.split('-')[0])
  it('puts the pairs of one language pair together, leaves out pairs without a lexicon, splits large groups', () => {
    const pairs: Array<[string, string]> = [['ar-1', 'en-2'], ['en-1', 'th-2'], ['ar-3', 'en-4'], ['de-1', 'en-1'], ['en-5', 'en-6'], ['en-7', 'x-1']]
    for (let k = 0; k < RESCORE_BATCH + 6; k++) pairs.push([`en-${100 + k}`, `th-${100 + k}`])
    const tasks = rescoreTasks(pairs, [entry('ar', 'en'), entry('en', 'th')], language)
    // en–th: 1 + 70 pairs in two tasks of 36 and 35; ar–en: pairs 0 and 2; de–en (no lexicon), en–en and the
    // unknown language are scored nowhere.
    expect(tasks.map((t) => t.pairs.length)).toEqual([36, 35, 2])
    expect(tasks[2]).toEqual({ lexicon: 0, pairs: [0, 2] })
    expect(tasks.slice(0, 2).every((t) => t.lexicon === 1)).toBe(true)
    expect(new Set(tasks.flatMap((t) => t.pairs)).size).toBe(73)
    expect(tasks.flatMap((t) => t.pairs)).not.toContain(3)
  })
})

// PUD news articles in English, Arabic and Thai with the drift evaluation's faults (../shared/data/pud: real
// professional translations): some damaged translations are left alone by their pair verdicts and judged again.
const LANGUAGES = ['en', 'ar', 'th']
const NEWS = buildArticles(loadPud(new URL('../../../shared/data/pud', import.meta.url).pathname, LANGUAGES)).filter((a) => a.origin === 'news').map((a) => a.id)

describe('second judging round on the worker pool (built package)', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  let built: { alignCorpus: typeof alignCorpus }
  let dir: string
  beforeAll(async () => {
    mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true })
    dir = mkdtempSync(join(root, 'node_modules', '.cache', 'paracorpus-build-'))
    built = (await import(await buildCopy(dir))) as typeof built
    mkdirSync(join(dir, 'corpus'))
    for (const d of pudDrawTexts(LANGUAGES, NEWS, 0)) writeFileSync(join(dir, 'corpus', `${d.id.replace('/', '.')}.txt`), d.text)
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('scores the pairs in worker threads and decides the families one thread decides, byte for byte', async () => {
    const events: ProgressEvent[] = []
    const two = await built.alignCorpus([join(dir, 'corpus')], { workers: 2, level: 'turn', onProgress: (e) => events.push(e) })
    const rejudge = events.filter((e) => e.stage === 'rejudge')
    expect(rejudge.length).toBeGreaterThan(1)
    expect(rejudge.every((e) => e.thread !== undefined && e.thread !== 0)).toBe(true)
    expect(rejudge.at(-1)!.done).toBe(rejudge.at(-1)!.total)
    // Some document joined a family although no verdict called it parallel to a member: the round's scores were read.
    const parallel = new Set(two.verdicts.filter((v) => v.parallel).flatMap((v) => [`${v.a}\u0000${v.b}`, `${v.b}\u0000${v.a}`]))
    const joined = two.families.filter((f) => !f.alone).flatMap((f) => f.documents.filter((d) => f.documents.every((o) => o === d || !parallel.has(`${d}\u0000${o}`))))
    expect(joined.length).toBeGreaterThan(0)
    expect(toJson(two)).toBe(toJson(await built.alignCorpus([join(dir, 'corpus')], { workers: 1, level: 'turn' })))
  }, 600_000)
})
