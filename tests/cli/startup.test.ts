import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commands } from '../../src/cli/commands/index.js'
import { commandLoaders, loadCommand } from '../../src/cli/commands/byName.js'

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

  it('loads one command without the others: bitext reaches no other command, no language option and no BCP 47 table', () => {
    const { modules, packages } = staticGraph('src/cli/commands/bitext.ts')
    expect(modules.filter((m) => m.startsWith('src/cli/commands/'))).toEqual(['src/cli/commands/bitext.ts'])
    expect(modules.filter((m) => /^src\/cli\/languageArgs|^src\/(parse|align|pivot|drift|pipeline|detect|export)\//u.test(m))).toEqual([])
    expect(packages.filter((p) => p.startsWith('bcp-47'))).toEqual([])
  })

  it('aligns a bitext without compiling the transliteration package: its table is read as data', () => {
    const { modules, packages } = staticGraph('src/align/alignBitext.ts')
    expect(modules).toContain('src/align/text/anyAscii.ts')
    expect(packages).not.toContain('any-ascii')
  })

  it('has a loader for every command of the list, giving that very command, and none for a name outside it', async () => {
    expect(Object.keys(commandLoaders).sort()).toEqual(commands.map((c) => c.name).sort())
    for (const command of commands) expect(await loadCommand(command.name)).toBe(command)
    expect(await loadCommand('toString')).toBeUndefined()
    expect(await loadCommand('')).toBeUndefined()
  })
})
