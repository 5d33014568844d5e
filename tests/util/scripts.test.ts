import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scriptClass, SCRIPT_TRAITS } from '../../src/util/scripts.js'

// One table of script traits behind line joining (parse), numerals in runs of letters (align) and the length weight
// of dense scripts (pipeline), read on the real translated docs of the dev sets (data/docs-dev).
const text = (path: string): string => readFileSync(`data/docs-dev/${path}`, 'utf8')

describe('script traits', () => {
  it('names each trait once per script and builds its character class from the table', () => {
    const ja = text('hexo-troubleshooting/source/ja/docs/troubleshooting.md')
    const ko = text('hexo-troubleshooting/source/ko/docs/troubleshooting.md')
    const th = text('hexo-troubleshooting/source/th/docs/troubleshooting.md')
    const kana = [...ja].find((c) => /\p{Script=Hiragana}/u.test(c))!
    const han = [...ja].find((c) => /\p{Script=Han}/u.test(c))!
    const hangul = [...ko].find((c) => /\p{Script=Hangul}/u.test(c))!
    const thai = [...th].find((c) => /\p{Script=Thai}/u.test(c))!
    const joins = scriptClass('joinsWrappedLines')
    expect([han, kana, hangul, thai, 'a'].map((c) => joins.test(c))).toEqual([true, true, false, false, false])
    expect([han, kana, hangul, thai, 'a'].map((c) => scriptClass('numeralRuns').test(c))).toEqual([true, false, false, true, false])
    expect(ko.match(scriptClass('dense', '', 'g'))?.length).toBe(ko.match(/\p{Script=Hangul}|\p{Script=Han}/gu)?.length)
    expect(scriptClass('joinsWrappedLines', '\\u3000-\\u303f').test('、')).toBe(true)
    // Thai (and Lao) end a sentence with a space: the Thai page's sentences are unmarked, the Korean page's end with `.`.
    expect([han, kana, hangul, thai, 'a', 'ກ'].map((c) => scriptClass('endsUnmarked').test(c))).toEqual([false, false, false, true, false, true])
    expect(Object.keys(SCRIPT_TRAITS)).toEqual(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Lao'])
  })
})
