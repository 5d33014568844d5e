import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import { InputError } from '../errors/InputError.js'
import type { Diagnostic } from '../types.js'
import { specialFileKind } from './readFileBytes.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'

/** What walking one directory argument found. */
export interface DirectoryWalk {
  /** Regular files with a wanted extension (symlinks followed), as `root/relative/path`. */
  files: string[]
  /** Unreadable subdirectories, special files and broken links that carry a wanted extension. */
  errors: InputError[]
  /** Warnings: symbolic links to a directory already walked (`symlink-loop` when it contains the link, else `symlink-revisit`). */
  diagnostics: Diagnostic[]
}

function linkWarning(path: string, real: string, loop: boolean): Diagnostic {
  const reason = loop
    ? `${path} is a symbolic link to ${real}, which contains it (a loop); skipped`
    : `${path} is a symbolic link to ${real}, already walked; skipped (its files are read once)`
  const ruleId = loop ? 'symlink-loop' : 'symlink-revisit'
  return { ruleId, source: 'paracorpus:load', severity: 'warning', file: path, reason, url: ruleUrl(ruleId) }
}

function listError(dir: string, cause: unknown): InputError {
  const code = (cause as NodeJS.ErrnoException).code
  const message = `cannot list directory ${dir}: ${(cause as Error).message}`
  return new InputError(code === 'EACCES' || code === 'EPERM' ? 'EACCES' : 'INVALID_INPUT', message, { file: dir, cause })
}

/** The state of one walk: what it found so far, what is left to list, and how paths reach the disk. */
interface Walker {
  readonly walk: DirectoryWalk
  readonly visited: Set<string>
  readonly pending: Array<{ dir: string; entries: Dirent[] | undefined }>
  readonly onDisk: (path: string) => string
  readonly wanted: (name: string) => boolean
}

const byFile = (a: { file?: string | undefined }, b: { file?: string | undefined }): number => ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0)

/**
 * Walk a directory for text files without ever looping: every directory is entered once by its real path, so a
 * symbolic link back to an ancestor (or a second link to the same folder) is reported once and skipped. Hidden
 * entries are skipped. An unreadable subdirectory, a FIFO or device named like a text file, and a broken link
 * are errors for that entry; the walk goes on.
 * @param root The directory as the user named it (found paths start with it).
 * @param extensions Wanted extensions, without the dot.
 * @param cwd Directory relative paths are resolved against.
 * @throws {InputError} when `root` itself cannot be listed.
 */
export function walkDirectory(root: string, extensions: readonly string[], cwd: string): DirectoryWalk {
  const onDisk = (path: string): string => (isAbsolute(path) ? path : join(cwd, path))
  const base = root.replace(/\/+$/u, '')
  const top = base === '' ? '/' : base
  let entries: Dirent[]
  try {
    entries = readdirSync(onDisk(top), { withFileTypes: true })
  } catch (cause) {
    throw listError(root, cause)
  }
  const walker: Walker = {
    walk: { files: [], errors: [], diagnostics: [] },
    visited: new Set<string>([realpathSync(onDisk(root))]),
    pending: [{ dir: top, entries }],
    onDisk,
    wanted: (name) => extensions.some((ext) => name.endsWith(`.${ext}`)),
  }
  while (walker.pending.length > 0) {
    const { dir, entries: listed } = walker.pending.pop()!
    const found = listed ?? listDirectory(walker, dir)
    if (found === undefined) continue
    // Real entries before links, so that a folder reached both ways is kept under its own name.
    const byName = found.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of [...byName.filter((e) => !e.isSymbolicLink()), ...byName.filter((e) => e.isSymbolicLink())]) {
      visitEntry(walker, entry, dir === '/' ? `/${entry.name}` : `${dir}/${entry.name}`)
    }
  }
  walker.walk.errors.sort(byFile)
  walker.walk.diagnostics.sort(byFile)
  return walker.walk
}

/** The entries of a subdirectory, or `undefined` (with its error recorded) when it cannot be listed. */
function listDirectory(walker: Walker, dir: string): Dirent[] | undefined {
  try {
    return readdirSync(walker.onDisk(dir), { withFileTypes: true })
  } catch (cause) {
    walker.walk.errors.push(listError(dir, cause))
    return undefined
  }
}

/** One entry: a directory (or a link to one) is queued, a wanted regular file kept, anything else named like one an error. */
function visitEntry(walker: Walker, entry: Dirent, path: string): void {
  const { walk, onDisk, wanted } = walker
  let stats: Stats | undefined
  if (entry.isSymbolicLink()) {
    try {
      stats = statSync(onDisk(path))
    } catch (cause) {
      if (wanted(entry.name)) walk.errors.push(new InputError('ENOENT', `${path} is a broken symbolic link: ${(cause as Error).message}`, { file: path, cause }))
      return
    }
  }
  if (stats?.isDirectory() ?? entry.isDirectory()) {
    enterDirectory(walker, path, entry.isSymbolicLink())
    return
  }
  if (!wanted(entry.name)) return
  if (stats?.isFile() ?? entry.isFile()) {
    walk.files.push(path)
    return
  }
  let kind: string | undefined
  try {
    kind = specialFileKind(stats ?? statSync(onDisk(path)))
  } catch {
    kind = undefined
  }
  walk.errors.push(new InputError('NOT_A_FILE', `${path} is ${kind ?? 'not a regular file'}, not a regular file; skipped`, { file: path }))
}

/** Queue a directory once by its real path; a link to one already walked is a warning (a loop when it holds the link). */
function enterDirectory(walker: Walker, path: string, viaLink: boolean): void {
  const { walk, onDisk, visited } = walker
  let real: string
  try {
    real = realpathSync(onDisk(path))
  } catch (cause) {
    walk.errors.push(listError(path, cause))
    return
  }
  if (visited.has(real)) {
    if (viaLink) {
      const parent = realpathSync(onDisk(dirname(path)))
      walk.diagnostics.push(linkWarning(path, real, parent === real || parent.startsWith(`${real}/`)))
    }
    return
  }
  visited.add(real)
  walker.pending.push({ dir: path, entries: undefined })
}
