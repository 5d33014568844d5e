import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'
import { removeSection } from '../markdownSections.js'

// Two entries of the CNCF glossary in Spanish (data/docs-fresh2, Apache 2.0 / CC BY 4.0), each without its section
// "Problema que aborda", as a damaged copy of each is in the folder of a fault round: two pages of one template in
// one language, which the aligner scores as parallel on their shape (0.85) although they share almost no sentence.
// With no document of another language beside them, nothing but their text tells versions of one page from such
// twins.
const GLOSSARY = resolve(import.meta.dirname, '../../data/docs-fresh2/cncf-glossary/content/es')
const entry = (name: string): string => readFileSync(join(GLOSSARY, `${name}.md`), 'utf8')
const scratch = scratchDir('template-twins')
afterAll(() => scratch.remove())

async function families(name: string, files: Record<string, string>) {
  const dir = join(scratch.dir, name)
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text)
  const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
  const base = (id: string): string => id.slice(id.lastIndexOf('/') + 1)
  return { dataset, families: dataset.families.map((f) => f.documents.map(base)) }
}

describe('two documents of one language with nothing else to be parallel to', () => {
  it('stay apart when they are pages of one template that share no text, however well the aligner scores them', async () => {
    const { dataset, families: found } = await families('twins', {
      'container.md': removeSection(entry('container'), 0),
      'virtual-machine.md': removeSection(entry('virtual-machine'), 0),
    })
    const [verdict] = dataset.verdicts
    expect(verdict!.score).toBeGreaterThanOrEqual(0.8)
    expect(verdict!.sharedText).toBeLessThan(0.1)
    expect(found).toEqual([['container.md'], ['virtual-machine.md']])
  })

  it('share a family when they are versions of one page, and are named so', async () => {
    const { dataset, families: found } = await families('versions', {
      'container.md': entry('container'),
      'container-copy.md': removeSection(entry('container'), 0),
    })
    expect(found).toEqual([['container-copy.md', 'container.md']])
    expect(dataset.diagnostics.filter((d) => d.ruleId === 'same-language-in-family')).toHaveLength(1)
  })
})
