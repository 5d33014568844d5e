import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentAnchors } from '../../src/align/anchors/segmentAnchors.js'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// OpenTelemetry's JavaScript exporters page and its translations (data/docs-dev/opentelemetry-docs, open-telemetry/
// opentelemetry.io, CC BY 4.0) write one paragraph in two sections with another link in each: "Install the [exporter
// package](…/exporter-prometheus) as a dependency for your application:" and the same words linking
// `…/exporter-zipkin`. Those are no verbatim repeat: the second leads elsewhere, and a translation that changed its
// link changed that paragraph. A paragraph pasted twice with the same links is still kept once.
const parse = (path: string) => segmentDocument(readFileSync(path, 'utf8'), { id: path, path })
const PAGE = 'data/docs-dev/opentelemetry-docs/content/LANG/docs/languages/js/exporters.md'

describe('a paragraph whose words repeat with other links', () => {
  it.each(['en', 'ja', 'pt'])('is kept with its own link in each section (%s)', (lang) => {
    const doc = parse(PAGE.replace('LANG', lang))
    const packages = doc.segments.flatMap((s) => segmentAnchors(s).flatMap((a) => (a.kind === 'url' && /exporter-(?:prometheus|zipkin)$/u.test(a.normalized) ? [a.normalized.split('/').pop()] : [])))
    expect(packages).toEqual(['exporter-prometheus', 'exporter-zipkin'])
  })

  it('still keeps a paragraph repeated with the same link once, with a warning', () => {
    const text = '# Title\n\nInstall the [package](https://example.com/a) first.\n\n- an item\n\nInstall the [package](https://example.com/a) first.\n'
    const doc = segmentDocument(text, { path: 'page.md' })
    expect(doc.segments.filter((s) => s.text === 'Install the package first.')).toHaveLength(1)
    expect(doc.diagnostics.filter((d) => d.ruleId === 'duplicate-line')).toHaveLength(1)
  })

  it('keeps both when the link differs', () => {
    const text = '# Title\n\nInstall the [package](https://example.com/a) first.\n\n- an item\n\nInstall the [package](https://example.com/b) first.\n'
    const doc = segmentDocument(text, { path: 'page.md' })
    expect(doc.segments.filter((s) => s.text === 'Install the package first.')).toHaveLength(2)
    expect(doc.diagnostics.filter((d) => d.ruleId === 'duplicate-line')).toEqual([])
  })
})
