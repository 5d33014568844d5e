import { describe, expect, it } from 'vitest'
import { numbersInWords } from '../../src/align/anchors/numberWords.js'

const values = (text: string): string[] => numbersInWords(text).map((a) => a.normalized)

describe('numbers written in words or native numerals are read as values', () => {
  it.each([
    ['Only fifty were shopping platforms.', ['50']],
    ['Nur fünfzig davon waren Einkaufsplattformen.', ['50']],
    ['Только пятьдесят из них были торговыми площадками.', ['50']],
    ['خمسون فقط كانت أسواقاً تجارية.', ['50']],
    ['มีเพียงห้าสิบแห่งเท่านั้นที่เป็นแพลตฟอร์มการค้า', ['50']],
    ['只有五十個是購物平台。', ['50']],
    ['the forty-fifth president', ['45']],
    ['des fünfundvierzigsten Präsidenten', ['45']],
    ['сорок пятого президента', ['45']],
    ['الرئيس الخامس والأربعين', ['45']],
    ['بخلاف تلك المؤرخة في الثامن والعشرين من تشرين الأول', ['28']],
    ['photos from the seventies', ['1970']],
    ['صور من السبعينيات', ['1970']],
    ['в семидесятых годах', ['1970']],
    ['七十年代的照片', ['1970']],
    ['它的年度預算超過十四億美元', ['1400000000']],
    ['二〇一六年', ['2016']],
    ['他們將會在六月十日演出', ['6', '10']],
    ['two hundred fifty people', ['250']],
    ['двести пятьдесят человек', ['250']],
    ['lima puluh orang', ['50']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected)
  })

  it('reads no number in articles, pronouns and words that merely contain a numeral', () => {
    expect(values('One of them said it was one of a kind.')).toEqual([])
    expect(values('Ein Mann stoit. Это стоит денег.')).toEqual([])
    expect(values('เรียบร้อย ความสัมพันธ์')).toEqual([])
    expect(values('百姓')).toEqual([])
  })

  it('keeps two numbers apart when they do not compose', () => {
    expect(values('the first two days')).toEqual(['2'])
    expect(values('three or four')).toEqual(['3', '4'])
  })
})
