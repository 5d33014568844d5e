/**
 * Build the package with the project's tsup configuration into another folder (no type declarations), for tests
 * and benchmarks that need the built layout — worker threads load `pipeline-worker.js` from it — without touching
 * `dist/`. The copy is laid out like the package: `<dir>/package.json` and `<dir>/dist/`; `<dir>` must sit inside
 * the project so that the built files resolve its `node_modules`.
 */
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
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
