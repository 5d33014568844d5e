import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scriptClass } from '../../src/util/scripts.js'

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
    // Katakana is read like the rest of Japanese; Cyrillic, like every alphabet written with spaces, has no trait.
    const katakana = [...ja].find((c) => /\p{Script=Katakana}/u.test(c))!
    const cyrillic = [...text('hexo-troubleshooting/source/ru/docs/troubleshooting.md')].find((c) => /\p{Script=Cyrillic}/u.test(c))!
    const traits = ['joinsWrappedLines', 'numeralRuns', 'dense'] as const
    expect(traits.map((t) => scriptClass(t).test(katakana))).toEqual([true, false, true])
    expect(traits.map((t) => scriptClass(t).test(cyrillic))).toEqual([false, false, false])
    expect(traits.map((t) => scriptClass(t).test(thai))).toEqual([false, true, false])
    // Thai and Lao end a sentence with a space, no mark; the Korean and Japanese pages end theirs with one.
    expect([han, kana, hangul, thai, 'a', 'ກ'].map((c) => scriptClass('endsUnmarked').test(c))).toEqual([false, false, false, true, false, true])
  })
})
