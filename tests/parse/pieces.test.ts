import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { markdownChunks } from '../../src/parse/markdownChunks.js'
import { parseInPieces } from '../../src/parse/parseInPieces.js'
import { seedParagraphs, seedTexts } from '../bad-input/helpers.js'
import { parseFullMarkdown } from '../../src/parse/markdownProcessors.js'

// The processor markdownTree parses with.
const parse = parseFullMarkdown

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : /\.(?:md|txt)$/u.test(name) ? [path] : []
    })
}

const fixtures = files(fileURLToPath(new URL('../fixtures/', import.meta.url)))
const prose = seedParagraphs().filter((p) => !p.includes('\n') && p.length > 80)

/** Lines of about 60 characters cut from the seed paragraphs at spaces: a hard-wrapped paragraph. */
function wrapped(lines: number, decorate: (line: string, k: number) => string = (line) => line): string {
  const words = prose.join(' ').split(/\s+/u).filter((w) => /^\p{L}/u.test(w))
  const out: string[] = []
  let line = ''
  for (let i = 0; out.length < lines; i++) {
    line += `${line === '' ? '' : ' '}${words[i % words.length]!}`
    if (line.length > 60) {
      out.push(decorate(line, out.length))
      line = ''
    }
  }
  return out.join('\n')
}

const shapes: Array<[string, string]> = [
  ['links defined after and before their use, in other pieces', `[first][a] and [b] and [c][].\n\n${prose.slice(0, 6).join('\n\n')}\n\n[a]: https://example.org/a\n\n${prose.slice(6, 9).join('\n\n')}\n\n[B]: <https://example.org/b> "B"\n[c]:\n  /c\n\n${prose.slice(9, 12).join('\n\n')}\n\nAgain [A], [b] and [unknown].\n`],
  ['footnotes called before and after their definitions', `A claim[^1] and another[^note].\n\n${prose.slice(0, 5).join('\n\n')}\n\n[^1]: The first note.\n\n    Its second paragraph.\n\n[^note]: The second.\n\n${prose.slice(5, 8).join('\n\n')}\n\nCalled again[^1], and an undefined one[^x].\n`],
  ['a fence holding blank lines and unindented lines', `Intro.\n\n\`\`\`js\nconst a = 1\n\nconst b = 2\n\n> not a quote\n\`\`\`\n\n${prose.slice(0, 4).join('\n\n')}\n\n~~~~\n\n# not a heading\n\n~~~\n~~~~\n\nAfter.\n`],
  ['HTML blocks holding blank lines', `<!--\n\nhidden\n\n# hidden heading\n-->\n\n${prose.slice(0, 3).join('\n\n')}\n\n<pre>\n\nkept\n\n</pre>\n\n<div>\n\n*inside*\n\n</div>\n\n${prose.slice(3, 5).join('\n\n')}\n`],
  ['loose lists whose items are apart', `- one\n\n- two\n\n  still two\n\n- three\n\n${prose.slice(0, 3).join('\n\n')}\n\n1. first\n\n2. second\n\n10) tenth\n\nEnd.\n`],
  ['front matter, then links and footnotes defined only at the end', `---\ntitle: A\n---\n[a] and a note[^n].\n\n${prose.slice(0, 5).join('\n\n')}\n\n[a]: /a\n\n[^n]: Note.\n`],
  ['indented code first, then a footnote defined at the end', `    code first\n\nA note[^n].\n\n${prose.slice(0, 5).join('\n\n')}\n\n[^n]: Note.\n`],
  ['front matter holding blank lines', `---\ntitle: A\n\nsummary: B\n---\n\n${prose.slice(0, 4).join('\n\n')}\n`],
  ['`:::` containers holding blank lines', `:::note\n\n${prose[0]!}\n\n::::warning\n\n${prose[1]!}\n\n::::\n\n${prose[2]!}\n\n:::\n\n${prose[3]!}\n`],
  ['indented code holding blank lines', `Intro.\n\n    code one\n\n    code two\n\n${prose.slice(0, 3).join('\n\n')}\n`],
  ['separate block quotes', Array.from({ length: 60 }, (_, k) => `> ${prose[k % prose.length]!.slice(0, 50)}`).join('\n\n')],
  ['setext headings and tables', `${prose[0]!}\n===\n\n| a | b |\n|---|---|\n| ${prose[1]!.slice(0, 30)} | x |\n\n${prose[2]!}\n---\n\n${prose[3]!}\n`],
  ['a hard-wrapped paragraph of plain lines', wrapped(200)],
  ['a hard-wrapped paragraph with emphasis, code and links inside lines', wrapped(200, (line, k) => (k % 7 === 0 ? `${line.replace(' ', ' *')}*` : k % 5 === 0 ? `${line} \`code\` [link](https://example.org/${k})` : line))],
  ['a hard-wrapped paragraph with hard breaks', wrapped(120, (line, k) => (k % 3 === 0 ? `${line}  ` : k % 4 === 0 ? `${line}\\` : line))],
]

describe('parsing Markdown in pieces', () => {
  it.each(shapes)('gives the tree of the whole document: %s', (_what, text) => {
    const whole = parse(text)
    for (const size of [1, 16, 64, 256]) {
      expect(markdownChunks(text, size).length).toBeGreaterThan(0)
      expect(parseInPieces(text, parse, size)).toEqual(whole)
    }
  })

  it('gives the tree of the whole document on every test fixture and seed article', () => {
    const texts = [...fixtures.map((path) => readFileSync(path, 'utf8')), ...seedTexts()]
    let cut = 0
    for (const text of texts) {
      const whole = parse(text)
      for (const size of [1, 64, 512]) {
        if (markdownChunks(text, size).length > 0) cut++
        expect(parseInPieces(text, parse, size)).toEqual(whole)
      }
    }
    expect(cut).toBeGreaterThan(texts.length)
  })

  it('cuts no fence, HTML block or container open across a blank line, and no list that could go on', () => {
    const text = '```\na\n\nb\n```\n\n<!--\n\nc\n-->\n\n- d\n\n- e\n\n:::x\n\nf\n\n:::\n\ng\n'
    const cuts = markdownChunks(text, 1).map((c) => text.slice(c.offset).split('\n')[0])
    expect(cuts).toEqual(['<!--', ':::x', 'g'])
  })

  it('cuts a paragraph between lines only where no emphasis or code span is left open, until pieces grow too long', () => {
    const text = `${wrapped(3)}\n*open\n${wrapped(3)}\nclose* done\n${wrapped(3)}`
    const starts = markdownChunks(text, 20)
    for (const start of starts) expect(start.join).toBe('paragraph')
    const opened = text.indexOf('*open')
    const closed = text.indexOf('close*')
    expect(starts.some((s) => s.offset > opened && s.offset <= closed)).toBe(false)
    expect(parseInPieces(text, parse, 20)).toEqual(parse(text))
  })

  it('leaves whole a document opening with a front matter fence that never closes (the parser reads bullets differently in all of it)', () => {
    const text = `---\n\n${prose.slice(0, 5).join('\n\n')}\n\n* item\n`
    expect(markdownChunks(text, 16)).toEqual([])
    expect(markdownChunks(text.replace('---\n', 'Title\n'), 16).length).toBeGreaterThan(0)
  })

  it('leaves text with carriage returns whole', () => {
    expect(markdownChunks(`${prose.slice(0, 5).join('\r\n\r\n')}\r\n`, 16)).toEqual([])
  })
})
