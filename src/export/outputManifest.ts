/** Name of the file, in an output directory, that lists the files the last `writeDataset` there wrote. */
export const OUTPUT_MANIFEST = '.paracorpus-manifest.json'

/** Content of {@link OUTPUT_MANIFEST}. */
export function manifestContent(names: readonly string[]): string {
  return `${JSON.stringify({ tool: 'paracorpus', files: [...new Set(names)].sort() }, null, 2)}\n`
}

/**
 * The file names a manifest lists, keeping only plain names inside the directory (no path separator, no `..`,
 * not the manifest itself), so that a damaged or hand-edited manifest can never name a file elsewhere.
 * @param content The manifest's text (anything: an unreadable manifest lists nothing).
 */
export function manifestNames(content: string): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(content)
  } catch {
    return []
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { tool?: unknown }).tool !== 'paracorpus') return []
  const files = (parsed as { files?: unknown }).files
  if (!Array.isArray(files)) return []
  return files.filter((name): name is string => typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/u.test(name) && name !== OUTPUT_MANIFEST)
}
