/**
 * Sets of real translated Markdown documents for `eval-drift-docs`: each folder holds projects (its first path
 * component) and an `expected.json` giving every file's language; a project's English file is its source.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One document of a set. */
export interface DocFile {
  /** Project (document set) it belongs to: the truth of its family. */
  project: string
  /** Path inside the set's folder (`project/…`). */
  path: string
  /** Absolute path on disk. */
  file: string
  language: string
  text: string
}

/** A project's documents: its source (the English one) and its translations. */
export interface DocSet {
  project: string
  source: DocFile
  translations: DocFile[]
}

/** The document sets of some folders (those without an `expected.json` give none), projects sorted by name. */
export function loadDocSets(folders: readonly string[], sourceLanguage = 'en'): DocSet[] {
  const byProject = new Map<string, DocFile[]>()
  for (const folder of folders) {
    const manifest = join(folder, 'expected.json')
    if (!existsSync(manifest)) continue
    const expected = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { language: string }>
    for (const [path, { language }] of Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const project = path.split('/')[0]!
      const file = join(folder, path)
      const list = byProject.get(project) ?? []
      list.push({ project, path, file, language, text: readFileSync(file, 'utf8') })
      byProject.set(project, list)
    }
  }
  return [...byProject.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([project, files]) => {
      const source = files.find((f) => f.language === sourceLanguage)
      return source === undefined ? [] : [{ project, source, translations: files.filter((f) => f !== source) }]
    })
}
