import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// Real docs, each with a second version of one translation beside it (as the evaluation of real docs puts its faulty
// copies) where one paragraph was replaced by a paragraph of the same translation that stands inside a container
// (`::: tip`, `:::caution`). The parser keeps a repeat inside written structure (the same step in two procedures),
// so both copies of the pasted paragraph are segments and no repeat is dropped: nothing told the slot that holds
// the paste from its own text.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('kept-repeats')
afterAll(() => scratch.remove())

/**
 * The project with a second version of `file`, under `copies/`, whose line starting with `target` is replaced by the
 * line starting with `pasted`.
 */
function withPaste(project: string, file: string, target: string, pasted: string): { dir: string; copy: string; original: string } {
  const lines = readFileSync(join(DEV, project, file), 'utf8').split('\n')
  const at = lines.findIndex((l) => l.startsWith(target))
  const from = lines.find((l) => l.startsWith(pasted))
  expect(at).toBeGreaterThanOrEqual(0)
  expect(from).toBeDefined()
  lines[at] = from!
  const dir = join(scratch.dir, project)
  cpSync(join(DEV, project), join(dir, project), { recursive: true })
  mkdirSync(dirname(join(dir, 'copies', project, file)), { recursive: true })
  writeFileSync(join(dir, 'copies', project, file), lines.join('\n'))
  return { dir, copy: `copies/${project}/${file}`, original: `${project}/${file}` }
}

const docAt = (dataset: Dataset, dir: string, path: string) => dataset.documents.find((d) => d.path === join(dir, path))!

/** The slots of a document with a strong `replaced` reason. */
function replacedSlots(dataset: Dataset, dir: string, path: string): string[] {
  const report = dataset.drift.find((r) => r.document === docAt(dataset, dir, path).id)!
  return report.slots.filter((s) => s.reasons.some((r) => r.code === 'replaced' && r.score >= 0.5)).map((s) => s.slot)
}

/** The slot whose cell holds the segment starting with `text`. */
function slotOf(dataset: Dataset, dir: string, path: string, text: string): string | undefined {
  const doc = docAt(dataset, dir, path)
  const segment = doc.segments.find((s) => s.text.startsWith(text))!
  return dataset.alignments.flatMap((a) => a.rows).find((row) => row.cells[doc.id]?.segments.includes(segment.id) === true)?.slot
}

describe('a paragraph pasted from inside a container over another paragraph', () => {
  it('is replaced where it fits the slot of its other copy better, by that slot\'s numbers', async () => {
    // Vite's German getting-started page: the paragraph on naming the project on the command line replaced by the
    // compatibility note (Node.js 20.19+, 22.12+) of the `::: tip` before it.
    const { dir, copy, original } = withPaste('vite-getting-started', 'docs-de/docs/guide/index.md', 'Sie können auch direkt den Projektnamen', 'Vite erfordert [Node.js]')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(docAt(dataset, dir, copy).segments.filter((s) => s.text.startsWith('Vite erfordert Node.js'))).toHaveLength(2)
    const slot = slotOf(dataset, dir, original, 'Sie können auch direkt den Projektnamen')
    expect(slot).toBeDefined()
    expect(replacedSlots(dataset, dir, copy)).toEqual([slot])
    expect(replacedSlots(dataset, dir, original)).toEqual([])
  }, 300_000)

  it('is replaced where its other copy fills no slot and it lacks the slot\'s own links and numbers', async () => {
    // Tauri's French Trunk page: its first paragraph (WASM, https://trunkrs.dev, Trunk 0.17.5) replaced by the
    // `cargo install --git` line of the `:::caution` note after it, a note the English page does not have.
    const { dir, copy, original } = withPaste('tauri-frontend', 'src/content/docs/fr/start/frontend/trunk.mdx', 'Trunk est un bundler', 'Vous devrez utiliser')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const slot = slotOf(dataset, dir, original, 'Trunk est un bundler')
    expect(slot).toBeDefined()
    expect(replacedSlots(dataset, dir, copy)).toEqual([slot])
    expect(replacedSlots(dataset, dir, original)).toEqual([])
  }, 300_000)
})
