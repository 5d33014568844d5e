import type { Draft } from './drafts.js'

// A line that is only a comment, in the common comment syntaxes (`#`, `//`, `--`, `;`, `/* */`, `<!-- -->`, `%`,
// `REM`, `::`); translators translate comments, never the code around them.
const COMMENT_LINE = /^\s*(?:#(?!!)|\/\/|--\s|;|\/\*|\*|<!--|%|REM\b|::)/iu
// A comment after code, set off by whitespace (`cmd  # note`, `call() // note`).
const TRAILING_COMMENT = /\s(?:#|\/\/)\s.*$/u
// A comment that may span lines: HTML's `<!-- … -->`, and C's `/* … */` opening at a line's start or after a
// statement's end (`;`, a brace, `(`, `,`, `=`) and followed by white space, closed by a `*/` that no path or glob goes
// on from (`ls -d */x`, `src/**/*.ts`). A glob is no comment: `rm -rf build/*`, nor one after a command's word
// (`du -sh /* | sort -rh`), whose `/*` a later glob's `*/` (`ls -d */`) would otherwise close.
const BLOCK_COMMENT = /<!--[^]*?-->|(?<=^[^\S\n]*|[;{}(,=][^\S\n]*)\/\*[*!]?(?=\s)[^]*?\*\/(?![\w*./-])/gmu

/**
 * What of a code block a translation keeps as it is: its lines without comments (comment lines, comments after code,
 * and comments over several lines, whose every line translators translate), blank lines dropped. Empty when the
 * block holds only comments.
 * @param code The code block's text.
 */
export function codeAnchorText(code: string): string {
  return code
    .replace(BLOCK_COMMENT, '')
    .split('\n')
    .filter((line) => !COMMENT_LINE.test(line))
    .map((line) => line.replace(TRAILING_COMMENT, '').trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n')
}

/**
 * Lend each code block to the prose it belongs to: the code (comments aside) becomes a `code` anchor of the
 * nearest content draft before it (the first one when the code comes first), so a translation that drops a code
 * block loses an anchor of that paragraph, as it loses a link it drops; so do the link targets of a paragraph of
 * inline code only (a list of [`path`](url) items), which the reader follows as any link. So do the links and image
 * sources of page furniture (a README's header of badges, a logo, a row of links to the project's pages): a
 * translation that drops or changes one of them changes what its reader is sent to. Code and furniture drafts
 * keep their own.
 * @param drafts The document's drafts in text order.
 */
export function lendCodeAnchors(drafts: readonly Draft[]): void {
  const content = (d: Draft): boolean => d.role !== 'code' && d.role !== 'boilerplate'
  let last: Draft | undefined
  for (const draft of drafts) {
    if (content(draft)) last = draft
    if (draft.role === 'boilerplate') {
      const host = last ?? drafts.find(content)
      for (const a of draft.anchors) if (a.kind === 'url') host?.anchors.push(a)
    }
    if (draft.role !== 'code') continue
    const host = last ?? drafts.find(content)
    const text = codeAnchorText(draft.pieces.map((p) => p.text).join('\n'))
    if (host === undefined) continue
    if (text !== '') host.anchors.push({ kind: 'code', text, block: true })
    // The links of inline code written as a paragraph of its own (a list of [`path`](url) items).
    for (const a of draft.anchors) if (a.kind === 'url') host.anchors.push(a)
  }
}
