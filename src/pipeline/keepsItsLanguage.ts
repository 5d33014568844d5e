import { languageHint } from '../detect/languageHint.js'

/**
 * Whether a document's path names the language detected in it (`zh-CN/guide/a.md` holding Chinese): of
 * byte-identical files, the one to keep — not an untranslated copy under another language's folder
 * (`fr-FR/guide/a.md` holding the same Chinese).
 * @param path The document's path.
 * @param language ISO 639-3 code of its detected language, if any.
 */
export function keepsItsLanguage(path: string, language: string | undefined): boolean {
  return language !== undefined && languageHint(path)?.iso6393 === language
}
