#!/usr/bin/env node
/**
 * Check the package as npm would publish it: every runtime dependency is imported by src/ and every package
 * src/ imports is a runtime dependency; then build and pack it, and
 *  - list the tarball and require the files a user needs (README, LICENSE, built code, types, schemas) and
 *    nothing from the repository only (sources, tests, corpus, data, scripts); the README must be one for
 *    users (an Install section, no development notes);
 *  - lint it with publint (strict) and with arethetypeswrong;
 *  - unpack it and load it both ways a user would: `import('paracorpus')` and `require('paracorpus')`.
 * Exits 1 on any problem. Run with `npm run check:package`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'

const root = fileURLToPath(new URL('..', import.meta.url))
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/pipeline-worker.js', 'schema/dataset.schema.json']
const FORBIDDEN = /^(src|tests|corpus|data|scripts|docs|node_modules|\.ci)\//u
const problems = []

/** Packages the sources import at run time (not `import type`, not in comments), by package name. */
function runtimeImports(dir) {
  const names = new Set()
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    const source = readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8')
    const statements = /^(?:import|export)\s+(?!type\s)[^;'"]*?\bfrom\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gmu
    for (const match of source.matchAll(statements)) {
      const specifier = match[1] ?? match[2] ?? match[3]
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue
      const parts = specifier.split('/')
      names.add(specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0])
    }
  }
  return names
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const declared = new Set(Object.keys(manifest.dependencies ?? {}))
const imported = runtimeImports(join(root, 'src'))
imported.delete(manifest.name)
for (const name of declared) if (!imported.has(name)) problems.push(`runtime dependency ${name} is not imported by src/ (remove it, or make it a dev dependency)`)
for (const name of imported) if (!declared.has(name)) problems.push(`src/ imports ${name}, which is not a runtime dependency`)
console.log(`dependencies: ${declared.size} declared, ${imported.size} imported by src/`)

// Unpacked under node_modules so that the package resolves its dependencies from the project.
const cache = join(root, 'node_modules', '.cache')
mkdirSync(cache, { recursive: true })
const work = mkdtempSync(join(cache, 'paracorpus-pack-'))
try {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const pack = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const [packed] = JSON.parse(pack)
  const tarball = join(work, packed.filename)
  const files = packed.files.map((f) => f.path)
  console.log(`${packed.filename}: ${files.length} files, ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked`)
  for (const file of REQUIRED) if (!files.includes(file)) problems.push(`tarball lacks ${file}`)
  for (const file of files) if (FORBIDDEN.test(file)) problems.push(`tarball ships repository-only file ${file}`)

  execFileSync('tar', ['-xzf', tarball, '-C', work])
  const unpacked = join(work, 'package')
  const readme = readFileSync(join(unpacked, 'README.md'), 'utf8')
  if (!/^## Install$/mu.test(readme)) problems.push('the README has no "## Install" section')
  for (const dev of ['npm ci', 'complete-lockfile', 'registry mirror']) if (readme.includes(dev)) problems.push(`the README speaks of \`${dev}\`, which belongs in CONTRIBUTING.md`)
  const lint = await publint({ pkgDir: unpacked, pack: false, strict: true })
  for (const message of lint.messages) problems.push(`publint ${message.type}: ${formatMessage(message, lint.pkg) ?? message.code}`)
  console.log(`publint: ${lint.messages.length} messages`)

  // The package is ESM; Node ≥ 20.19 (the `engines` floor) loads it with `require` too, so a require that
  // resolves to ESM is expected here, not a problem.
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii'], { cwd: root, stdio: 'inherit' })
  } catch {
    problems.push('arethetypeswrong reported problems (above)')
  }

  const load = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: unpacked, encoding: 'utf8' }).trim()
  const imported = load("console.log(Object.keys(await import('paracorpus')).sort().join(','))")
  const required = load("import { createRequire } from 'node:module'; console.log(Object.keys(createRequire(import.meta.url)('paracorpus')).sort().join(','))")
  if (imported === '' || imported !== required) problems.push(`require('paracorpus') and import('paracorpus') differ:\n  import:  ${imported}\n  require: ${required}`)
  else console.log(`import and require: ${imported.split(',').length} exports each`)
  const help = execFileSync(process.execPath, [join(unpacked, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' })
  if (!help.includes('paracorpus')) problems.push('the packed CLI does not print its help')
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (problems.length > 0) {
  for (const p of problems) console.error(`check:package: ${p}`)
  process.exit(1)
}
console.log('check:package: ok')
