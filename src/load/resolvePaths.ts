import { statSync } from 'node:fs'
import fg from 'fast-glob'
import { InputError } from '../errors/InputError.js'

/** Options for {@link resolvePaths}. */
export interface ResolveOptions {
  /** File extensions taken from directories (default: `['txt', 'md', 'markdown', 'text']`). */
  extensions?: string[] | undefined
  /** Working directory for relative paths and globs (default: `process.cwd()`). */
  cwd?: string | undefined
}

/** A path argument that could not be resolved. */
export interface UnresolvedPath {
  /** The argument as given. */
  input: string
  /** Why. */
  error: InputError
}

/** Files found for a list of path arguments. */
export interface ResolvedPaths {
  /** Files, deduplicated, sorted by path. */
  files: string[]
  /** Arguments that matched nothing or do not exist. */
  unresolved: UnresolvedPath[]
}

const GLOB_CHARS = /[*?[\]{}!]/

/**
 * Expand files, directories and globs (fast-glob syntax) into a sorted list of files.
 * A directory contributes the text files under it (hidden files skipped).
 * A missing path or a glob matching nothing is reported in `unresolved`, never thrown.
 */
export function resolvePaths(inputs: string[], options: ResolveOptions = {}): ResolvedPaths {
  const cwd = options.cwd ?? process.cwd()
  const extensions = options.extensions ?? ['txt', 'md', 'markdown', 'text']
  const found = new Set<string>()
  const unresolved: UnresolvedPath[] = []
  for (const input of inputs) {
    let stats: ReturnType<typeof statSync> | undefined
    try {
      stats = statSync(input.startsWith('/') ? input : `${cwd}/${input}`)
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code
      if (code === 'EACCES') {
        unresolved.push({ input, error: new InputError('EACCES', `cannot read ${input}: permission denied`, { file: input, cause }) })
        continue
      }
      stats = undefined
    }
    if (stats?.isDirectory()) {
      const base = fg.convertPathToPattern(input.replace(/\/+$/, ''))
      const pattern = `${base}/**/*.{${extensions.join(',')}}`
      let matches: string[]
      try {
        matches = fg.sync(pattern, { cwd, onlyFiles: true, dot: false, suppressErrors: false })
      } catch (cause) {
        unresolved.push({ input, error: new InputError('EACCES', `cannot list directory ${input}: ${(cause as Error).message}`, { file: input, cause }) })
        continue
      }
      if (matches.length === 0) {
        unresolved.push({ input, error: new InputError('NO_MATCH', `directory ${input} holds no ${extensions.map((e) => `.${e}`).join('/')} files`, { file: input }) })
      }
      for (const m of matches) found.add(m)
    } else if (stats !== undefined) {
      found.add(input)
    } else if (GLOB_CHARS.test(input)) {
      const matches = fg.sync(input, { cwd, onlyFiles: true, dot: false })
      if (matches.length === 0) {
        unresolved.push({ input, error: new InputError('NO_MATCH', `the glob ${input} matches no file`, { file: input }) })
      }
      for (const m of matches) found.add(m)
    } else {
      unresolved.push({ input, error: new InputError('ENOENT', `${input} does not exist; check the path`, { file: input }) })
    }
  }
  return { files: [...found].sort(), unresolved }
}
