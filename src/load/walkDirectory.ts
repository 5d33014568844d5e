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
  const walk: DirectoryWalk = { files: [], errors: [], diagnostics: [] }
  const onDisk = (path: string): string => (isAbsolute(path) ? path : join(cwd, path))
  const wanted = (name: string): boolean => extensions.some((ext) => name.endsWith(`.${ext}`))
  const base = root.replace(/\/+$/u, '')
  const visited = new Set<string>([realpathSync(onDisk(root))])
  const top = base === '' ? '/' : base
  let entries: Dirent[]
  try {
    entries = readdirSync(onDisk(top), { withFileTypes: true })
  } catch (cause) {
    throw listError(root, cause)
  }
  const pending: Array<{ dir: string; entries: Dirent[] | undefined }> = [{ dir: top, entries }]
  while (pending.length > 0) {
    const { dir, entries: listed } = pending.pop()!
    let found = listed
    if (found === undefined) {
      try {
        found = readdirSync(onDisk(dir), { withFileTypes: true })
      } catch (cause) {
        walk.errors.push(listError(dir, cause))
        continue
      }
    }
    // Real entries before links, so that a folder reached both ways is kept under its own name.
    const byName = found.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of [...byName.filter((e) => !e.isSymbolicLink()), ...byName.filter((e) => e.isSymbolicLink())]) {
      visitEntry(entry, dir === '/' ? `/${entry.name}` : `${dir}/${entry.name}`)
    }
  }
  const byFile = (a: { file?: string | undefined }, b: { file?: string | undefined }): number => ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0)
  walk.errors.sort(byFile)
  walk.diagnostics.sort(byFile)
  return walk

  function visitEntry(entry: Dirent, path: string): void {
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
      enterDirectory(path, entry.isSymbolicLink())
      return
    }
    if (!wanted(entry.name)) return
    const isFile = stats?.isFile() ?? entry.isFile()
    if (isFile) {
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

  function enterDirectory(path: string, viaLink: boolean): void {
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
    pending.push({ dir: path, entries: undefined })
  }
}
