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

  it.each([
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
