#!/usr/bin/env node
/**
 * The registry this project installs from serves only the platform packages that machines here use, so
 * `npm install` writes a package-lock.json without the other platforms' optional binaries (rollup's
 * `@rollup/rollup-darwin-x64`, …), and `npm ci` then refuses the lock as out of sync.
 * This script adds those optional entries back, with the `os`/`cpu`/`libc` their names declare, so that
 * `npm ci` accepts the lock and skips them on this platform. Run it after every `npm install`:
 *   node scripts/complete-lockfile.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs'

const OS = ['aix', 'android', 'darwin', 'freebsd', 'linux', 'netbsd', 'openbsd', 'openharmony', 'sunos', 'win32']
const CPU = ['arm', 'arm64', 'ia32', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'x64', 'wasm32']

const path = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(path, 'utf8'))
const packages = lock.packages
let added = 0
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `node_modules/${name}`
    if (packages[where] !== undefined || packages[`${key}/${where}`] !== undefined) continue
    const tokens = name.split('/').pop().split('-')
    const os = tokens.find((t) => OS.includes(t))
    const cpu = tokens.find((t) => CPU.includes(t))
    if (os === undefined || cpu === undefined) continue
    const stub = { version, optional: true, os: [os], cpu: [cpu] }
    if (tokens.some((t) => t.startsWith('musl'))) stub.libc = ['musl']
    else if (os === 'linux' && tokens.some((t) => t.startsWith('gnu'))) stub.libc = ['glibc']
    packages[where] = stub
    added++
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)))
lock.packages = sorted
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`complete-lockfile: added ${added} optional platform entries`)
