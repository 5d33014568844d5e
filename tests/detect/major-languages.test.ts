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
