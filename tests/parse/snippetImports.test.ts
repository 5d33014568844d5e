import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// VitePress's getting-started page and its Chinese translation (tests/fixtures/sites/README.md: vuejs/vitepress,
// MIT): the setup wizard's questions are shown by importing a file's code, `<<< @/snippets/init.ansi`.
const DIR = 'tests/fixtures/sites/vitepress-getting-started'
const parse = (language: string) => segmentDocument(readFileSync(`${DIR}/${language}/getting-started.md`, 'utf8'), { id: language, path: `${DIR}/${language}/getting-started.md` })

describe('code imported by a line of its own', () => {
  it.each(['en', 'zh'])('reads `<<< @/snippets/init.ansi` as code lent to the paragraph before it, not as a heading (%s)', (language) => {
    const segments = parse(language).segments
    const at = segments.findIndex((s) => s.text === '<<< @/snippets/init.ansi')
    expect(segments[at]?.role).toBe('code')
    expect(segments[at - 1]?.anchors?.map((a) => a.text)).toContain('<<< @/snippets/init.ansi')
    expect(segments.filter((s) => s.role === 'heading').map((s) => s.text).filter((t) => t.startsWith('<<<'))).toEqual([])
  })

  it.each(['en', 'zh-CN'])('reads VuePress\'s `@[code](@snippets/…)` as code lent to the paragraph before it, named by its file (nushell, %s)', (language) => {
    const path = `tests/fixtures/sites/nushell-installation/${language}/installation.md`
    const segments = segmentDocument(readFileSync(path, 'utf8'), { id: language, path }).segments
    const line = '@[code](@snippets/installation/run_nu.sh)'
    const at = segments.findIndex((s) => s.text === line)
    expect(segments[at]?.role).toBe('code')
    expect(segments[at - 1]?.anchors?.map((a) => a.text)).toContain(line)
  })

  it.each(['en', 'ja', 'ko', 'ru', 'zh'])('reads FastAPI\'s `{* ../../docs_src/… *}` include lines as code, none as a heading (%s)', (language) => {
    const path = `data/docs-dev/fastapi-query-params/docs/${language}/docs/tutorial/query-params.md`
    const segments = segmentDocument(readFileSync(path, 'utf8'), { id: language, path }).segments
    const includes = segments.filter((s) => s.text.startsWith('{* ../../docs_src/'))
    expect(includes.length).toBe(6)
    expect(includes.map((s) => s.role)).toEqual(includes.map(() => 'code'))
  })

  it.each([
    ['@[code{3-5} js](../snippets/demo.js)', true],
    ['@[code] is what we call it', false],
    ['--8<-- "includes/abbreviations.md"', true],
    ['--8<--\nincludes/header.md\nincludes/footer.md\n--8<--', true],
    ['--8<-- cut here and fold', false],
    ['{* ../../docs_src/cookie_params/tutorial001_an_py310.py hl[3] *}', true],
    ['<<< ./snippets/demo.vue{2-4 vue} [Demo]', true],
    ['<<< @/components/ModalDemo.vue', true],
    ['<<< the arrows of a sentence, not a path', false],
    ['<<< @/snippets/snippet.js\n<<< @/snippets/snippet-with-region.js#snippet{1,2 ts:line-numbers} [snippet with region]', true],
    ['<<< @/snippets/snippet.js\nand a sentence after it', false],
  ])('reads the paragraph %j as code: %s', (line, code) => {
    const segments = segmentDocument(`# Title\n\nSee this:\n\n${line}\n\nMore text.`, { path: 'page.md' }).segments
    const found = segments.find((s) => s.text.startsWith(line.split('\n')[0]!))
    expect(found?.role === 'code').toBe(code)
  })
})
