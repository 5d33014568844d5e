/**
 * Extract the user-interface sentences of an unpacked Mozilla language pack (Firefox or Thunderbird:
 * `.ftl`, `.properties`, `.dtd` files) as one sentence per line, for the training-only part of
 * `data/langid/` (see its README for the Debian packages used).
 *
 * Usage: `npx tsx scripts/langid/mozilla-strings.ts [--keys] DIR… > out.txt`
 *
 * Kept: values of at least four words of letters, with placeables (`{ $name }`, `{ -brand-name }`,
 * `%S`, `&entity;`) and markup removed; each value once, in file order (files sorted by path).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

function files(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...files(path))
    else if (/\.(ftl|properties|dtd)$/.test(name)) out.push(path)
  }
  return out
}

/** Raw `[key, value]` entries of one file, by its format. */
function entries(path: string, text: string): Array<[string, string]> {
  if (path.endsWith('.dtd')) return [...text.matchAll(/<!ENTITY\s+(\S+)\s+"([^"]*)"\s*>/g)].map((m) => [m[1] ?? '', m[2] ?? ''])
  if (path.endsWith('.properties')) {
    return text
      .split('\n')
      .filter((l) => !/^\s*#/.test(l))
      .map((l) => /^([^=]+?)\s*=\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]?.trim() ?? '', m[2] ?? ''])
  }
  // Fluent: `key = value` or `    .attr = value`, continuation lines indented.
  const out: Array<[string, string]> = []
  let message = ''
  let current: [string, string] | undefined
  for (const line of text.split('\n')) {
    const start = /^(\s*)([\w-]+|\.[\w-]+)\s*=\s*(.*)$/.exec(line)
    if (start !== null) {
      if (current !== undefined) out.push(current)
      const key = start[2] ?? ''
      if (!key.startsWith('.')) message = key
      current = [key.startsWith('.') ? `${message}${key}` : key, start[3] ?? '']
    } else if (/^\s+\S/.test(line) && current !== undefined && !/^\s*[*[\]}]/.test(line)) {
      current[1] += ` ${line.trim()}`
    } else {
      if (current !== undefined) out.push(current)
      current = undefined
    }
  }
  if (current !== undefined) out.push(current)
  return out
}

function clean(value: string): string {
  return value
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[\w.#-]+;/g, ' ')
    .replace(/%(\d+\$)?[Sd]/g, ' ')
    .replace(/\\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

// `--keys`: print `path#key<TAB>value`, the path relative to the language pack, so that two packs can be paired.
const keys = process.argv.includes('--keys')
const seen = new Set<string>()
for (const dir of process.argv.slice(2).filter((a) => a !== '--keys')) {
  for (const path of files(dir)) {
    const relative = path.slice(dir.length).replace(/\/(?:[a-z]{2,3}(?:-[A-Z]{2})?)\//g, '/LOCALE/')
    for (const [key, raw] of entries(path, readFileSync(path, 'utf8'))) {
      const value = clean(raw)
      const words = value.match(/\p{L}+/gu) ?? []
      if (words.length < 4 || seen.has(value)) continue
      seen.add(value)
      console.log(keys ? `${relative}#${key}\t${value}` : value)
    }
  }
}
