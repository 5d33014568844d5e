/**
 * Check that parsing Markdown in pieces gives the tree of the whole document: every `.md`/`.txt` file under the
 * folders given (default: tests/fixtures and corpus) is parsed whole and in pieces of each size given with
 * `--sizes` (default: the size markdownTree uses), and the two mdast trees (positions included) are compared.
 * Prints one line per file that differs and a count.
 *
 * `npx tsx scripts/markdown/check-pieces.ts [--sizes 64,8192] [folder…]`
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { markdownChunks } from '../../src/parse/markdownChunks.js'
import { PIECE_SIZE, parseInPieces } from '../../src/parse/parseInPieces.js'
import { parseFullMarkdown } from '../../src/parse/markdownProcessors.js'

const args = process.argv.slice(2)
const sizesAt = args.indexOf('--sizes')
const sizes = sizesAt < 0 ? [PIECE_SIZE] : args[sizesAt + 1]!.split(',').map(Number)
const folders = args.filter((_, k) => k !== sizesAt && k !== sizesAt + 1)

function files(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    const stat = lstatSync(path)
    if (stat.isSymbolicLink()) continue
    if (stat.isDirectory()) files(path, out)
    else if (/\.(?:md|markdown|txt)$/iu.test(name) && stat.size < 1_000_000) out.push(path)
  }
}

const paths: string[] = []
for (const folder of folders.length > 0 ? folders : ['tests/fixtures', 'corpus']) files(folder, paths)
let cut = 0
let differ = 0
for (const path of paths) {
  const text = readFileSync(path, 'utf8')
  let whole: string | undefined
  for (const size of sizes) {
    const starts = markdownChunks(text, size)
    if (starts.length === 0) continue
    cut++
    whole ??= JSON.stringify(parseFullMarkdown(text))
    if (JSON.stringify(parseInPieces(text, (piece) => parseFullMarkdown(piece), size)) !== whole) {
      differ++
      console.log(`differs: ${path} (pieces of ${size}, ${starts.length + 1} pieces, ${starts.filter((s) => s.join === 'paragraph').length} inside paragraphs)`)
    }
  }
}
console.log(`${paths.length} files, ${cut} parsed in pieces (sizes ${sizes.join(', ')}), ${differ} differ from the whole`)
