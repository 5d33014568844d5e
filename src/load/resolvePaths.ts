import { statSync } from 'node:fs'
import fg from 'fast-glob'
import { checkStringArray } from '../errors/checkArgument.js'
import { InputError } from '../errors/InputError.js'
import { checkLoadOptions } from './checkLoadOptions.js'
import type { Diagnostic } from '../types.js'
import { walkDirectory, type DirectoryWalk } from './walkDirectory.js'

/** Options for {@link resolvePaths}. */
export interface ResolveOptions {
  /** File extensions taken from directories (default: `['txt', 'md', 'mdx', 'markdown', 'text']`). */
  extensions?: string[] | undefined
  /** Working directory for relative paths and globs (default: `process.cwd()`). */
  cwd?: string | undefined
}

/** A path argument that could not be resolved, or an entry of a directory that could not be read. */
export interface UnresolvedPath {
  /** The argument as given, or the entry's path. */
  input: string
  /** Why. */
  error: InputError
}

/** Files found for a list of path arguments. */
export interface ResolvedPaths {
  /** Files, deduplicated, sorted by path. */
  files: string[]
  /** Arguments that matched nothing or do not exist, and entries met in directories that cannot be read. */
  unresolved: UnresolvedPath[]
  /** Warnings of the directory walks (symbolic links to a directory already walked). */
  diagnostics: Diagnostic[]
}

const GLOB_CHARS = /[*?[\]{}!]/

/**
 * Expand files, directories and globs (fast-glob syntax) into a sorted list of files.
 * A directory contributes the text files under it (hidden files skipped; symbolic links followed, each directory
 * entered once by its real path). A missing path, a glob matching nothing, an unreadable subdirectory or a FIFO or
 * device named like a text file is reported in `unresolved`, never thrown; the rest is still found.
 */
export function resolvePaths(inputs: string[], options: ResolveOptions = {}): ResolvedPaths {
  checkStringArray(inputs, 'inputs')
  checkLoadOptions(options)
  const cwd = options.cwd ?? process.cwd()
  const extensions = options.extensions ?? ['txt', 'md', 'mdx', 'markdown', 'text']
  const found = new Set<string>()
  const unresolved: UnresolvedPath[] = []
  const diagnostics: Diagnostic[] = []
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
      let walk: DirectoryWalk
      try {
        walk = walkDirectory(input, extensions, cwd)
      } catch (cause) {
        unresolved.push({ input, error: cause instanceof InputError ? cause : new InputError('INVALID_INPUT', `cannot list directory ${input}: ${(cause as Error).message}`, { file: input, cause }) })
        continue
      }
      for (const error of walk.errors) unresolved.push({ input: error.file ?? input, error })
      diagnostics.push(...walk.diagnostics)
      if (walk.files.length === 0 && walk.errors.length === 0) {
        unresolved.push({ input, error: new InputError('NO_MATCH', `directory ${input} holds no ${extensions.map((e) => `.${e}`).join('/')} files`, { file: input }) })
      }
      for (const m of walk.files) found.add(m)
    } else if (stats !== undefined) {
      found.add(input)
    } else if (GLOB_CHARS.test(input)) {
      // Globs do not descend through symbolic links to directories: a link loop cannot make them run forever.
      const matches = fg.sync(input, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false })
      if (matches.length === 0) {
        unresolved.push({ input, error: new InputError('NO_MATCH', `the glob ${input} matches no file`, { file: input }) })
      }
      for (const m of matches) found.add(m)
    } else {
      unresolved.push({ input, error: new InputError('ENOENT', `${input} does not exist; check the path`, { file: input }) })
    }
  }
  return { files: [...found].sort(), unresolved, diagnostics }
}
