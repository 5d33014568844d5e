import { escapeXmlAttribute as attr } from '../xmlText.js'

/** ISO 15924 codes of the scripts written right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, …). */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi'])

/**
 * Attributes of an element holding text of a document: its language, unless unknown, and its direction —
 * `rtl` for a document in a right-to-left script (so that a sentence that opens with a Latin name or a number
 * still runs right to left), otherwise `auto`, which lets each text find its own.
 * @param tag The document's BCP 47 tag in the family (private-use suffixes such as `-x-2` are dropped).
 * @param script The document's ISO 15924 script, when detected.
 */
export function textAttributes(tag: string, script: string | undefined): string {
  const base = tag.replace(/-x-.*$/u, '')
  const dir = script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'auto'
  return base === 'und' || base === '' ? ` dir="${dir}"` : ` dir="${dir}" lang="${attr(base)}"`
}
