import { checkLanguageOptions } from '../detect/languageHint.js'
import { resolveLanguageTag } from '../detect/resolveLanguageTag.js'
import { UsageError } from '../errors/UsageError.js'
import type { LoadCorpusOptions } from '../pipeline/loadCorpus.js'

/** `parseArgs` options shared by the commands that detect languages: `--lang PATH=LANG` (repeatable) and `--only`. */
export const LANGUAGE_ARGS = {
  lang: { type: 'string', multiple: true },
  only: { type: 'string' },
} as const

/** Help lines for {@link LANGUAGE_ARGS}. */
export const LANGUAGE_HELP = `  --lang PATH=LANG  the language of a file, or of every file under a folder (repeatable; BCP 47 or
                    ISO 639: --lang docs/ja=ja --lang faq.ru.md=ru); codes in file and folder names
                    (README.ja.md, docs/zh-CN/) are used as hints without it
  --only LIST       comma-separated languages to choose from (kaz,kir or kk,ky)`

/**
 * Read `--lang` and `--only` into corpus options.
 * @param values Parsed values of {@link LANGUAGE_ARGS}.
 * @throws {UsageError} `USAGE` for a `--lang` without `=`, `INVALID_OPTION` for an unknown language.
 */
export function languageOptions(values: { lang?: string[] | undefined; only?: string | undefined }): Pick<LoadCorpusOptions, 'languages' | 'detection'> {
  const out: Pick<LoadCorpusOptions, 'languages' | 'detection'> = {}
  if (values.lang !== undefined && values.lang.length > 0) {
    const languages: Record<string, string> = {}
    for (const item of values.lang) {
      const at = item.lastIndexOf('=')
      if (at <= 0 || at === item.length - 1) throw new UsageError('USAGE', `--lang needs PATH=LANG (e.g. --lang docs/ja=ja), got \`${item}\``)
      languages[item.slice(0, at)] = item.slice(at + 1)
    }
    checkLanguageOptions(languages)
    out.languages = languages
  }
  if (values.only !== undefined) {
    const only = values.only.split(',').map((s) => s.trim()).filter((s) => s !== '')
    const codes = only.map((code) => {
      const resolved = resolveLanguageTag(code)
      if (resolved === undefined) throw new UsageError('INVALID_OPTION', `unknown language \`${code}\` in --only; give ISO 639 or BCP 47 codes (kaz,kir or kk,ky)`)
      return resolved.iso6393
    })
    if (codes.length === 0) throw new UsageError('USAGE', '--only needs at least one language')
    out.detection = { only: codes }
  }
  return out
}
