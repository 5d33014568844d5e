/**
 * `any-ascii`'s transliteration (the same output for every string) without compiling its table as code. The
 * package keeps its table in one 546 KB module of string literals, which a process must parse (about a tenth of a
 * cold `paracorpus bitext`) before the first call, and parse again on the first character outside ASCII. Here the
 * module's text is read as data, and a block of 256 code points is cut out of it when a character of that block is
 * first met. Should the module's layout ever differ from the one read here, the package itself is loaded instead.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** What the table module says before its first block, in the layout read here. */
const HEADER = 'export default function block(blockNum) {\nswitch (blockNum) {\n'

/** What the table module says after its last block: any other block is empty. */
const FOOTER = '\n}\nreturn""\n}\n'

/** The blocks met so far, by block number (`code point >>> 8`): each code point's ASCII, by its low byte. */
const blocks: Array<readonly string[] | undefined> = []

/** The table module's text, read on the first character outside ASCII; `null` when it is not in the layout read here. */
let table: string | null | undefined

/** The blocks the table holds, listed when a block it lacks is first asked for. */
let present: Set<number> | undefined

/** The package's own function, loaded only when its table cannot be read as data. */
let packaged: ((text: string) => string) | undefined

function readTable(): string | null {
  try {
    const text = readFileSync(join(dirname(require.resolve('any-ascii')), 'block.js'), 'utf8')
    return text.startsWith(HEADER) && text.endsWith(FOOTER) ? text : null
  } catch {
    return null
  }
}

/**
 * The string literal of a block in the table's text (`case N:return"…"` on a line of its own; only `\"` and `\\`
 * are escaped), split at its tabs; `undefined` when the line is not in that layout.
 */
function cutBlock(text: string, block: number): readonly string[] | undefined {
  const head = `\ncase ${block}:return"`
  const at = present === undefined || present.has(block) ? text.indexOf(head) : -1
  if (at < 0) {
    // A block the table lacks (unassigned, private use): the later ones are told by the list of those it holds.
    present ??= new Set(Array.from(text.matchAll(/^case (\d+):return"/gmu), (m) => Number(m[1])))
    return ['']
  }
  const from = at + head.length
  const end = text.indexOf('\n', from)
  if (end < 0 || text[end - 1] !== '"') return undefined
  const literal = text.slice(from, end - 1)
  if (/\\[^"\\]/u.test(literal.replace(/\\\\/gu, ''))) return undefined
  return literal.replace(/\\(["\\])/gu, '$1').split('\t')
}

function blockOf(block: number): readonly string[] | undefined {
  const known = blocks[block]
  if (known !== undefined) return known
  table ??= readTable()
  const cut = table === null ? undefined : cutBlock(table, block)
  if (cut !== undefined) blocks[block] = cut
  return cut
}

/**
 * Transliterate a string into ASCII exactly as `any-ascii` does: ASCII is kept, every other code point is
 * replaced by its table entry (possibly empty).
 * @param text Any string.
 * @returns Its ASCII transliteration.
 */
export function anyAscii(text: string): string {
  let result = ''
  for (const c of text) {
    const codePoint = c.codePointAt(0)!
    if (codePoint <= 0x7f) {
      result += c
      continue
    }
    if (packaged !== undefined) return packaged(text)
    const b = blockOf(codePoint >>> 8)
    if (b === undefined) {
      packaged = (require('any-ascii') as { default: (text: string) => string }).default
      return packaged(text)
    }
    const lo = codePoint & 0xff
    if (b.length > lo) result += b[lo]
  }
  return result
}
