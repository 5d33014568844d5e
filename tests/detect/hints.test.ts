import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument, UsageError } from '../../src/index.js'
import { pathLanguageTags } from '../../src/load/pathLanguageTags.js'
import { languageHint } from '../../src/detect/languageHint.js'
import { cli } from '../cli/helpers.js'

const ru = readFileSync('tests/fixtures/real/apatch-faq/docs/ru/faq_ru.md', 'utf8')
const en = readFileSync('tests/fixtures/real/apatch-faq/docs/en/faq.md', 'utf8')

describe('language codes in paths', () => {
  it.each([
    ['README.ja.md', 'ja'],
    ['README-zh-CN.md', 'zh-CN'],
    ['faq.ru.md', 'ru'],
    ['docs/ja/guide.md', 'ja'],
    ['ja/index.md', 'ja'],
    ['i18n/pt_BR/intro.md', 'pt-BR'],
    ['docs/README-AR.md', 'ar'],
    ['faq.rus.md', 'ru'],
    // Countries written for their one clear language, as language switchers name READMEs.
    ['docs/README-JP.md', 'ja'],
    ['README_CN.md', 'zh-CN'],
    ['README.KR.md', 'ko'],
    ['README-PT-BR.md', 'pt-BR'],
    ['README-ZH-TW.md', 'zh-TW'],
    ['docs/cn/faq_cn.md', 'zh-CN'],
    // A short word before the code is no language: the code is the suffix.
    ['docs/faq-ja.md', 'ja'],
    ['api_ko.md', 'ko'],
    ['cli-zh.md', 'zh'],
    ['zh-tw.md', 'zh-TW'],
    ['README.zh-tw.md', 'zh-TW'],
  ])('finds the language of %s', (path, bcp47) => {
    expect(languageHint(path)).toEqual({ iso6393: expect.any(String), bcp47, source: 'path' })
  })

  it.each(['README.md', 'docs/README-XY.md', 'api.md', 'docs/guide/faq.md'])('finds none in %s', (path) => {
    expect(languageHint(path)).toBeUndefined()
  })

  // Tags written without their separator, as public READMEs are named (golang-standards/project-layout,
  // HelloZeroNet/ZeroNet, jlord/git-it, elixirtw/elixir_style_guide, uni-helper/vite-plugin-uni-layouts).
  it.each([
    ['README_ptBR.md', 'pt-BR'],
    ['README-ptbr.md', 'pt-BR'],
    ['README-zhcn.md', 'zh-CN'],
    ['README-zhtw.md', 'zh-TW'],
    ['README_zhTW.md', 'zh-TW'],
    ['README.zhCN.md', 'zh-CN'],
    ['README_zhHant.md', 'zh-Hant'],
    ['i18n/zhTW/README.md', 'zh-TW'],
    ['docs/ptBR/intro.md', 'pt-BR'],
    // All in capitals, as RustDesk's own language switcher names its Brazilian README (tests/fixtures/real/rustdesk-readme).
    ['docs/README-PTBR.md', 'pt-BR'],
    ['README-ZHCN.md', 'zh-CN'],
    ['README_ZHTW.md', 'zh-TW'],
    // A language written in a country whose own language is another (Catalan in Spain, Kazakh in Kazakhstan, by
    // CLDR's likely subtags): a word that passes as well (`app-hang.md` → ha-NG) is overruled by its prose.
    ['README-caes.md', 'ca-ES'],
    ['README-kkkz.md', 'kk-KZ'],
  ])('reads the glued tag of %s', (path, bcp47) => {
    expect(languageHint(path)).toEqual({ iso6393: expect.any(String), bcp47, source: 'path' })
  })

  // Two short words that are no language and region CLDR puts together (a lower-case region is read only then; or
  // for English, which CLDR leaves every region it names no other language for): no tag.
  it.each(['docs/hi-fi.md', 'docs/my-de.md', 'docs/wi-fi.md'])('reads no tag in the word pair of %s', (path) => {
    expect(languageHint(path)).toBeUndefined()
    expect(pathLanguageTags(path)).toEqual([])
  })

  it.each([
    ['docs/en-gb.md', 'en-GB'],
    ['docs/zh-tw.md', 'zh-TW'],
    ['docs/fr-CA.md', 'fr-CA'],
    // In a folder or after a separator a lower-case region is read as written: CLDR's likely table pairs a region
    // with one language only (CA with English), and Crowdin-made locale folders are written so.
    ['i18n/fr-ca/docs/intro.md', 'fr-CA'],
    ['README.fr-ca.md', 'fr-CA'],
    ['docs/zh-sg/a.md', 'zh-SG'],
    ['docs/en-us/a.md', 'en-US'],
  ])('reads the region of %s', (path, bcp47) => {
    expect(languageHint(path)).toMatchObject({ bcp47 })
  })

  // Four letters that are no language and region CLDR puts together: a word, not a tag.
  it.each(['README.html.md', 'README-main.md', 'README.test.md', 'README-demo.md', 'README-TODO.md', 'CHANGELOG-MAIN.md', 'html/index.md', 'main.md', 'test/README.md'])('reads no glued tag in %s', (path) => {
    expect(languageHint(path)).toBeUndefined()
  })

  // Languages' English names (CLDR's, by Intl.DisplayNames), as goldbergyoni/nodebestpractices names its READMEs.
  it.each([
    ['README.french.md', 'fr'],
    ['README.hebrew.md', 'he'],
    ['README.brazilian-portuguese.md', 'pt-BR'],
    ['README_Chinese.md', 'zh'],
    ['README-Brazilian-Portuguese.md', 'pt-BR'],
    ['docs/Simplified_Chinese/intro.md', 'zh-Hans'],
    ['japanese/intro.md', 'ja'],
    ['chinese.md', 'zh'],
    ['README.british-english.md', 'en-GB'],
    ['Lao/README.md', 'lo'],
    // A macrolanguage's name (CLDR's `no`, not detected as such) names the variety its country writes (`nb`).
    ['README.norwegian.md', 'nb'],
  ])('reads the language named in English in %s', (path, bcp47) => {
    expect(languageHint(path)).toEqual({ iso6393: expect.any(String), bcp47, source: 'path' })
  })

  it.each(['docs/learn-french.md', 'README-english.md', 'frenchfries.md', 'docs/latinize/a.md', 'lao/README.md', 'docs/fon/a.md'])('reads no language name in %s (a slug\'s lower-case word, part of a word, a short lower-case folder)', (path) => {
    expect(languageHint(path)).toBeUndefined()
  })

  it('names the language of a translation left mostly in English by its English name (`troubleshooting.korean.md`)', () => {
    // Hexo's Korean troubleshooting page: half its paragraphs still in English.
    const latin = readFileSync('data/docs-dev/hexo-troubleshooting/source/ko/docs/troubleshooting.md', 'utf8')
    expect(parseDocument(latin, { path: 'troubleshooting.md' }).language?.iso6393).toBe('eng')
    expect(parseDocument(latin, { path: 'troubleshooting.korean.md' }).language).toMatchObject({ iso6393: 'kor', script: 'Latn' })
  })

  it('reads a glued tag alone as a folder only in camel case (a lower-case folder of four letters is as often a word)', () => {
    expect(languageHint('docs/zhtw/a.md')).toBeUndefined()
    expect(languageHint('docs/zhTW/a.md')).toMatchObject({ bcp47: 'zh-TW' })
  })

  it('gives a translation its region from a glued tag, the prose agreeing', () => {
    const pt = readFileSync('data/docs-dev/asdf-manage/docs/pt-br/manage/core.md', 'utf8')
    expect(parseDocument(pt, { path: 'README_ptBR.md' }).language).toMatchObject({ iso6393: 'por', bcp47: 'pt-BR' })
  })

  it('prefers the file name to its folders, and the deepest folder to the others', () => {
    expect(pathLanguageTags('fr/docs/de/README.ja.md').map((t) => t.tag)).toEqual(['ja', 'de', 'fr'])
  })

  it('takes the language stated by option over the path, the longest matching path first', () => {
    const languages = { docs: 'kk', 'docs/ja': 'ky' }
    expect(languageHint('docs/ja/a.md', { languages })).toMatchObject({ iso6393: 'kir', source: 'option' })
    expect(languageHint('docs/x/a.ru.md', { languages })).toMatchObject({ iso6393: 'kaz', source: 'option' })
    expect(languageHint('other/a.ru.md', { languages })).toMatchObject({ iso6393: 'rus', source: 'path' })
    expect(languageHint('other/a.ru.md', { pathHints: false })).toBeUndefined()
  })

  it('rejects an unknown stated language with a UsageError', () => {
    expect(() => languageHint('a.md', { languages: { 'a.md': 'xx-unknown' } })).toThrow(UsageError)
  })
})

