import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset, DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// Tauri's Next.js page (data/docs-dev/tauri-frontend; source and licence in its README): the Spanish and French
// translations keep the older Next.js config block (`module.exports = async (phase, …)`), the English and Chinese
// the newer one, so no version of the block is written by enough members to be expected — yet every member writes
// one there.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev/tauri-frontend')
const scratch = scratchDir('code-versions')
afterAll(() => scratch.remove())

const page = (lang: string): string => `src/content/docs/${lang === 'en' ? '' : `${lang}/`}start/frontend/nextjs.mdx`

describe('versions of one code block', () => {
  it('reports a code block lost where the members write it in versions of their own, and none as they are', async () => {
    const dir = join(scratch.dir, 'tauri')
    for (const lang of ['en', 'es', 'fr', 'zh-cn']) {
      mkdirSync(dirname(join(dir, page(lang))), { recursive: true })
      copyFileSync(join(DEV, page(lang)), join(dir, page(lang)))
    }
    // The Spanish page without its Next.js config block (the older version, which only the French shares).
    const es = readFileSync(join(DEV, page('es')), 'utf8')
    const block = /```ts\n\/\/ next\.conf\.ts\n[\s\S]*?```\n/u
    expect(es).toMatch(block)
    writeFileSync(join(dir, 'src/content/docs/es/start/frontend/copy.mdx'), es.replace(block, ''))
    const dataset: Dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const lost = (suffix: string): DriftReason[] =>
      (dataset.drift.find((r) => r.document.endsWith(suffix))?.slots ?? []).flatMap((s) => s.reasons).filter((r) => r.score >= 0.5 && r.code === 'anchor-lost')
    expect(lost('es/start/frontend/copy.mdx').map((r) => r.message).join('\n')).toMatch(/process\.env\.NODE_ENV/u)
    // The members as they are each write one version: none lost it.
    for (const lang of ['en', 'es', 'fr', 'zh-cn']) expect(lost(page(lang)).map((r) => r.message).join('\n'), lang).not.toMatch(/process\.env\.NODE_ENV/u)
  })
})
