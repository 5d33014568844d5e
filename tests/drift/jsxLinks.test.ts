import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument } from '../../src/index.js'
import type { DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// The "Next Steps" section of Astro's "Develop and build" page and four of its translations (tests/fixtures/sites;
// source and licence in its README): cards linking the next guides, `<LinkCard title="…" description="…"
// href="/en/editor-setup/" />` written over several lines, each translation linking its own locale's pages.
const SITE = resolve(import.meta.dirname, '../fixtures/sites/astro-next-steps')
const PAGE = 'develop-and-build.mdx'
const scratch = scratchDir('jsx-links')
afterAll(() => scratch.remove())

describe('links of JSX components written over several lines', () => {
  it('lends the cards\' links to the prose before them', () => {
    const path = join(SITE, 'en', PAGE)
    const segments = parseDocument(readFileSync(path, 'utf8'), { id: 'en', path }).segments
    const guides = segments.find((s) => s.text.startsWith('Explore the guides below'))
    expect((guides?.anchors ?? []).filter((a) => a.kind === 'url').map((a) => a.text)).toEqual(['/en/editor-setup/', '/en/guides/dev-toolbar/', '/en/guides/typescript/'])
    // The cards' titles and descriptions are no segment, as before.
    expect(segments.some((s) => s.text.includes('Customize your code editor'))).toBe(false)
  })

  it('reports a card whose link a translation changed, and none in the translations as they are', async () => {
    const dir = join(scratch.dir, 'astro')
    cpSync(SITE, dir, { recursive: true })
    const ja = readFileSync(join(SITE, 'ja', PAGE), 'utf8')
    const copy = ja.replace('href="/ja/guides/typescript/"', 'href="/ja/guides/typescripu/"')
    expect(copy).not.toBe(ja)
    writeFileSync(join(dir, 'ja', 'develop-and-build-copy.mdx'), copy)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const strong = (suffix: string): DriftReason[] =>
      (dataset.drift.find((r) => r.document.endsWith(suffix))?.slots ?? []).flatMap((s) => s.reasons).filter((r) => r.score >= 0.5 && r.code.startsWith('anchor'))
    expect(strong('develop-and-build-copy.mdx').map((r) => r.message).join('\n')).toContain('→ /ja/guides/typescripu/')
    for (const l of ['en', 'ja', 'ko', 'zh-cn', 'fr']) expect(strong(`${l}/${PAGE}`), l).toEqual([])
  })
})
