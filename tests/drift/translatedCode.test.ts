import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { sameCode } from '../../src/align/anchors/sameCode.js'

// Code blocks whose comments and element text the translations translate: OpenTelemetry's JavaScript browser
// getting-started page (data/docs-dev/opentelemetry-docs, known-faithful ja, pt and zh translations; source and
// licence in its README). Its `index.html` block holds an HTML comment over six lines and a `<body>` sentence.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev/opentelemetry-docs/content')

/** The code anchor of the page's block holding `traceparent` (lent to the paragraph before it). */
function htmlBlock(lang: string): string {
  const path = `${DEV}/${lang}/docs/languages/js/getting-started/browser.md`
  const segments = parseDocument(readFileSync(path, 'utf8'), { id: path, path }).segments
  const code = segments.flatMap((s) => s.anchors ?? []).filter((a) => a.kind === 'code' && a.block === true && a.text.includes('name="traceparent"'))
  expect(code, lang).toHaveLength(1)
  return code[0]!.text
}

describe('code with translated comments and element text', () => {
  const en = htmlBlock('en')

  it('keeps no line of a comment over several lines', () => {
    expect(en).not.toMatch(/w3\.org|sampling decision|<!--|-->/u)
    expect(htmlBlock('ja')).not.toMatch(/サンプリング/u)
  })

  it('reads the block of each known-faithful translation as the same code as the English', () => {
    for (const lang of ['ja', 'pt', 'zh']) expect(sameCode(en, htmlBlock(lang)), lang).toBe(true)
  })

  it('still reads markup changed around the text as other code', () => {
    expect(sameCode(en, en.replace('initial-scale=1', 'initial-scale=2'))).toBe(false)
    expect(sameCode(en, en.replace('<body>', '<main>').replace('</body>', '</main>'))).toBe(false)
    expect(sameCode('<p>Hello</p>', '<div>Hello</div>')).toBe(false)
  })
})
