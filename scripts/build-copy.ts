/**
 * Build the package with the project's tsup configuration into another folder (no type declarations), for tests
 * and benchmarks that need the built layout — worker threads load `pipeline-worker.js` from it — without touching
 * `dist/`. The copy is laid out like the package: `<dir>/package.json` and `<dir>/dist/`; `<dir>` must sit inside
 * the project so that the built files resolve its `node_modules`.
 */
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type Options } from 'tsup'
import config from '../tsup.config.js'

/**
 * Build into `<dir>/dist` (cleaned first) beside a copy of package.json.
 * @returns The URL of the built `index.js`, to `import()`.
 */
export async function buildCopy(dir: string): Promise<string> {
  copyFileSync(new URL('../package.json', import.meta.url), join(dir, 'package.json'))
  const outDir = join(dir, 'dist')
  await build({ ...(config as Options), outDir, dts: false, clean: true, silent: true, config: false })
  return pathToFileURL(join(outDir, 'index.js')).href
}

/**
 * Build a TypeScript script of the project into one ESM file `<dir>/<name>.js`, to run as a child process with plain
 * `node`. A child started with the TypeScript loader (`node --import tsx script.ts`) passes the loader on to every
 * worker thread it opens (a worker inherits its parent's `execArgv`), and each of them then loads and compiles the
 * loader too, which a user of the built package never pays.
 * @param dir A folder inside the project (a build copy from {@link buildCopy}: its `package.json` makes `.js` ESM).
 * @param entry The script, relative to the project's root.
 * @param name The output's name, without `.js`.
 * @returns The path of the built script.
 */
export async function buildScript(dir: string, entry: string, name: string): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  await build({ entry: { [name]: join(root, entry) }, format: ['esm'], target: 'node20', platform: 'node', outDir: dir, dts: false, clean: false, silent: true, config: false, splitting: false, sourcemap: false })
  return join(dir, `${name}.js`)
}

