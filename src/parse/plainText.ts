import type { Nodes, PhrasingContent } from 'mdast'

/** Plain text of a Markdown block, with the source offset of every character. */
export interface PlainText {
  /** Text with inline markup removed (soft line breaks kept as `\n`). */
  text: string
  /** `offsets[i]` is the offset in the source of `text[i]`; one extra entry for the end. */
  offsets: number[]
}

function pushText(out: PlainText, value: string, start: number | undefined, end: number | undefined): void {
  if (value === '') return
  const s = start ?? out.offsets[out.offsets.length - 1] ?? 0
  const span = end !== undefined && start !== undefined ? end - start : value.length
  out.text += value
  for (let i = 0; i < value.length; i++) {
    // Escapes and entities make the source longer than the value: spread the value over the source span.
    out.offsets.push(span === value.length ? s + i : s + Math.floor((i * span) / value.length))
  }
}

function walk(node: Nodes | PhrasingContent, out: PlainText): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      pushText(out, node.value, start, end)
      return
    case 'break':
      pushText(out, '\n', start, end === undefined || start === undefined ? undefined : start + 1)
      return
    case 'image':
      pushText(out, node.alt ?? '', start, undefined)
      return
    case 'html':
      return
    default:
      if ('children' in node) for (const child of node.children) walk(child as PhrasingContent, out)
  }
}

/**
 * Extract the plain text of an mdast node, keeping a map from each character back to the source offset,
 * so that sentence offsets can point into the original document.
 */
export function plainText(node: Nodes): PlainText {
  const out: PlainText = { text: '', offsets: [] }
  walk(node, out)
  const last = out.offsets[out.offsets.length - 1]
  out.offsets.push(node.position?.end.offset ?? (last === undefined ? 0 : last + 1))
  return out
}
