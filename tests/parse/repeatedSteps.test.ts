import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// A step a page writes in several procedures (asdf's uninstall instructions, one list per shell and install method:
// data/docs-dev/README.md, asdf-vm/asdf, MIT; Tauri's notification page: tests/fixtures/sites/README.md) is a step of
// each, not a line pasted twice: a list item, a quote line or a container line repeating an earlier line is kept, as a
// table row or a heading is. A paragraph of its own is still kept once.
const parse = (path: string) => segmentDocument(readFileSync(path, 'utf8'), { id: path, path })
const ASDF = 'data/docs-dev/asdf-manage/docs'

describe('a repeated step of a procedure', () => {
  it.each([
    ['manage/core.md', 'Run this command to remove all asdf config files:'],
    ['ja-jp/manage/core.md', 'asdfのすべての構成ファイルを削除するために次のコマンドを実行します:'],
    ['zh-hans/manage/core.md', '执行以下命令移除 asdf 所有配置文件：'],
  ])('keeps the step in each of the 14 uninstall procedures (%s)', (path, step) => {
    const doc = parse(`${ASDF}/${path}`)
    expect(doc.segments.filter((s) => s.text === step)).toHaveLength(14)
    expect(doc.diagnostics.filter((d) => d.ruleId === 'duplicate-line')).toEqual([])
  })

  it('keeps a list item that repeats a heading (the last step "发送通知" under the heading "发送通知")', () => {
    const doc = parse('tests/fixtures/sites/tauri-notification/zh-cn/notification.mdx')
    expect(doc.segments.filter((s) => s.text === '发送通知').map((s) => s.role)).toEqual(['heading', 'body'])
  })

  it('still keeps a repeated paragraph of its own once, with a warning', () => {
    const doc = segmentDocument('# Title\n\nA paragraph pasted twice.\n\n- a list item\n\nA paragraph pasted twice.\n', { path: 'page.md' })
    expect(doc.segments.filter((s) => s.text === 'A paragraph pasted twice.')).toHaveLength(1)
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('duplicate-line')
  })
})
