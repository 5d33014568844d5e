import { dirname, resolve } from 'node:path'

/** The `mkdir` that {@link makeDirectory} calls: one level at a time, never recursive. */
export type MakeOneDirectory = (path: string) => Promise<unknown>

/**
 * Create a directory and its missing parents, one level at a time, each level tried at most twice. Node's own
 * recursive `mkdir` retries for ever where the kernel answers `ENOENT` under an existing parent (`/proc/self/x`);
 * this gives up with that error instead.
 * @param mkdir Creates one directory (fails with `EEXIST` when it exists, `ENOENT` when its parent is missing).
 * @param dir Directory to create.
 * @throws the underlying error when a level cannot be created.
 */
export async function makeDirectory(mkdir: MakeOneDirectory, dir: string): Promise<void> {
  const missing: string[] = []
  let path = resolve(dir)
  for (;;) {
    try {
      await mkdir(path)
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') break
      const parent = dirname(path)
      if (code !== 'ENOENT' || parent === path) throw error
      missing.push(path)
      path = parent
    }
  }
  for (const level of missing.reverse()) {
    try {
      await mkdir(level)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}
