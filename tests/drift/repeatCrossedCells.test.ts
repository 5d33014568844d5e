import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// Helm's SDK examples page (data/docs-fresh2) in Greek with the Upgrade paragraph replaced by the List paragraph of
// the same page: the parser keeps the first copy (in Upgrade's place) and drops the later one as a repeat. One
// paragraph short there, the aligner crosses the cells around the dropped repeat (the Uninstall paragraph on List's
// slot, the List code block's placeholder on Uninstall's: `order` on both); the crossed slots are where the repeat's
// own slot stands, so the Upgrade slot is found holding another's text.
const HELM = resolve(import.meta.dirname, '../../data/docs-fresh2/helm-www')
const scratch = scratchDir('repeat-crossed-cells')
afterAll(() => scratch.remove())

describe('a paragraph replaced by another of its page, where the aligner crosses the cells around the dropped repeat', () => {
  it('is replaced on the slot that holds the other paragraph', async () => {
    const dir = scratch.dir
    const page = 'docusaurus-plugin-content-docs/version-3/sdk/examples.mdx'
    mkdirSync(join(dir, 'en'), { recursive: true })
    cpSync(join(HELM, 'versioned_docs/version-3/sdk/examples.mdx'), join(dir, 'en/examples.mdx'))
    for (const l of ['el', 'ko', 'ru', 'uk', 'zh']) {
      mkdirSync(join(dir, l), { recursive: true })
      cpSync(join(HELM, 'i18n', l, page), join(dir, l, 'examples.mdx'))
    }
    const lines = readFileSync(join(HELM, 'i18n/el', page), 'utf8').split('\n')
    const upgrade = lines.findIndex((l) => l.startsWith('Αυτό το παράδειγμα αναβαθμίζει'))
    const list = lines.findIndex((l) => l.startsWith('Αυτό το παράδειγμα παραθέτει'))
    expect(upgrade).toBeGreaterThan(0)
    expect(list).toBeGreaterThan(upgrade)
    lines[upgrade] = lines[list]!
    mkdirSync(join(dir, 'copy'), { recursive: true })
    writeFileSync(join(dir, 'copy/examples.el.mdx'), lines.join('\n'))
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1, topReasons: 1000 })
    const report = dataset.drift.find((r) => r.document.endsWith('copy/examples.el.mdx'))
    expect(report).toBeDefined()
    const strong: DriftReason[] = report!.slots.flatMap((s) => s.reasons).filter((r) => r.score >= 0.5)
    const replaced = strong.filter((r) => r.code === 'replaced' || r.code === 'missing')
    expect(replaced.map((r) => r.message)).toEqual([expect.stringMatching(/^slot body-\d+ “This example upgrades/u)])
  }, 180_000)
})
