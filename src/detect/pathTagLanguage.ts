import { languageByName } from './languageNames.js'
import { resolveLanguageTag } from './resolveLanguageTag.js'

/**
 * Countries that language switchers write in file and folder names for their one clear language (`README-JP.md`,
 * `README_CN.md`, `README.KR.md`, `docs/cn/`), as BCP 47 tags. Only countries whose code is not that language's own
 * (`DE`, `RU`, `ES` name their languages already) and that have one language a page is translated into.
 */
const REGION_LANGUAGES: Readonly<Record<string, string>> = {
  AM: 'hy',
  BR: 'pt-BR',
  CN: 'zh-CN',
  CZ: 'cs',
  DK: 'da',
  EE: 'et',
  GE: 'ka',
  GR: 'el',
  HK: 'zh-HK',
  IL: 'he',
  IR: 'fa',
  JP: 'ja',
  KR: 'ko',
  KZ: 'kk',
  RS: 'sr',
  SE: 'sv',
  TW: 'zh-TW',
  UA: 'uk',
  VN: 'vi',
}

/**
 * The language a tag written in a path names: a country written in capitals as countries are (`README-JP.md`,
 * `README.KR.md`: Japanese, Korean — not Kanuri, whose code is `kr`), or in any case when it is no language's code
 * (`README_cn.md`, `docs/cn/`), stands for its one clear language (`JP` → `ja`, `CN` → `zh-CN`, `TW` → `zh-TW`,
 * `BR` → `pt-BR`, `UA` → `uk`); a language's English name (`french`, `brazilian-portuguese`) names that language
 * (see `languageByName`); any other tag is read as a language tag (see `resolveLanguageTag`).
 * @param tag A tag as written in a path (see `pathLanguageTags`).
 * @returns The ISO 639-3 code and BCP 47 tag, or `undefined` when the tag names no language paracorpus detects.
 */
export function pathTagLanguage(tag: string): { iso6393: string; bcp47: string } | undefined {
  const region = /^[A-Za-z]{2}$/u.test(tag) ? REGION_LANGUAGES[tag.toUpperCase()] : undefined
  if (region !== undefined && (tag === tag.toUpperCase() || resolveLanguageTag(tag) === undefined)) return resolveLanguageTag(region)
  const named = tag.length > 3 ? languageByName(tag) : undefined
  return resolveLanguageTag(named ?? tag)
}
