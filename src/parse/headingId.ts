import type { PlainText } from './plainText.js'
import { sliceRanges } from './inlineRanges.js'

// `{#id}` or `{#id .class key=value}` at the end of a heading (Pandoc, kramdown, VitePress, Docusaurus…), also with
// spaces or a colon inside the braces as Python-Markdown's attr_list writes it (`{ #id }`, `{: #id }`: MkDocs).
const HEADING_ID = /\s*\{:?[ \t]*#([^\s{}]+)(?:\s[^{}]*)?\}\s*$/u

/**
 * Split a trailing `{#id}` off a heading's text.
 * @param plain The heading's plain text.
 * @returns The text without the id (offsets cut to match) and the id, when there was one.
 */
export function splitHeadingId(plain: PlainText): { plain: PlainText; id: string | undefined } {
  const m = HEADING_ID.exec(plain.text)
  if (m === null) return { plain, id: undefined }
  const cut = m.index
  const offsets = plain.offsets.slice(0, cut)
  offsets.push((plain.offsets[cut - 1] ?? plain.offsets[0] ?? 0) + 1)
  return { plain: { ...plain, text: plain.text.slice(0, cut), offsets, anchors: plain.anchors.filter((a) => a.at < cut), inline: sliceRanges(plain.inline, 0, cut) }, id: m[1]! }
}
