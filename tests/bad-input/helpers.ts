import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ParsedDocument } from '../../src/index.js'

const corpusDir = new URL('../../corpus/', import.meta.url)

/** Texts of every article of the bundled seed corpus, in file-name order. */
export function seedTexts(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, corpusDir), 'utf8'))
}

/** Non-empty paragraphs of the seed corpus. */
export function seedParagraphs(): string[] {
  return seedTexts()
    .flatMap((t) => t.split(/\n\s*\n/u))
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/** The seed paragraphs mostly written in one script (`Khmer`, `Cyrillic`, `Latin`, …). */
export function paragraphsInScript(script: string): string[] {
  const letter = /\p{L}/gu
  const inScript = new RegExp(`\\p{Script=${script}}`, 'gu')
  return seedParagraphs().filter((p) => (p.match(inScript)?.length ?? 0) > 0.8 * (p.match(letter)?.length ?? 0))
}

/** A scratch directory, world-readable so that a child process under another user can read it. */
export function scratchDir(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `paracorpus-${prefix}-`))
  chmodSync(dir, 0o755)
  return {
    dir,
    file(name, content) {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Every sentence offset lies inside the text and slices back to (a superset of) the sentence's first letter. */
export function offsetsInside(doc: ParsedDocument): boolean {
  for (const segment of doc.segments) {
    for (const s of segment.sentences) {
      if (!(s.start >= 0 && s.start < s.end && s.end <= doc.text.length)) return false
    }
  }
  return true
}
