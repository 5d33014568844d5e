import { readFileSync } from 'node:fs'
import fg from 'fast-glob'
import { describe, expect, it } from 'vitest'
import { commands } from '../../src/cli/commands/index.js'

describe('options named in messages', () => {
  it('names only flags that some command takes, in the sources outside help texts', () => {
    const helps = commands.map((c) => c.help).join('\n')
    const flags = new Set<string>()
    // The report's CSS custom properties (`var(--ink)`) are not flags.
    for (const file of fg.sync('src/**/*.ts', { ignore: ['src/export/html/**'] })) {
      for (const m of readFileSync(file, 'utf8').matchAll(/--[a-z][a-z-]+/gu)) flags.add(m[0])
    }
    expect(flags.size).toBeGreaterThan(10)
    expect([...flags].filter((flag) => flag !== '--help' && flag !== '--version' && !helps.includes(flag)).sort()).toEqual([])
  })
})
