import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { toTmx } from '../../src/index.js'
import { fixtureDataset } from './fixture.js'

interface Tuv {
  '@_xml:lang': string
  prop: Array<{ '@_type': string; '#text': string | number }>
  seg: string | number
}
interface Tu {
  '@_tuid': string
  prop: Array<{ '@_type': string; '#text': string | number }>
  tuv: Tuv[]
}
interface Tmx {
  tmx: { '@_version': string; header: Record<string, string>; body: { tu: Tu[] } }
}

function parse(xml: string): Tmx {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ['tu', 'tuv', 'prop'].includes(name),
  })
  return parser.parse(xml) as Tmx
}

describe('toTmx', () => {
  it('writes well-formed TMX 1.4b with all seven header attributes', () => {
    const [file] = toTmx(fixtureDataset())
    expect(file!.name).toBe('family-1.kk-km.tmx')
    expect(XMLValidator.validate(file!.content)).toBe(true)
    expect(file!.content.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')).toBe(true)
    const tmx = parse(file!.content).tmx
    expect(tmx['@_version']).toBe('1.4')
    expect(tmx.header).toEqual({
      '@_creationtool': 'paracorpus',
      '@_creationtoolversion': '0.1.0',
      '@_segtype': 'paragraph',
      '@_o-tmf': 'none',
      '@_adminlang': 'en',
      '@_srclang': 'km',
      '@_datatype': 'plaintext',
    })
  })

  it.each([
    ['turn', 'paragraph'],
    ['sentence', 'sentence'],
  ] as const)('uses segtype %s → %s', (level, segtype) => {
    const tmx = parse(toTmx(fixtureDataset({ level }))[0]!.content).tmx
    expect(tmx.header['@_segtype']).toBe(segtype)
  })

  it('has one tu per unit where both documents have text, the source tuv first, with BCP 47 xml:lang', () => {
    const dataset = fixtureDataset()
    const tmx = parse(toTmx(dataset)[0]!.content).tmx
    const tus = tmx.body.tu
    expect(tus.map((tu) => tu['@_tuid'])).toEqual(dataset.units.filter((u) => u.slot !== 'a-2').map((u) => u.id))
    for (const tu of tus) expect(tu.tuv.map((t) => t['@_xml:lang'])).toEqual(['km', 'kk'])
    const q2 = tus.find((tu) => tu['@_tuid'] === 'family-1/q-2')!
    expect(q2.prop.map((p) => [p['@_type'], String(p['#text'])])).toEqual([
      ['x-family', 'family-1'],
      ['x-slot', 'q-2'],
      ['x-role', 'question'],
      ['x-confidence', '0.55'],
    ])
    expect(q2.tuv.map((t) => t.prop.map((p) => [p['@_type'], String(p['#text'])]))).toEqual([
      [['x-document', 'corpus/interview.km.txt'], ['x-confidence', '1'], ['x-drift', '0']],
      [['x-document', 'corpus/interview.kk.txt'], ['x-confidence', '0.55'], ['x-drift', '0.86']],
    ])
  })

  it('keeps only tus whose pair confidence reaches minConfidence', () => {
    const tus = parse(toTmx(fixtureDataset(), { minConfidence: 0.9 })[0]!.content).tmx.body.tu
    expect(tus.map((tu) => tu['@_tuid'])).not.toContain('family-1/q-2')
    for (const tu of tus) expect(Number(tu.prop.find((p) => p['@_type'] === 'x-confidence')!['#text'])).toBeGreaterThanOrEqual(0.9)
  })

  it('escapes markup, keeps quotes and newlines, and drops characters XML 1.0 forbids', () => {
    const dataset = fixtureDataset()
    const xml = toTmx(dataset)[0]!.content
    expect(xml).toContain('&amp; &lt;ទីផ្សារ&gt;')
    expect(xml).not.toContain('\u0007')
    const tus = parse(xml).tmx.body.tu
    const seg = (tuid: string, lang: string): string => String(tus.find((tu) => tu['@_tuid'] === tuid)!.tuv.find((t) => t['@_xml:lang'] === lang)!.seg)
    const unescape = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&')
    expect(unescape(seg('family-1/title', 'km'))).toBe(dataset.units[0]!.texts['corpus/interview.km.txt'])
    expect(unescape(seg('family-1/title', 'kk'))).toBe("Сұхбат: күріш бағасы & <нарық> 'жыл' 2024")
    expect(unescape(seg('family-1/intro-1', 'kk'))).toBe('Біз Баттамбанг провинциясындағы бір фермермен сөйлестік.')
    expect(seg('family-1/a-1', 'km')).toContain('\n\n')
  })

  it.each([
    ['a hub without a language', [null, 'kk'] as const, '*all*'],
    ['two documents in one language', ['kk', 'kk'] as const, 'kk'],
  ])('sets srclang for %s', (_, languages, srclang) => {
    const file = toTmx(fixtureDataset({ languages }))[0]!
    expect(file.srclang).toBe(srclang)
    expect(XMLValidator.validate(file.content)).toBe(true)
  })

  it('escapes quotes in attributes (tuid)', () => {
    const dataset = fixtureDataset()
    dataset.units[0]!.id = 'family-1/"title"&<x>'
    const xml = toTmx(dataset)[0]!.content
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parse(xml).tmx.body.tu[0]!['@_tuid']).toBe('family-1/"title"&<x>')
    expect(xml).toContain('tuid="family-1/&quot;title&quot;&amp;&lt;x&gt;"')
  })
})
