import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { anchorDrift } from '../../src/drift/anchorDrift.js'
import { mergeAnchors } from '../../src/pivot/pivotAnchors.js'
import type { Anchor } from '../../src/align/anchors/Anchor.js'
import type { Dataset, DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// OpenTelemetry's ".NET zero-code getting started" page and its Spanish, French and Japanese translations
// (data/docs-dev; source and licence in its README): each writes the address to open as an autolink,
// `<http://localhost:8080/rolldice>`, whose text is its own address.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev/opentelemetry-docs')
const PAGE = 'docs/zero-code/dotnet/getting-started.md'
const LANGUAGES = ['en', 'es', 'fr', 'ja']
const ADDRESS = 'http://localhost:8080/rolldice'
const scratch = scratchDir('link-text-address')
afterAll(() => scratch.remove())

/** The page's family with a copy of the Japanese translation holding `replacement` for its autolink (or for `from`). */
async function withCopy(replacement: string, from = `<${ADDRESS}>`): Promise<Dataset> {
  const dir = join(scratch.dir, replacement.replace(/\W+/gu, '-'))
  for (const l of LANGUAGES) {
    mkdirSync(dirname(join(dir, 'content', l, PAGE)), { recursive: true })
    copyFileSync(join(DEV, 'content', l, PAGE), join(dir, 'content', l, PAGE))
  }
  const ja = readFileSync(join(DEV, 'content/ja', PAGE), 'utf8')
  const copy = ja.replace(from, replacement)
  expect(copy).not.toBe(ja)
  writeFileSync(join(dir, 'content/ja', PAGE.replace('getting-started', 'getting-started-copy')), copy)
  return alignCorpus([dir], { level: 'turn', workers: 1 })
}

function anchorReasons(dataset: Dataset, suffix: string): DriftReason[] {
  const report = dataset.drift.find((r) => r.document.endsWith(suffix))
  return (report?.slots ?? []).flatMap((s) => s.reasons).filter((r) => r.score >= 0.5 && r.code.startsWith('anchor'))
}

describe('a link whose text is its own address', () => {
  it.each([
    ['its target changed, its text kept', `[${ADDRESS}](http://localhost:8080/rolldicf)`, 'http://localhost:8080/rolldicf'],
    ['its text changed, its target kept', `[http://localhost:8080/rolldicf](${ADDRESS})`, 'http://localhost:8080/rolldicf'],
  ])('is a changed link when %s', async (_, replacement, changed) => {
    const dataset = await withCopy(replacement)
    const copy = anchorReasons(dataset, 'getting-started-copy.md')
    expect(copy.filter((r) => r.code === 'anchor-changed').map((r) => r.message).join('\n')).toContain(`→ ${changed}`)
    expect(anchorReasons(dataset, `ja/${PAGE}`)).toEqual([])
  })

  it('is the same link written as an inline link with its address for text', async () => {
    const dataset = await withCopy(`[${ADDRESS}](${ADDRESS})`)
    expect(anchorReasons(dataset, 'getting-started-copy.md')).toEqual([])
  })

  it('is the same link where the text glues the next words of a script without spaces after its slash', async () => {
    // As Astro's Japanese "Develop and build" writes `[http://localhost:4321/](http://localhost:4321/)でプロジェクトを…`:
    // in the text, letters after a `/` may be an IRI's path, so the address reads as running on into the sentence.
    const dataset = await withCopy(`[${ADDRESS}/](${ADDRESS}/)を`, `<${ADDRESS}> を`)
    expect(anchorReasons(dataset, 'getting-started-copy.md')).toEqual([])
  })
})

describe('a link written in two locales', () => {
  it('counts once where a page links one page in its own locale and in the original\'s', () => {
    // Translations that keep the original's link beside their own locale's copy (a note pointing at the English
    // page) write the page once in each form: no second copy of it, so a translation writing one form, beside a
    // link of its own, has changed nothing.
    const url = (text: string): Anchor => ({ kind: 'url', text, normalized: text })
    const expected = mergeAnchors([[url('/en/guides/x/')], [url('/ja/guides/x/'), url('/en/guides/x/')], [url('/ko/guides/x/'), url('/en/guides/x/')]], 2)
    expect(expected.map((a) => a.count)).toEqual([undefined])
    const drift = anchorDrift(expected, 'Voir le guide.', { found: [url('/fr/guides/x/'), url('example.org/notes')] })
    expect(drift.changedAnchors).toEqual([])
  })
})
