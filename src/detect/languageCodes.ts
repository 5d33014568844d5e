import { bcp47Normalize } from 'bcp-47-normalize'

/**
 * franc codes that name a wider or older ISO 639-3 entry than the one its model was trained on.
 * franc's `zlm` ("Malay (individual language)") model is built from Standard Malay text, which
 * ISO 639-3 codes `zsm`; FLORES-200 and Tatoeba label it `zsm` too.
 */
const FRANC_TO_ISO6393: ReadonlyMap<string, string> = new Map([['zlm', 'zsm']])
const ISO6393_TO_FRANC: ReadonlyMap<string, string> = new Map([...FRANC_TO_ISO6393].map(([franc, iso]) => [iso, franc]))

/**
 * The ISO 639-3 code paracorpus reports for a franc language code.
 * @param code Code returned by franc.
 * @returns The ISO 639-3 code (`zlm` → `zsm`; every other code unchanged).
 */
export function fromFrancCode(code: string): string {
  return FRANC_TO_ISO6393.get(code) ?? code
}

/**
 * The franc code for an ISO 639-3 code, for franc's `only`/`ignore` lists.
 * @param code ISO 639-3 code as paracorpus reports it.
 * @returns franc's code (`zsm` → `zlm`; every other code unchanged).
 */
export function toFrancCode(code: string): string {
  return ISO6393_TO_FRANC.get(code) ?? code
}

const bcp47Cache = new Map<string, string>()

/**
 * The shortest BCP 47 tag for an ISO 639-3 code, using CLDR's aliases (via `bcp-47-normalize`):
 * `khm` → `km`, `kaz` → `kk`, `zsm` → `ms`, `cmn` → `zh`, codes without a shorter form unchanged.
 * @param iso6393 ISO 639-3 code, or `und`.
 * @returns The BCP 47 language tag; `und` for `und`.
 */
export function toBcp47(iso6393: string): string {
  if (iso6393 === 'und' || iso6393 === '') return 'und'
  const known = bcp47Cache.get(iso6393)
  if (known !== undefined) return known
  const tag = bcp47Normalize(iso6393, { warning: () => undefined }) || iso6393
  bcp47Cache.set(iso6393, tag)
  return tag
}
