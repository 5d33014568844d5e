import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified, type PluggableList, type Processor } from 'unified'
import { plainMarkdownTree } from './plainMarkdown.js'

/**
 * Text without which no GFM construct can form, nor GFM's autolink transform find anything in the tree's text: a
 * table's pipe or aligned delimiter (`:-`, `-:`, a pipeless table's only sign), strikethrough's tilde, a footnote's
 * `[^`, a task's `[ ]` / `[x]`, an autolink literal's `@`, `www` or `http` (case-insensitive; also when an escape
 * sits inside them), and a character reference (`&#64;`, `&commat;`), which can put any of those in the tree's text.
 */
const GFM_SYNTAX = /[|~@]|:-|-:|\[\^|\[[\sxX]|www|http|&[#a-z\d]/iu

/** Front matter opens the text (after a byte order mark). */
const FRONT_MATTER_SYNTAX = /^\uFEFF?[-+]/u

/**
 * A directive is a colon followed by its name, which may start with anything but punctuation, a symbol or white
 * space as micromark tests them: one UTF-16 code unit at a time (so a character beyond U+FFFF, seen as its
 * surrogates, may start a name) and a tab not counted as white space.
 */
const DIRECTIVE_SYNTAX = /:(?![\s\p{P}\p{S}])|:\t|:[\u{10000}-\u{10FFFF}]/u

type Parse = (text: string) => Root

/**
 * Turn off CommonMark's indented code, as MDX does: an indented line is read as what it holds (a paragraph, a list,
 * a fence or a tag nested inside a component), and fences, HTML and headings may then be indented any amount.
 */
function withoutIndentedCode(this: Processor): void {
  const data = this.data()
  const extensions = data.micromarkExtensions ?? (data.micromarkExtensions = [])
  extensions.push({ disable: { null: ['codeIndented'] } })
}

/** Options of {@link parseMarkdown}. */
export interface MarkdownSyntax {
  /** `false` for MDX, which has no indented code (default: `true`). */
  indentedCode?: boolean | undefined
}

/** The bit of the processors' key that turns indented code off. */
const NO_INDENTED_CODE = 8

/** The processors by the syntax they add to CommonMark (bit 1: GFM, 2: front matter, 4: directives, 8: no indented code). */
const processors = new Map<number, Parse>()

function processorOf(syntax: number): Parse {
  let parse = processors.get(syntax)
  if (parse === undefined) {
    const plugins: PluggableList = []
    if ((syntax & 1) !== 0) plugins.push(remarkGfm)
    if ((syntax & 2) !== 0) plugins.push([remarkFrontmatter, ['yaml', 'toml']])
    if ((syntax & 4) !== 0) plugins.push(remarkDirective)
    if ((syntax & NO_INDENTED_CODE) !== 0) plugins.push(withoutIndentedCode)
    const frozen = unified().use(remarkParse).use(plugins).freeze()
    processors.set(syntax, (parse = (text) => frozen.parse(text)))
  }
  return parse
}

/**
 * Parse Markdown as `unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
 * .use(remarkDirective)` does, giving the same tree, with only the extensions whose syntax the text can hold: each
 * extension's tokenizer is tried at most characters of a text (GFM's autolinks at every letter of a word, a table
 * at every line), and plain prose holds none of their syntax (see the patterns above: each is a test that the
 * extension cannot fire without, never a test that it does). Text that needs none of them and is only plain
 * paragraphs and ATX headings gets its CommonMark tree without the parser (see `plainMarkdownTree`).
 * @param text Markdown.
 * @param options Syntax of the text beyond Markdown's (MDX: no indented code).
 * @returns Its mdast tree.
 */
export function parseMarkdown(text: string, options: MarkdownSyntax = {}): Root {
  const syntax = (GFM_SYNTAX.test(text) ? 1 : 0) | (FRONT_MATTER_SYNTAX.test(text) ? 2 : 0) | (DIRECTIVE_SYNTAX.test(text) ? 4 : 0)
  // The plain tree has no indented code in any case (it takes no line that opens with white space).
  return (syntax === 0 ? plainMarkdownTree(text) : undefined) ?? processorOf(syntax | noIndentedCode(options))(text)
}

/** The key bit of a text's syntax options. */
function noIndentedCode(options: MarkdownSyntax): number {
  return options.indentedCode === false ? NO_INDENTED_CODE : 0
}

/**
 * Parse Markdown with every extension the parser may use, on every text: the tree `parseMarkdown` must give, and the
 * parser's cost when nothing is skipped (the reference that checks, tests and the bench compare with).
 * @param text Markdown.
 * @param options Syntax of the text beyond Markdown's (MDX: no indented code).
 * @returns Its mdast tree.
 */
export function parseFullMarkdown(text: string, options: MarkdownSyntax = {}): Root {
  return processorOf(7 | noIndentedCode(options))(text)
}

/**
 * Parse Markdown as CommonMark alone (the fallback for text nested too deep for the extensions' transforms).
 * @param text Markdown.
 * @param options Syntax of the text beyond Markdown's (MDX: no indented code).
 * @returns Its mdast tree.
 */
export function parseCommonMark(text: string, options: MarkdownSyntax = {}): Root {
  return processorOf(noIndentedCode(options))(text)
}