describe('hints in detection', () => {
  it('keeps the detected language and warns when the path names another one the prose clearly is not', () => {
    const doc = parseDocument(en, { path: 'docs/faq.ja.md' })
    expect(doc.language?.iso6393).toBe('eng')
    expect(doc.languageHint).toMatchObject({ iso6393: 'jpn', source: 'path' })
    expect(doc.diagnostics.find((d) => d.ruleId === 'language-hint-mismatch')?.reason).toContain('`ja`')
  })

  it('follows a language stated by option, with a warning when the prose disagrees', () => {
    const doc = parseDocument(en, { path: 'faq.md', languages: { 'faq.md': 'de' } })
    expect(doc.language?.iso6393).toBe('deu')
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('language-hint-mismatch')
  })

  it('agrees silently when the hint and the prose agree, keeping the hint\'s region', () => {
    const doc = parseDocument(ru, { path: 'docs/ru_RU/faq.md' })
    expect(doc.language?.bcp47).toBe('ru-RU')
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('language-hint-mismatch')
  })

  it('keeps the detected language, however unsure, when the path\'s code names a language never written in the prose\'s script', () => {
    // A country's code in a README name: `kr` is Kanuri, written in Latin letters (Day.js ko: data/docs-dev).
    // Weighed by what its characters carry, the Korean prose is detected surely (0.86): the hint's threshold is
    // raised above that so that the rule for an unsure detection is what keeps it.
    const ko = parseDocument(readFileSync('data/docs-dev/dayjs-readme/docs/ko/README-ko.md', 'utf8'), { path: 'README.kr.md', detection: { hintConfidence: 0.95 } })
    expect(ko.language).toMatchObject({ iso6393: 'kor', script: 'Kore' })
    expect(ko.language?.confidence).toBeLessThan(0.95)
    expect(ko.diagnostics.find((d) => d.ruleId === 'language-hint-mismatch')?.reason).toContain('kept the detected language')
    // Prose mostly in Latin letters (a page half left in English under ko/) keeps the path's language as before.
    const latin = parseDocument(readFileSync('data/docs-dev/hexo-troubleshooting/source/ko/docs/troubleshooting.md', 'utf8'), { path: 'source/ko/docs/troubleshooting.md' })
    expect(latin.language).toMatchObject({ iso6393: 'kor', script: 'Latn' })
  })

  it('keeps the path\'s language of a translation that left passages untranslated, the passages keeping theirs', () => {
    // Mineflayer's Chinese CONTRIBUTING (data/docs-fresh) left about half its passages in English: Latin letters
    // outnumber Han two to one, but weighed by what a character carries most of the prose is Chinese.
    const path = 'data/docs-fresh/mineflayer/docs/zh/CONTRIBUTING.md'
    const zh = parseDocument(readFileSync(path, 'utf8'), { path })
    expect(zh.language).toMatchObject({ iso6393: 'cmn', script: 'Hani' })
    expect(zh.diagnostics.find((d) => d.ruleId === 'language-hint-mismatch')?.reason).toContain('kept `zh` as stated')
    const english = zh.segments.filter((s) => s.language?.iso6393 === 'eng' && s.language.inherited !== true).map((s) => s.text)
    expect(english).toContain('Issue organization')
    expect(english.some((t) => t.startsWith('The objective of these tests'))).toBe(true)
    const chinese = zh.segments.find((s) => s.text.startsWith('Mineflayer 在大多数情况下'))
    expect(chinese?.language?.iso6393).toBe('cmn')
    // The English page itself under the same path holds no Chinese: it stays English.
    const en = parseDocument(readFileSync('data/docs-fresh/mineflayer/docs/CONTRIBUTING.md', 'utf8'), { path })
    expect(en.language?.iso6393).toBe('eng')
    expect(en.diagnostics.find((d) => d.ruleId === 'language-hint-mismatch')?.reason).toContain('kept the detected language')
  })

  it('reads a country in a README\'s name as its language (RustDesk README-JP.md, Day.js ko as README.KR.md)', () => {
    const ja = parseDocument(readFileSync('tests/fixtures/real/rustdesk-readme/docs/README-JP.md', 'utf8'), { path: 'docs/README-JP.md' })
    expect(ja.languageHint).toEqual({ iso6393: 'jpn', bcp47: 'ja', source: 'path' })
    const ko = parseDocument(readFileSync('data/docs-dev/dayjs-readme/docs/ko/README-ko.md', 'utf8'), { path: 'README.KR.md' })
    expect(ko.languageHint).toMatchObject({ iso6393: 'kor', source: 'path' })
    expect(ko.diagnostics.map((d) => d.ruleId)).not.toContain('language-hint-mismatch')
  })

  it('lets a path hint decide when the prose is too short to be sure', () => {
    const text = 'Selamat pagi, apa kabar?'
    const asMalay = parseDocument(text, { path: 'notes.ms.txt' }).language?.iso6393
    const asIndonesian = parseDocument(text, { path: 'notes.id.txt' }).language?.iso6393
    expect([asMalay, asIndonesian]).toEqual(['zsm', 'ind'])
  })
})

describe('--lang and --only on the command line', () => {
  it('states a language for a file with --lang PATH=LANG', async () => {
    const run = await cli(['detect', 'tests/fixtures/real/apatch-faq/docs/en/faq.md', '--lang', 'tests/fixtures/real/apatch-faq/docs/en=de'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('deu')
    expect(run.stderr).toContain('language-hint-mismatch')
  })

  it.each([
    [['--lang', 'docs'], '--lang needs PATH=LANG'],
    [['--lang', 'docs=xx-unknown'], 'unknown language `xx-unknown`'],
    [['--only', 'xx-unknown'], 'unknown language `xx-unknown` in --only'],
  ])('exits 1 on %j', async (args, message) => {
    const run = await cli(['drift', 'corpus', ...args])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(message)
  })
})
