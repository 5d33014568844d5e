// `:::` container fences as VitePress, Docusaurus and markdown-it-container write them (`::: tip Title`,
// `:::warning`, `:::`), which are not all valid generic directives.
const FENCE_LINE = /^[ \t]{0,3}:{3,}(?:[ \t]*[\w-]*.*)?$/u
const CODE_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/u

/**
 * Blank out the lines that open or close `:::` containers (type and title included: a container's title is most
 * often its type's label), keeping every offset in place: the result has the same length as the input. Lines in
 * code fences are left alone.
 * @param text The document text.
 */
export function blankContainerFences(text: string): string {
  if (!text.includes(':::')) return text
  const lines = text.split('\n')
  let fence: string | undefined
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    const code = CODE_FENCE.exec(line)
    if (code !== null) {
      const marker = code[1]!
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (fence === undefined && FENCE_LINE.test(line)) lines[k] = ' '.repeat(line.length)
  }
  return lines.join('\n')
}
