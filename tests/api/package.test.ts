import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

describe('the published package', () => {
  it('packs with README, LICENSE and metadata, has no unused runtime dependency, passes publint and arethetypeswrong, and loads with import and require', async () => {
    const { stdout } = await run(process.execPath, ['scripts/check-package.mjs'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
    expect(stdout).toMatch(/dependencies: (\d+) declared, \1 imported by src\//u)
    expect(stdout).toContain('publint: 0 messages')
    expect(stdout).toMatch(/import and require: \d+ exports each/u)
    expect(stdout).toContain('check:package: ok')
  }, 240_000)

  it('declares what npm shows and what bundlers need', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>
    for (const key of ['repository', 'homepage', 'bugs', 'keywords', 'license']) expect(manifest[key], key).toBeDefined()
    expect(manifest['sideEffects']).toBe(false)
    expect(readFileSync('LICENSE', 'utf8')).toContain(`${String(manifest['license'])} License`)
  })
})
