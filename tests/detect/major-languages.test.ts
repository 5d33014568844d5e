import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'

// Documents in languages the project has no training text for must still come out right: franc alone knows
// them, and neither the letter inventories nor the close-pair profiles may push them to a small neighbour.
describe('documents in major languages without profiles of ours', () => {
  it.each([
    ['tests/fixtures/pivot/bakery-en.md', 'eng', 'en'],
    ['tests/fixtures/parse/no-markers.txt', 'eng', 'en'],
    ['tests/fixtures/parse/headings.md', 'eng', 'en'],
    ['tests/fixtures/parse/interview-en.md', 'eng', 'en'],
    ['tests/fixtures/pivot/bakery-de.md', 'deu', 'de'],
  ])('detects %s as %s', (path, iso6393, bcp47) => {
    const doc = parseDocument(readFileSync(path, 'utf8'), { id: path })
    expect(doc.language).toMatchObject({ iso6393, bcp47, script: 'Latn' })
  })
})

// franc's 300 trigrams of Spanish hold neither `é í ú` nor `ñ`: with letter inventories read from them, every letter a
// Spanish page uses counted against Spanish and the pages below were Galician at confidence 0.94-1.00, overriding
// the `es` of their paths. The inventories of languages without training text now come from the whole declaration.
describe('Spanish doc pages, and their Romance neighbours, read as their own language', () => {
  it.each([
    ['data/docs-dev/hexo-troubleshooting/source/es/docs/troubleshooting.md', 'spa'],
    ['data/docs-dev/dayjs-readme/docs/es-es/README-es-es.md', 'spa'],
    ['data/docs-dev/biome-manual-installation/src/content/docs/es/guides/manual-installation.mdx', 'spa'],
    ['data/docs-dev/opentelemetry-observability-primer/content/es/docs/concepts/observability-primer.md', 'spa'],
    ['data/docs-dev/hexo-troubleshooting/source/pt-br/docs/troubleshooting.md', 'por'],
    ['data/docs-dev/opentelemetry-observability-primer/content/fr/docs/concepts/observability-primer.md', 'fra'],
  ])('detects %s as %s, with and without the language its path names', (path, iso6393) => {
    const text = readFileSync(path, 'utf8')
    expect(parseDocument(text, { id: path }).language?.iso6393).toBe(iso6393)
    expect(parseDocument(text, { id: path.endsWith('.mdx') ? 'page.mdx' : 'page.md' }).language?.iso6393).toBe(iso6393)
  })
})
