/**
 * Structure checks of a parsed Markdown document against its source, shared by `scripts/eval-markdown.ts` and
 * the real-document tests: text that must never be in a segment or unit (code lines, fences, HTML tags, front
 * matter keys, `{#slug}` heading ids) and sentences cut at a soft line break.
 */

/** What a check reads of a segment. */
export interface CheckedSegment {
  role: string
  text: string
  sentences: Array<{ text: string; start: number; end: number }>
}

/** Markup found in texts that should carry prose only. */
export interface Leaks {
  /** Lines of fenced code blocks (at least 8 characters, with a non-letter) found in a text. */
  codeLines: string[]
  /** Code fences (```` ``` ````, `~~~`). */
  fences: string[]
  /** HTML tags and comments. */
  htmlTags: string[]
  /** Front matter keys written as `key:` at the start of a text. */
  frontMatterKeys: string[]
  /** `{#slug}` heading ids. */
  slugs: string[]
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/u
const HTML_TAG = /<!--|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu
const SLUG = /\{#[^\s{}]+[^{}]*\}/gu

/** Lines inside the fenced code blocks of a Markdown source. */
export function codeBlockLines(source: string): string[] {
  const out: string[] = []
  let fence: string | undefined
  for (const line of source.split('\n')) {
    const m = FENCE.exec(line)
    if (m !== null) {
      if (fence === undefined) fence = m[1]!
      else if (m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = undefined
      continue
    }
    const t = line.trim()
    // Long enough and with code punctuation: a line a translator would not write as prose.
    if (fence !== undefined && t.length >= 8 && /[^\p{L}\p{M}\s]/u.test(t)) out.push(t)
  }
  return out
}

/** Keys of the YAML front matter at the top of a source. */
export function frontMatterKeys(source: string): string[] {
  const m = /^---\n([\s\S]*?)\n---\n/u.exec(source)
  if (m === null) return []
  return m[1]!.split('\n').map((l) => /^["']?([A-Za-z_][\w-]*)["']?\s*:/u.exec(l)?.[1]).filter((k): k is string => k !== undefined)
}

/**
 * Markup in texts that should be prose.
 * @param source The Markdown source.
 * @param texts Segment or unit texts.
 */
export function findLeaks(source: string, texts: readonly string[]): Leaks {
  const code = codeBlockLines(source)
  const keys = frontMatterKeys(source)
  // Inline code is kept in the text on purpose (`<OPTIONAL-ARGS>` is a placeholder, not markup).
  const inline = [...source.matchAll(/(`+)([^`\n]+?)\1/gu)].map((m) => m[2]!.trim()).filter((t) => t !== '').sort((a, b) => b.length - a.length)
  const leaks: Leaks = { codeLines: [], fences: [], htmlTags: [], frontMatterKeys: [], slugs: [] }
  for (const raw of texts) {
    let text = raw
    for (const span of inline) if (text.includes(span)) text = text.split(span).join(' ')
    for (const line of code) if (text.includes(line)) leaks.codeLines.push(line)
    for (const m of text.matchAll(/```|~~~/gu)) leaks.fences.push(m[0])
    for (const m of text.matchAll(HTML_TAG)) leaks.htmlTags.push(m[0])
    for (const key of keys) if (new RegExp(`^${key}\\s*:`, 'u').test(text)) leaks.frontMatterKeys.push(key)
    for (const m of text.matchAll(SLUG)) leaks.slugs.push(m[0])
  }
  return leaks
}

/** Number of leaked strings of every kind. */
export function leakCount(leaks: Leaks): number {
  return leaks.codeLines.length + leaks.fences.length + leaks.htmlTags.length + leaks.frontMatterKeys.length + leaks.slugs.length
}

const TERMINAL = /[.!?…。！？｡។।؟۔:：;]["'”’»)\]*_`]*$/u
const BLOCK_START = /^\s*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||```|~~~|<|$|\[\^|!\[|:::)/u

/**
 * Sentences that end where the source has a soft line break inside a paragraph: the sentence has no final
 * punctuation, and the source goes on, after one line break, with a line of the same paragraph.
 * @param source The source text the offsets refer to.
 * @param segments The document's segments.
 * @returns The texts of such sentences.
 */
export function cutAtSoftBreak(source: string, segments: readonly CheckedSegment[]): string[] {
  const out: string[] = []
  for (const segment of segments) {
    if (segment.role === 'code' || segment.role === 'heading' || segment.role === 'title' || segment.role === 'question') continue
    for (const sentence of segment.sentences) {
      if (TERMINAL.test(sentence.text)) continue
      const after = source.slice(sentence.end, sentence.end + 200)
      const m = /^[ \t]*\n([^\n]*)/u.exec(after)
      // A hard break (two spaces or a backslash before the line end) is a line end the author asked for.
      const hard = /(?: {2,}|\\)$/u.test(source.slice(Math.max(0, sentence.end - 2), sentence.end + (after.indexOf('\n') < 0 ? 0 : after.indexOf('\n'))))
      if (m !== null && !hard && !BLOCK_START.test(m[1]!)) out.push(sentence.text)
    }
  }
  return out
}
