import { isAbsolute, relative, sep } from 'node:path'
import { checkString } from '../errors/checkArgument.js'

/**
 * Stable document id from a path: relative to `cwd` when inside it, `/`-separated, without a leading `./`.
 * The same file gives the same id whatever the platform or the way it was named.
 */
export function documentId(path: string, cwd: string = process.cwd()): string {
  checkString(path, 'path')
  checkString(cwd, 'cwd')
  const rel = isAbsolute(path) ? relative(cwd, path) : relative(cwd, `${cwd}${sep}${path}`)
  const chosen = rel.startsWith('..') || isAbsolute(rel) ? path : rel
  return chosen.split(sep).join('/').replace(/^\.\//, '')
}
