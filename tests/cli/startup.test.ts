import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Every source module a file reaches through static (non-type) imports, as paths relative to the project. */
function staticGraph(entry: string): { modules: string[]; packages: string[] } {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gmu)) {
      const specifier = match[1] ?? ''
      if (!specifier.startsWith('.')) {
        if (!specifier.startsWith('node:')) packages.add(specifier)
        continue
      }
      const target = resolve(dirname(file), specifier)
      const ts = target.replace(/\.js$/u, '.ts')
      visit(existsSync(ts) ? ts : target)
    }
  }
  visit(resolve(entry))
  return { modules: [...seen].map((f) => relative(process.cwd(), f)).sort(), packages: [...packages].sort() }
}

describe('CLI start-up', () => {
  it('reaches no parser, language profile, aligner, pivot, drift, export writer or pipeline module before a command runs', () => {
    const { modules, packages } = staticGraph('src/cli/main.ts')
    const heavy = modules.filter((m) => /^src\/(parse|align|pivot|drift|pipeline)\/|^src\/detect\/(languageProfiles|detectLanguage|profiles\/)|^src\/export\/(?!formats)/u.test(m))
    expect(heavy).toEqual([])
    expect(packages.filter((p) => /^(unified|remark-|franc|yaml|tinypool|any-ascii|dice-coefficient|fast-glob)/u.test(p))).toEqual([])
  })

  it('answers --version from the entry and run modules alone, without the command table', () => {
    const { modules } = staticGraph('src/cli/run.ts')
    expect(modules.filter((m) => m.startsWith('src/cli/commands/'))).toEqual([])
  })
})
