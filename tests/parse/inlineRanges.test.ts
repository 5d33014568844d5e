import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

/** The sentences of a dev document that hold `words`, each with what its inline ranges show (`kind: text`). */
function ranges(file: string, words: string): Array<{ text: string; inline: string[] }> {
  const doc = segmentDocument(readFileSync(resolve(DEV, file), 'utf8'), { path: file })
  return doc.segments
    .flatMap((s) => s.sentences)
    .filter((s) => s.text.includes(words))
    .map((s) => ({ text: s.text, inline: (s.inline ?? []).map((r) => `${r.kind}: ${s.text.slice(r.start, r.end)}`) }))
}

describe('the inline ranges of a sentence: link texts and code as the parse met them', () => {
  it('holds a link that opens the sentence (asdf, Korean: the `[` stands before the sentence’s text)', () => {
    const found = ranges('asdf-manage/docs/ko-kr/manage/plugins.md', '에서 더보기')
    expect(found.length).toBeGreaterThan(0)
    for (const s of found) expect(s).toEqual({ text: 'asdf 설정 문서에서 더보기.', inline: ['link: asdf 설정 문서'] })
  })

  it('holds a reference link, a link around code and a code span with backticks inside (Hexo troubleshooting, Korean)', () => {
    const [first] = ranges('hexo-troubleshooting/source/ko/docs/troubleshooting.md', 'single backtick')
    expect(first?.text).toBe('You can skip the parsing by wrapping it with the raw tag plugin, single backtick `{{ }}` or triple backtick.')
    expect(first?.inline).toEqual(['link: raw', 'code: raw', 'code: `{{ }}`'])
    const [nunjucks] = ranges('hexo-troubleshooting/source/ko/docs/troubleshooting.md', '를 사용합니다')
    expect(nunjucks?.inline).toEqual(['link: Nunjucks', 'link: Swig'])
  })

  it('holds a link whose text runs over a hard wrap, as the reader sees it (OpenTelemetry, English)', () => {
    const [found] = ranges('opentelemetry-concepts/content/en/docs/concepts/distributions.md', 'make sure that you are in line')
    expect(found?.inline).toEqual(['link: OpenTelemetry Marketing Guidelines for Contributing Organizations'])
  })

  it('holds inline HTML links and code (Wails, installation)', () => {
    const [found] = ranges('wails-getting-started/website/docs/gettingstarted/installation.mdx', 'You can check using the')
    expect(found?.inline).toEqual(['code: wails doctor'])
    const [webview] = ranges('wails-getting-started/website/docs/gettingstarted/installation.mdx', 'runtime is installed')
    expect(webview?.inline).toEqual(['link: WebView2'])
  })
})
