import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The APatch FAQ translations of the real-docs fixtures (`tests/fixtures/real/apatch-faq/docs`). */
export const APATCH_FAQ = resolve(import.meta.dirname, '../fixtures/real/apatch-faq/docs')

/** The other translations' files by the names the tests give them. */
export const APATCH_BESIDE_RUSSIAN: Readonly<Record<string, string>> = { 'en.md': 'en/faq.md', 'ar.md': 'ar/faq_ar.md', 'zh.md': 'cn/faq_cn.md', 'uk.md': 'uk/faq_uk.md' }

/**
 * A folder holding the APatch FAQ in English, Arabic, Chinese and Ukrainian as they are, for a test to add its own
 * Russian version beside them.
 * @param dir The folder (created).
 * @returns The Russian translation's text.
 */
export function apatchFolderBesideRussian(dir: string): string {
  mkdirSync(dir, { recursive: true })
  for (const [name, path] of Object.entries(APATCH_BESIDE_RUSSIAN)) copyFileSync(join(APATCH_FAQ, path), join(dir, name))
  return readFileSync(join(APATCH_FAQ, 'ru/faq_ru.md'), 'utf8')
}
