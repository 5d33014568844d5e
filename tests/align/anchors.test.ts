import { describe, expect, it } from 'vitest'
import { extractAnchors } from '../../src/align/anchors/extractAnchors.js'
import { linkAnchors } from '../../src/align/anchors/linkAnchors.js'
import { nameSkeleton } from '../../src/align/anchors/nameSkeleton.js'

const kinds = (text: string): string[] => extractAnchors(text).map((a) => `${a.kind}:${a.normalized}`)

describe('extractAnchors', () => {
  it.each([
    ['Call 555-1234 now.', ['number:555', 'number:1234']],
    ['Price: 1,000.50 tenge', ['number:100050']],
    ['សរុប ១២៣ នាក់', ['number:123']],
    ['Қараңыз: https://Example.com/Path.', ['url:example.com/path']],
    ['មើល www.booher.com ។', ['url:booher.com']],
    ['Write to info@example.org today', ['email:info@example.org']],
    // Punctuation outside ASCII ends a URL written without a space after it; letters of any script do not.
    ['詳細情報: https://www.gnu.org/software/tar/manual/tar.html。', ['url:gnu.org/software/tar/manual/tar.html']],
    ['详见https://nodejs.org/zh-cn/about/governance，其中说明了', ['url:nodejs.org/zh-cn/about/governance']],
    ['«https://example.org/path»', ['url:example.org/path']],
    ['Voir https://fr.wikipedia.org/wiki/Montréal pour la suite', ['url:fr.wikipedia.org/wiki/montréal']],
    // A particle glued to a URL's last letter or digit ends it, also where another URL follows (Dify's Japanese
    // Docker troubleshooting page, langgenius/dify-docs 9d8344e, CC BY 4.0: two inline-code URLs read as one).
    ['http://api:5001をhttp://172.19.0.7:5001に置き換える', ['url:api:5001', 'url:172.19.0.7:5001']],
    ['https://example.comを開く', ['url:example.com']],
    ['リンク https://ja.wikipedia.org/wiki/東京 です', ['url:ja.wikipedia.org/wiki/東京']],
  ])('finds the anchors of %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it('takes every Latin word inside non-Latin text as a name', () => {
    expect(kinds('លោកស្រី Dianna Booher គឺជាប្រធាន')).toEqual(['name:diana', 'name:boher'])
  })

  it('takes capitalised words that do not start a sentence in cased scripts', () => {
    expect(kinds('Жақында Дианна Бохер келді.')).toEqual(['name:diana', 'name:boher'])
    expect(kinds('Yesterday we met Dianna in Dallas.')).toEqual(['name:diana', 'name:dalas'])
  })
})

describe('nameSkeleton', () => {
  it.each([
    ['Booher', 'Бохер'],
    ['Smith', 'Смит'],
    ['Philip', 'Филип'],
  ])('folds %s and %s to the same skeleton', (a, b) => {
    expect(nameSkeleton(a)).toBe(nameSkeleton(b))
  })
})

describe('linkAnchors', () => {
  it('links equal numbers and similar names across scripts and drops one-sided anchors', () => {
    const source = [extractAnchors('It was founded by Dianna Booher in 1998.'), extractAnchors('Nothing here, Mr Smith.')]
    const target = [extractAnchors('Оны 1998 жылы Дианна Бохер құрды.'), extractAnchors('Мұнда ештеңе жоқ.')]
    const linked = linkAnchors(source, target)
    expect(linked.source[0]?.length).toBe(3)
    expect(Array.from(linked.source[0] ?? [])).toEqual(Array.from(linked.target[0] ?? []))
    expect(linked.source[1]?.length).toBe(0)
    expect(linked.weight.every((w) => w > 0)).toBe(true)
  })

  it('links a name with a case ending by prefix', () => {
    const linked = linkAnchors([extractAnchors('in Denver')], [extractAnchors('Біз Денвердегі қонақ үйде')])
    expect(linked.source[0]?.length).toBe(1)
  })
})
