import type { Yaml } from 'mdast'
import { parse as parseYaml } from 'yaml'

/** Front matter of a Markdown document. */
export interface FrontMatter {
  /** Its keys and values (YAML core schema, or flat `key = value` TOML). */
  data: Record<string, unknown>
  /** The `title` value, with its offset in the document, when it is a non-empty string. */
  title?: { text: string; start: number } | undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseToml(value: string): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const line of value.split('\n')) {
    const m = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(.+?)\s*$/u.exec(line)
    if (m === null) continue
    const raw = m[2]!
    const quoted = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/u.exec(raw)
    data[m[1]!] = quoted !== null ? (quoted[1] ?? quoted[2] ?? '').replace(/\\(["\\])/gu, '$1') : /^-?\d+(?:\.\d+)?$/u.test(raw) ? Number(raw) : raw === 'true' ? true : raw === 'false' ? false : raw
  }
  return data
}

/**
 * Read a front matter node (`yaml` or `toml`): its data, and its `title` with the offset where the title's text
 * starts in the document (so that the title segment points into the front matter). Malformed front matter gives
 * empty data, never an error.
 * @param node The `yaml`/`toml` node at the top of the tree.
 * @param source The document text.
 */
export function readFrontMatter(node: Yaml | { type: 'toml'; value: string; position?: Yaml['position'] }, source: string): FrontMatter {
  let data: Record<string, unknown> = {}
  try {
    const parsed: unknown = node.type === 'yaml' ? parseYaml(node.value, { schema: 'core', prettyErrors: false }) : parseToml(node.value)
    if (isRecord(parsed)) data = JSON.parse(JSON.stringify(parsed)) as Record<string, unknown>
  } catch {
    data = {}
  }
  const title = data.title ?? data.Title
  if (typeof title !== 'string' || title.trim() === '') return { data }
  const from = node.position?.start.offset ?? 0
  const to = node.position?.end.offset ?? source.length
  const text = title.trim()
  const at = source.slice(from, to).indexOf(text)
  return { data, title: { text, start: at < 0 ? from : from + at } }
}
