/**
 * Sets of real translated Markdown documents for `eval-drift-docs`: each folder holds projects (its first path
 * component) and an `expected.json` giving every file's language; a project's English file is its source. A folder
 * holding several pages of one site (each page with its translations) names each file's page in `family`: each page
 * is then a document set of its own (`folder#family`), its truth one family. `faithful: true` marks a translation
 * known to follow its source (the folder's README says by which criterion), so codes on it are false alarms.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One document of a set. */
export interface DocFile {
  /** Project (document set) it belongs to: the truth of its family (`folder` or `folder#family`). */
  project: string
  /** Path inside the set's folder (`project/…`). */
  path: string
  /** Absolute path on disk. */
  file: string
  language: string
  text: string
  /** A translation known to follow its source revision (false alarms can be counted on it). */
  faithful: boolean
}

/** A project's documents: its source (the English one) and its translations. */
export interface DocSet {
  project: string
  source: DocFile
  translations: DocFile[]
}

/**
 * The document sets of some folders (those without an `expected.json` give none), projects sorted by name.
 * @param folders Folders each holding an `expected.json` and the files it names.
 * @param sourceLanguage The language of a project's source file.
 * @param dropped Receives the names of the projects left out for having no file of the source language.
 */
export function loadDocSets(folders: readonly string[], sourceLanguage = 'en', dropped: string[] = []): DocSet[] {
  const byProject = new Map<string, DocFile[]>()
  for (const folder of folders) {
    const manifest = join(folder, 'expected.json')
    if (!existsSync(manifest)) continue
    const expected = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { language: string; family?: string; faithful?: boolean }>
    for (const [path, { language, family, faithful }] of Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const project = family === undefined ? path.split('/')[0]! : `${path.split('/')[0]!}#${family}`
      const file = join(folder, path)
      const list = byProject.get(project) ?? []
      list.push({ project, path, file, language, text: readFileSync(file, 'utf8'), faithful: faithful === true })
      byProject.set(project, list)
    }
  }
  return [...byProject.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([project, files]) => {
      const source = files.find((f) => f.language === sourceLanguage)
      if (source === undefined) dropped.push(project)
      return source === undefined ? [] : [{ project, source, translations: files.filter((f) => f !== source) }]
    })
}
