import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { codeAnchorText } from '../../src/parse/codeAnchors.js'

// What of a code block a translation keeps as it is: comments out, code in.
describe('codeAnchorText', () => {
  it('drops a C comment at a line start, whatever its text (OpenTelemetry browser getting-started, data/docs-dev)', () => {
    const page = (lang: string): string => readFileSync(`data/docs-dev/opentelemetry-docs/content/${lang}/docs/languages/js/getting-started/browser.md`, 'utf8')
    const block = (text: string): string => text.slice(text.indexOf('```js\n/* document-load') + 6, text.indexOf('```', text.indexOf('```js\n/* document-load') + 6))
    const [en, ja] = [block(page('en')), block(page('ja'))]
    expect(en).toContain('/* document-load.ts|js file')
    expect(codeAnchorText(en)).not.toContain('document-load.ts|js')
    expect(codeAnchorText(ja)).toBe(codeAnchorText(en))
  })

  it('keeps commands with globs: a `/*` after a command word opens no comment a later `*/` closes', () => {
    // Disk-usage steps as a Linux FAQ writes them (`du -sh /*` on the root's folders), then the folders of the
    // current one (`ls -d */`).
    const block = ['sudo du -sh /* 2>/dev/null | sort -rh | head', 'ls -d */ | wc -l'].join('\n')
    expect(codeAnchorText(block)).toBe(block)
    expect(codeAnchorText('rm -rf build/*')).toBe('rm -rf build/*')
    // A comment after a statement is still one.
    expect(codeAnchorText('const x = 1; /* the first */\nconst y = 2;')).toBe('const x = 1;\nconst y = 2;')
  })
})
