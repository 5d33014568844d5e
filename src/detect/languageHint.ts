import { resolve, sep } from 'node:path'
import { UsageError } from '../errors/UsageError.js'
import { pathLanguageTags } from '../load/pathLanguageTags.js'
import type { LanguageHint } from '../types.js'
import { resolveLanguageTag } from './resolveLanguageTag.js'
import { pathTagLanguage } from './pathTagLanguage.js'

/** Where a document's language may be stated before detection. */
export interface LanguageHintOptions {
  /**
   * Languages stated by the user: path (a file, or a folder for every file under it) → BCP 47 tag or ISO 639
   * code. The longest matching path wins. Unknown languages throw a `UsageError` (`INVALID_OPTION`).
   */
  languages?: Readonly<Record<string, string>> | undefined
  /** Take language codes in file and folder names as hints (`README.ja.md`, `docs/ja/…`) (default: `true`). */
  pathHints?: boolean | undefined
}

/**
 * Check the user's language statements: every value must name a language paracorpus can detect.
 * @param languages Path → language tag.
 * @throws {UsageError} `INVALID_OPTION` naming the path and the tag.
 */
export function checkLanguageOptions(languages: Readonly<Record<string, string>> | undefined): void {
  for (const [path, tag] of Object.entries(languages ?? {})) {
    if (resolveLanguageTag(tag) === undefined) throw new UsageError('INVALID_OPTION', `unknown language \`${tag}\` for \`${path}\`: give a BCP 47 tag or ISO 639 code of a language paracorpus detects (\`ja\`, \`zh-CN\`, \`rus\`)`)
  }
}

/**
 * The language stated for a document: by the user (`languages`, the longest path that is the document's or one
 * of its folders), else by its path (the file name's code, then the deepest folder's) when `pathHints` is on; a
 * country written for its language (`README-JP.md`, `README_CN.md`) names that language (see `pathTagLanguage`).
 * Codes that name no language paracorpus detects are skipped.
 * @param path The document's path (`undefined` for text given directly: only an option on `''` can apply).
 * @param options Stated languages and whether to read paths.
 * @throws {UsageError} `INVALID_OPTION` for a stated language that is unknown.
 */
export function languageHint(path: string | undefined, options: LanguageHintOptions = {}): LanguageHint | undefined {
  if (path === undefined) return undefined
  const full = resolve(path)
  let best: { length: number; tag: string; key: string } | undefined
  for (const [key, tag] of Object.entries(options.languages ?? {})) {
    const target = resolve(key)
    if ((full === target || full.startsWith(target.endsWith(sep) ? target : target + sep)) && (best === undefined || target.length > best.length)) best = { length: target.length, tag, key }
  }
  if (best !== undefined) {
    const resolved = resolveLanguageTag(best.tag)
    if (resolved === undefined) throw new UsageError('INVALID_OPTION', `unknown language \`${best.tag}\` for \`${best.key}\`: give a BCP 47 tag or ISO 639 code of a language paracorpus detects (\`ja\`, \`zh-CN\`, \`rus\`)`)
    return { ...resolved, source: 'option' }
  }
  if (options.pathHints === false) return undefined
  for (const { tag } of pathLanguageTags(path)) {
    const resolved = pathTagLanguage(tag)
    if (resolved !== undefined) return { ...resolved, source: 'path' }
  }
  return undefined
}
