import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCorpus, loadCorpusParallel } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'

// A Chinese page copied untranslated under other languages' folders, as Crowdin-synced VitePress sites hold them
// (koishijs/docs: `fr-FR/guide/basic/middleware.md` the same bytes as `zh-CN/…`). The folders come first in path order.
const zh = readFileSync('data/docs-dev/asdf-manage/docs/zh-hans/manage/plugins.md', 'utf8')
const scratch = scratchDir('twins')
for (const folder of ['fr-FR', 'ja-JP', 'zh-CN']) {
  mkdirSync(join(scratch.dir, folder))
  scratch.file(`${folder}/plugins.md`, zh)
}
afterAll(() => scratch.remove())

describe('byte-identical files', () => {
  it.each([
    ['loadCorpus', async () => loadCorpus([scratch.dir])],
    ['loadCorpusParallel', async () => loadCorpusParallel([scratch.dir], { workers: 1 })],
  ])('%s keeps the copy whose path names the language detected, not the first in path order', async (_, load) => {
    const corpus = await load()
    expect(corpus.documents.map((d) => d.id.slice(scratch.dir.length + 1))).toEqual(['zh-CN/plugins.md'])
    expect(corpus.documents[0]!.language?.iso6393).toBe('cmn')
    const warnings = corpus.diagnostics.filter((d) => d.ruleId === 'duplicate-document')
    expect(warnings.map((d) => d.file!.slice(scratch.dir.length + 1)).sort()).toEqual(['fr-FR/plugins.md', 'ja-JP/plugins.md'])
    expect(warnings.every((d) => d.reason.endsWith(`kept ${join(scratch.dir, 'zh-CN/plugins.md')} only`))).toBe(true)
  })
})
