import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset, extractAnchors, parseDocument } from '../../src/index.js'
import { anchorDrift } from '../../src/drift/anchorDrift.js'
import { anchorsOf, anchorsOfSegments, mergeAnchors } from '../../src/pivot/pivotAnchors.js'
import type { PivotAnchor } from '../../src/index.js'

/** One PUD sentence (../shared/data/pud: the same sentences professionally translated) by language and id. */
function pud(lang: string, id: string): string {
  const line = readFileSync(resolve(import.meta.dirname, `../../../shared/data/pud/${lang}.tsv`), 'utf8').split('\n').find((l) => l.startsWith(`${id}\t`))
  if (line === undefined) throw new Error(`no PUD sentence ${id} in ${lang}`)
  return line.slice(id.length + 1).trim()
}

/** One sentence of the TICO-19 subset (data/tico19: the same sentences professionally translated) by language and line. */
function tico(lang: string, line: number): string {
  const row = readFileSync(resolve(import.meta.dirname, `../../data/tico19/${lang}.tsv`), 'utf8').split('\n')[line - 1]!
  return row.slice(row.indexOf('\t') + 1)
}

const values = (text: string): string[] => anchorsOf(text).filter((a) => a.kind === 'number').map((a) => a.normalized).sort()

const number = (key: string, written = key): PivotAnchor => ({ kind: 'number', key, variants: [written] })
const name = (key: string, written: string): PivotAnchor => ({ kind: 'name', key, variants: [written] })

describe('numbers keep their value across numeral systems and scale words', () => {
  it.each([
    ['It cost 1.5 million dollars.', '1500000'],
    ['耗资150万美元。', '1500000'],
    ['Это стоило 1,5 млн долларов.', '1500000'],
    ['Biayanya 1,5 juta dolar.', '1500000'],
    ['Es kostete 1,5 Millionen Dollar.', '1500000'],
    ['تكلف ١٫٥ مليون دولار', '1500000'],
    ['We have 3,000 users.', '3000'],
    ['يعيش فيها 5 ملايين نسمة', '5000000'],
  ])('%s → %s', (text, value) => {
    expect(extractAnchors(text).filter((a) => a.kind === 'number').map((a) => a.normalized)).toEqual([value])
  })
})

describe('anchorDrift', () => {
  it('is silent on localised numbers and transliterated, inflected names', () => {
    const expected = [number('1500000', '1.5'), name('geiger', 'Geiger'), name('liupanshui', 'Liupanshui')]
    const drift = anchorDrift(expected, 'По словам Гейгера, Люпаньшуй получил 1,5 млн долларов.')
    expect(drift).toMatchObject({ lost: 0, changed: 0 })
  })

  it('reports a changed number as changed, a deleted one as lost', () => {
    expect(anchorDrift([number('50')], 'Nur 53 davon waren Marktplätze.')).toMatchObject({ changed: 1, changedAnchors: ['50 → 53'] })
    expect(anchorDrift([number('50')], 'Nur davon waren Marktplätze.')).toMatchObject({ lost: 1, lostAnchors: ['50'] })
  })

  it('lets a time or score written in parts count as the same number', () => {
    expect(anchorDrift([number('2345', '23.45')], 'Поезд отправился в 23 ч 45 мин.')).toMatchObject({ lost: 0, changed: 0 })
  })

  it('does not count single digits written as words, nor names it cannot see in uncased scripts', () => {
    expect(anchorDrift([number('3')], 'They met three times.').lost).toBe(0)
    expect(anchorDrift([name('tarlo', 'Tarlo')], 'ทาร์โลกล่าวว่าจะกลับมา').lost).toBe(0)
  })

  it('finds a number the translation writes in words or native numerals', () => {
    expect(anchorDrift([number('50')], 'خمسون فقط كانت أسواقاً تجارية.')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('1400000000', '1.4')], '它的年度預算超過十四億美元。')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('1970')], 'وكأنها كانت صورٌ من السبعينيات؟')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('28')], 'Unlike the one dated October twenty-eighth, the letter drew no comment.')).toMatchObject({ lost: 0, changed: 0 })
  })

  it('does not take a number written in words for a changed one', () => {
    expect(anchorDrift([number('50')], 'Nur zehn davon waren Marktplätze.')).toMatchObject({ changed: 0, lost: 1 })
  })

  it('scores one changed or lost number as serious even among many', () => {
    const expected = [number('2017'), number('2020'), number('1'), number('45')]
    expect(anchorDrift(expected, 'Die Zeitpläne (2010 oder 2020) stimmen nicht; 1 %, der 45. Präsident.').changed).toBeGreaterThanOrEqual(0.5)
    expect(anchorDrift(expected, 'Die Zeitpläne (2020) stimmen nicht; 1 %, der 45. Präsident.').lost).toBeGreaterThanOrEqual(0.5)
  })

  it('reads a decade with or without its century, and a time with zero minutes as its hour', () => {
    expect(anchorDrift([number('60')], 'В шестидесятые годы она начинала в театре.').lost).toBe(0)
    expect(anchorDrift([number('1960')], 'В 60-х она начинала в театре.').lost).toBe(0)
    expect(anchorDrift([number('10')], 'sabah pazarına (6.30-10.00) göz atın')).toMatchObject({ lost: 0, changed: 0 })
  })

  // PUD n01099035: the morning market opens at `6.30` (English), `6:30` (German, Arabic), `6시30분` (Korean), `06:30`
  // (Russian): the same hour with or without its leading zero.
  it('reads an integer written with leading zeros as the same value, and another digit as a changed one', () => {
    const members = ['en', 'de', 'ar', 'ko', 'ru'].map((l) => pud(l, 'n01099035'))
    const expected = mergeAnchors(members.map((t) => anchorsOf(t)), 3).filter((a) => a.kind === 'number')
    expect(expected.map((a) => a.key)).toContain('6')
    expect(anchorDrift(expected, members[4]!)).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(expected, members[4]!.replace('06:30', '07:30')).changedAnchors).toEqual(['6 → 07'])
  })

  // PUD sentences (../shared/data/pud): the English writes `$221bn`, the others `221 Milliarden`, `2210億`.
  it('takes the expected digits at another scale for the same number, but not other digits', () => {
    const billions = number('221000000000', '221')
    expect(anchorDrift([billions], 'Investments in this area were up by 6% in 2015 to $221bn.')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('221')], '這方面的投資在2015年增長了6%，至2210億美元。')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([billions], 'Investments in this area were up by 6% in 2015 to $224bn.').changed).toBeGreaterThanOrEqual(0.5)
    // A lone digit is no evidence: `2` is not taken for `2000`.
    expect(anchorDrift([number('2000'), number('20')], 'Im Jahr 2000 waren es 2 Prozent.').lost).toBeGreaterThanOrEqual(0.5)
  })

  // PUD: `$103.7 million` in Korean, and `£2bn and £1.4bn` in Russian with one scale word for both.
  it('reads a number written as a sum of scaled parts, and a lone digit sharing the next number\'s scale word', () => {
    expect(anchorDrift([number('103700000', '103,7')], '그에 비해, 2004년에 운영을 시작한NoMa infill Metro 전철역을 짓는 데 1억 370만 달러가 소요되었다.')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('103700000', '103,7')], '그에 비해, 2004년에 운영을 시작한NoMa infill Metro 전철역을 짓는 데 1억 470만 달러가 소요되었다.').changed).toBeGreaterThanOrEqual(0.5)
    const billions = [number('2000000000', '2'), number('1400000000', '1,4')]
    expect(anchorDrift(billions, 'Также инвесторы вложили 2 и 1,4 миллиарда фунтов стерлингов в фонды соответственно.')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(billions, 'Также инвесторы вложили 1,4 миллиарда фунтов стерлингов в фонды соответственно.').lost).toBeGreaterThanOrEqual(0.5)
    // A year is not a scaled number: `2` beside `2017` is not the lost `2000`.
    expect(anchorDrift([number('2000'), number('2017')], 'Seit 2017 sind es 2 Prozent mehr.').lost).toBeGreaterThanOrEqual(0.5)
  })

  it('reads a Thai Buddhist-era year as the Common Era year it stands for', () => {
    expect(anchorDrift([number('2017')], 'การเลือกตั้งจะจัดขึ้นในปี 2560')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('2017')], 'การเลือกตั้งจะจัดขึ้นในปี 2561').changed).toBeGreaterThanOrEqual(0.5)
    expect(anchorDrift([number('2017')], 'Die Wahl findet 2560 statt.').changed).toBeGreaterThanOrEqual(0.5)
  })

  it('reads Roman numerals of centuries and rulers, not the English pronoun', () => {
    expect(anchorDrift([number('19', '19th')], 'Город был основан в XIX веке.')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('19', '19th')], 'Город был основан в XVIII веке.').lost).toBeGreaterThanOrEqual(0.5)
    expect(anchorDrift([number('14')], 'Ludwig XIV ließ das Schloss erweitern.').lost).toBe(0)
    expect(anchorDrift([number('1', '1st')], 'Пётр I основал город.').lost).toBe(0)
    expect(anchorDrift([number('14')], 'Then I said it was built for the king.').lost).toBeGreaterThanOrEqual(0.5)
  })

  it('does not call a number ending in a half lost where the text writes a half in words', () => {
    const target = number('15', '1.5')
    expect(anchorDrift([target], 'لكن إسهاماتهم بعيدة كل البعد عن هدف الوصول إلى ارتفاع بمقدار درجة ونصف مئوية.').lost).toBe(0)
    expect(anchorDrift([target], 'Их вклады очень далеки от целевых показателей в полтора градуса.').lost).toBe(0)
    expect(anchorDrift([target], 'لكن إسهاماتهم بعيدة كل البعد عن هدف الوصول إلى ارتفاع بمقدار درجة مئوية.').lost).toBeGreaterThanOrEqual(0.5)
    expect(anchorDrift([number('25')], 'Nur die Hälfte davon, halb so viele, waren Marktplätze.').lost).toBeGreaterThanOrEqual(0.5)
  })

  // PUD: `Four in ten adults…` — the Thai writes the digits, the others words (`Vier`, `四`, `أربعة`).
  it('reports a single digit written as another digit as changed, and one written in words as found', () => {
    const expected = [number('10'), number('4', 'Four'), number('9', 'nine')]
    const thai = (n: string): string => `ผู้ใหญ่ ${n} ใน 10 คนได้รับบาดเจ็บเนื่องจากสภาพอากาศไม่ดี ในขณะที่ 9 ใน 10 คนก็ประเมินความหนาวยะเยือกของบริเตนในหน้าหนาวต่ำไป`
    expect(anchorDrift(expected, thai('4'))).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(expected, thai('7'))).toMatchObject({ changedAnchors: ['Four → 7'] })
    expect(anchorDrift(expected, thai('7')).changed).toBeGreaterThanOrEqual(0.5)
    expect(anchorDrift(expected, 'Vier von zehn Erwachsenen haben sich verletzt, während neun von zehn den Winter unterschätzt haben.')).toMatchObject({ lost: 0, changed: 0 })
  })

  it('does not count a name lost that fewer than half of the family wrote', () => {
    const drift = (support: number) => anchorDrift([{ kind: 'name', key: 'krankenhaus', variants: ['Krankenhaus'], support }], 'Она лечилась в больнице в Кембриджшире.').lost
    expect(drift(0.3333)).toBe(0)
    expect(drift(0.6667)).toBeCloseTo(0.4)
  })

  it('finds a name under any spelling the family used', () => {
    const hongKong: PivotAnchor = { kind: 'name', key: 'hong', variants: ['Hong', 'Kong', 'Гонконг'] }
    expect(anchorDrift([hongKong], 'Великобритания передала Гонконг КНР в 1997 году.').lost).toBe(0)
  })

  it('counts a dropped name in a cased script, below a dropped number', () => {
    const drift = anchorDrift([name('mark', 'Mark'), name('avery', 'Avery')], 'Он сказал, что вернётся.')
    expect(drift.lostAnchors).toEqual(['Mark', 'Avery'])
    expect(drift.lost).toBeCloseTo(0.4)
  })
})

describe('numbers as professional translators localise them (PUD)', () => {
  it('compares a single digit with single digits only, not with a date elsewhere in the sentence', () => {
    // `The two organisations … on the 12th of October`: Korean writes `두` for two and `10월` for October.
    const expected = [number('2', 'two'), number('12', '12th')]
    expect(anchorDrift(expected, pud('ko', 'n03007006'))).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(expected, pud('ko', 'n03007006').replace('12일', '15일')).changed).toBeGreaterThanOrEqual(0.5)
  })

  it('reads `bn`, Arabic dual scale words and Korean digits with units as the same values as the others', () => {
    // `£2bn and £1.4bn`: `2 Mrd.`, `ملياري` (two billions), `20억`, `2 milyar`.
    const billions = ['1400000000', '2000000000']
    for (const lang of ['en', 'de', 'ar', 'ko', 'id', 'tr']) expect(values(pud(lang, 'n01111021')), lang).toEqual(billions)
    // `$221bn`: `2천2백1십억` (2 thousand 2 hundred 1 ten × 10⁸).
    for (const lang of ['en', 'de', 'ko', 'th']) expect(values(pud(lang, 'n01022016')), lang).toContain('221000000000')
    const korean = pud('ko', 'n01022016')
    expect(anchorDrift([number('221000000000', '221')], korean)).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('221000000000', '221')], korean.replace('2천2백', '2천3백')).changed).toBeGreaterThanOrEqual(0.5)
  })

  it('reads number words carrying Turkish suffixes, and does not read vague plurals as values', () => {
    // `Only 50 were marketplaces.` → `yalnızca ellisi`.
    expect(anchorDrift([number('50')], pud('tr', 'n01094014'))).toMatchObject({ lost: 0, changed: 0 })
    // `hundreds of skilled jobs until 2035`, `tens of billions of euros`: no value but the year.
    for (const lang of ['en', 'de', 'ru', 'tr']) expect(values(pud(lang, 'n01014003')), lang).toEqual(['2035'])
    expect(values(pud('en', 'n01107005'))).toEqual([])
    // After a number the same words are its scale.
    expect(values('Es waren dreitausend Menschen, fünf Millionen Euro, zwei Milliarden Dollar.')).toEqual(['2000000000', '3000', '5000000'])
  })

  it('reads a decade written with two digits as the decade others write in full (`70年代`, `60-an`, `60\'lı` = 1960s…)', () => {
    for (const lang of ['en', 'de', 'zh', 'id', 'ko', 'tr']) expect(values(pud(lang, 'n01090004')), lang).toContain('1970')
    for (const lang of ['en', 'de', 'ru', 'zh', 'id', 'ko', 'tr']) expect(values(pud(lang, 'n02034018')), lang).toContain('1960')
    expect(anchorDrift([number('1970', '1970s')], pud('zh', 'n01090004').replace('70年代', '73年代')).changed).toBeGreaterThanOrEqual(0.5)
  })

  it('finds the parts of a time others wrote in parts inside the whole one (`23.45` for `23:45`)', () => {
    const parts = [number('23'), number('45')]
    for (const lang of ['en', 'de', 'th', 'id']) expect(anchorDrift(parts, pud(lang, 'n03001030')), lang).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(parts, pud('de', 'n03001030').replace('23.45', '23.48')).changed).toBeGreaterThanOrEqual(0.5)
    // `6.30-10am` (Chinese, as the English) where others write `6:30 – 10:00`; `00` is a single digit.
    const market = [number('30', '30'), number('00', '00'), number('10')]
    expect(anchorDrift(market, pud('zh', 'n01099035'))).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(market, pud('zh', 'n01099035').replace('6.30', '6')).lost).toBeGreaterThanOrEqual(0.5)
  })
})

describe('link targets in Markdown', () => {
  const en = '# Contact\n\nFollow the project on [our social page](https://twitter.com/paracorpus) for release news and events.\n\nThe team answers questions there within two days, most of the time.\n'
  const de = '# Kontakt\n\nFolgen Sie dem Projekt auf [unserer Seite](https://twitter.com/paracorpus), um Neuigkeiten zu Versionen und Terminen zu erhalten.\n\nDas Team beantwortet Fragen dort meist innerhalb von zwei Tagen.\n'
  const fr = (url: string): string => `# Contact\n\nSuivez le projet sur [notre page](${url}) pour les nouvelles versions et les événements.\n\nL’équipe répond aux questions en deux jours la plupart du temps.\n`

  it('reports a changed link target as anchor-changed, though the URL is not in the text', () => {
    const docs = [parseDocument(en, { id: 'en.md' }), parseDocument(de, { id: 'de.md' }), parseDocument(fr('https://x.com/paracorpus'), { id: 'fr.md' })]
    const dataset = buildDataset(docs, { level: 'turn', source: 'en.md' })
    const changed = dataset.drift.find((r) => r.document === 'fr.md')!.reasons.filter((r) => r.code === 'anchor-changed')
    expect(changed.map((r) => r.message).join(' ')).toContain('twitter.com/paracorpus → https://x.com/paracorpus')
    expect(dataset.drift.find((r) => r.document === 'de.md')!.reasons.filter((r) => r.code.startsWith('anchor-'))).toEqual([])
  })

  // Real docs (tests/fixtures/real): KernelSU's Japanese FAQ links `../../guide/how-to-integrate-for-non-gki` where
  // the English links `how-to-integrate-for-non-gki`; RustDesk's translated READMEs link their own locale's pages.
  it('takes a relative link rebased from another folder, or a swapped locale segment, for the same target', () => {
    const faq = (path: string): string => readFileSync(resolve(import.meta.dirname, '../fixtures/real/kernelsu-faq/website/docs', path), 'utf8')
    const linkOf = (text: string): PivotAnchor[] => {
      const segment = parseDocument(text).segments.find((s) => s.anchors?.some((a) => a.text.includes('how-to-integrate-for-non-gki')))!
      return anchorsOfSegments([segment]).filter((a) => a.kind === 'url').map((a) => ({ kind: 'url', key: a.normalized, variants: [a.text] }))
    }
    const english = linkOf(faq('guide/faq.md'))
    expect(english).toHaveLength(1)
    const japanese = parseDocument(faq('ja_JP/guide/faq.md')).segments.find((s) => s.anchors?.some((a) => a.text.includes('how-to-integrate-for-non-gki')))!
    expect(anchorDrift(english, japanese.text, { found: anchorsOfSegments([japanese]) })).toMatchObject({ lost: 0, changed: 0 })
    const url = (key: string): PivotAnchor => ({ kind: 'url', key, variants: [key] })
    const found = (text: string) => [{ kind: 'url' as const, text, normalized: text.replace(/^https:\/\//u, '') }]
    expect(anchorDrift([url('rustdesk.com/docs/en/dev/build')], '', { found: found('https://rustdesk.com/docs/ar/dev/build') })).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([url('rustdesk.com/docs/en/dev/build')], '', { found: found('https://rustdesk.com/docs/ar/dev/test') }).changed).toBe(1)
    expect(anchorDrift([url('example.com/guide/install')], '', { found: found('https://other.org/guide/install') }).changed).toBe(1)
    // A fragment names a heading, but on a site routed by its hash it is the page's path.
    expect(anchorDrift([url('docs.example.com/guide/install#installation')], '', { found: found('https://docs.example.com/guide/install#instalación') })).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([url('docs.example.com/#/guide/install')], '', { found: found('https://docs.example.com/#/api/config') }).changed).toBe(1)
  })
})

describe('numbers as translators write them (TICO-19)', () => {
  // `1,051,635 confirmed cases … in the twenty four hours` is `10,51,635 … चौबीस घंटों` in Hindi: Indian digit
  // grouping (lakhs) and a Hindi number word of 21–99, each its own word.
  it('reads Indian digit grouping and the Hindi number words of 21 to 99', () => {
    const expected = (lang: string): PivotAnchor[] => anchorsOf(tico(lang, 32)).filter((a) => a.kind === 'number').map((a) => number(a.normalized, a.text))
    expect(values(tico('hi', 32))).toEqual(expect.arrayContaining(['1051635', '24', '79332']))
    expect(values(tico('hi', 32))).not.toContain('635')
    for (const lang of ['en', 'id', 'zh']) {
      expect(anchorDrift(expected(lang), tico('hi', 32)), lang).toMatchObject({ lost: 0, changed: 0 })
      expect(anchorDrift(expected('hi'), tico(lang, 32)), lang).toMatchObject({ lost: 0, changed: 0 })
    }
    expect(values('अड़तीस और सड़सठ')).toEqual(['38', '67'])
  })

  // The same sentence in Russian: `о 1 051 635 подтвержденных случаях … 79 332 случая`, groups of three digits
  // after plain spaces (the typed form of the thin space); a year or a name's number before a count stays apart.
  it('reads digits grouped by plain spaces as one number', () => {
    const expected = (lang: string, line: number): PivotAnchor[] => anchorsOf(tico(lang, line)).filter((a) => a.kind === 'number').map((a) => number(a.normalized, a.text))
    expect(values(tico('ru', 32))).toEqual(expect.arrayContaining(['1051635', '79332']))
    expect(values(tico('ru', 32))).not.toContain('635')
    expect(values(tico('ru', 128))).toEqual(expect.arrayContaining(['97039', '1617204']))
    for (const lang of ['en', 'hi']) {
      for (const line of [32, 128]) {
        expect(anchorDrift(expected(lang, line), tico('ru', line)), `${lang} ${line}`).toMatchObject({ lost: 0, changed: 0 })
        expect(anchorDrift(expected('ru', line), tico(lang, line)), `${lang} ${line}`).toMatchObject({ lost: 0, changed: 0 })
      }
    }
    expect(values('In 2019 100 people came.')).toEqual(['100', '2019'])
    expect(values('COVID-19 100 cases')).toEqual(['100', '19'])
  })

  // `The 2019–20 coronavirus pandemic` is `2019-2020` in Indonesian and Chinese, `2019–2020 гг.` in Russian.
  it('takes the end of a year range written in full for the short one, and the other way round', () => {
    const expected = (lang: string): PivotAnchor[] => anchorsOf(tico(lang, 89)).filter((a) => a.kind === 'number').map((a) => number(a.normalized, a.text))
    expect(expected('en').map((a) => a.key)).toContain('20')
    for (const lang of ['id', 'ru', 'zh']) {
      expect(values(tico(lang, 89))).toContain('2020')
      expect(anchorDrift(expected('en'), tico(lang, 89)), lang).toMatchObject({ lost: 0, changed: 0 })
      expect(anchorDrift(expected(lang), tico('en', 89)), lang).toMatchObject({ lost: 0, changed: 0 })
    }
    // Without a year the range could start from, `19` is not `2019`.
    expect(anchorDrift([number('19')], 'Im Jahr 2019 waren es 25.').changed).toBe(1)
    expect(anchorDrift([number('19')], 'Von 2018 bis 2019 waren es 25.')).toMatchObject({ lost: 0, changed: 0 })
  })

  // `may range from two to fourteen days`: `dua hingga empat belas hari`, `दो से चौदह दिनों`.
  it('reads Indonesian teens and Hindi 11–19, and not `belas` (pity) alone', () => {
    const expected = anchorsOf(tico('en', 96)).filter((a) => a.kind === 'number' && a.normalized === '14').map((a) => number(a.normalized, a.text))
    expect(expected).toHaveLength(1)
    for (const lang of ['id', 'hi']) {
      expect(values(tico(lang, 96)), lang).toContain('14')
      expect(anchorDrift(expected, tico(lang, 96)), lang).toMatchObject({ lost: 0, changed: 0 })
    }
    expect(values('Dia menaruh belas kasihan pada mereka.')).toEqual([])
    expect(values('tiga belas ribu orang')).toEqual(['13000'])
  })

  it('does not take the zeros of a time for a single digit written another way', () => {
    expect(anchorDrift([number('3')], 'Комендантский час начинается в 15:00.')).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift([number('3')], 'Комендантский час начинается в 5 часов.').changed).toBe(1)
  })
})

describe('what faithful translations do with decades, magnitudes and small numbers', () => {
  const SIX = ['en', 'de', 'ru', 'zh', 'ar', 'th']
  /** The numbers a pivot expects of one sentence, from its translations as the pivot merges them (half of six). */
  const expectedOf = (texts: readonly string[]): PivotAnchor[] => mergeAnchors(texts.map((t) => anchorsOf(t).filter((a) => a.kind === 'number')), Math.ceil(texts.length / 2))

  it('weighs a decade that a translation transliterates or leaves out as a name, not a lost number', () => {
    // `a throwback to the Seventies`: Thai transliterates it (`เซเวนตี้ส์`); `in the mid-Sixties`: German leaves it out.
    for (const [id, lang] of [['n01125009', 'th'], ['n01116009', 'de']] as const) {
      const expected = expectedOf(SIX.map((l) => pud(l, id)))
      expect(expected.some((a) => a.key === '1970' || a.key === '1960'), id).toBe(true)
      const drift = anchorDrift(expected, pud(lang, id))
      expect(drift.lost, `${id} ${lang}`).toBeGreaterThan(0)
      expect(drift.lost, `${id} ${lang}`).toBeLessThan(0.5)
    }
  })

  it('does not call a bare magnitude in words lost where a translation writes the size another way', () => {
    // `tens of billions of euros`: `百億`, `zehn Milliarden`, `หมื่นล้าน` for some, `десятки миллиардов`, `عشرات مليارات`.
    const expected = expectedOf(SIX.map((l) => pud(l, 'n01107005')))
    expect(expected.map((a) => a.key)).toContain('10000000000')
    for (const lang of ['ru', 'ar']) expect(anchorDrift(expected, pud(lang, 'n01107005')).lost, lang).toBe(0)
  })

  it('reads Arabic tens before a unit word as the ten alone (`عشرين ثانية`, twenty seconds)', () => {
    const arabic = tico('ar', 198)
    expect(arabic).toContain('عشرين ثانية')
    expect(values(arabic)).toContain('20')
    expect(values(arabic)).not.toContain('22')
    expect(values('مئة وعشرون')).toEqual(['120'])
    expect(anchorDrift([number('20', 'twenty')], arabic)).toMatchObject({ lost: 0, changed: 0 })
  })

  it('calls a single digit the whole family writes in digits lost when a translation drops it, but not a dual', () => {
    // `according to a report from ABC Australia on March 3`: every translation writes the 3 in digits.
    const langs = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
    const expected = expectedOf(langs.map((l) => tico(l, 63)))
    expect(expected.map((a) => a.key)).toContain('3')
    expect(anchorDrift(expected, tico('ru', 63)).lost).toBe(0)
    expect(anchorDrift(expected, tico('ru', 63).replace(/ 3 марта/u, ' марта')).lostAnchors).toContain('3')
    // `under 2C`: Arabic writes the dual `درجتين` (two degrees), no number.
    const degrees = expectedOf(SIX.map((l) => pud(l, 'n01022002')))
    expect(degrees.map((a) => a.key)).toContain('2')
    expect(anchorDrift(degrees, pud('ar', 'n01022002')).lost).toBe(0)
  })

  it('calls a 1 the whole family writes in digits lost when a translation drops it, not when it has a word for one', () => {
    // `reducing the basic reproduction number to less than 1`: every translation writes the 1 in digits.
    const langs = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
    const expected = expectedOf(langs.map((l) => tico(l, 237)))
    expect(expected.map((a) => a.key)).toContain('1')
    for (const lang of langs) expect(anchorDrift(expected, tico(lang, 237)).lost, lang).toBe(0)
    expect(anchorDrift(expected, tico('ru', 237).replace('ниже 1.', 'ниже .')).lostAnchors).toEqual(['1'])
    expect(anchorDrift(expected, tico('ar', 237).replace('من 1.', 'من .')).lostAnchors).toEqual(['1'])
    // Written as a word of the number tables (`one`, `единиц…` is none, `одн…` is), or `一` in Chinese: not lost.
    expect(anchorDrift(expected, tico('ru', 237).replace('ниже 1.', 'ниже одного.')).lost).toBe(0)
    expect(anchorDrift(expected, tico('en', 237).replace('than 1.', 'than one.')).lost).toBe(0)
    expect(anchorDrift(expected, tico('zh', 237).replace('减少到 1 以下', '减少到一以下')).lost).toBe(0)
  })

  it('expects a number as many times as the family writes it: one of two changed is changed, one of two left out is no loss', () => {
    // `by 20 January 2020 … As of 9 April 2020`: every translation writes 2020 twice.
    const langs = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
    const expected = expectedOf(langs.map((l) => tico(l, 265)))
    expect(expected.find((a) => a.key === '2020')?.count).toBe(2)
    for (const lang of langs) expect(anchorDrift(expected, tico(lang, 265)), lang).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(expected, tico('zh', 265).replace('截至 2020 年 4 月', '截至 2023 年 4 月')).changedAnchors).toEqual(['2020 → 2023'])
    // `angiotensin-converting enzyme 2 (ACE2)` beside SARS-CoV-2 and COVID-19: the 2 of the enzyme deleted.
    const enzyme = expectedOf(langs.map((l) => tico(l, 371)))
    for (const lang of langs) expect(anchorDrift(enzyme, tico(lang, 371)), lang).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(enzyme, tico('zh', 371).replace('转换酶 2 (ACE2)', '转换酶 5 (ACE2)')).changedAnchors).toEqual(['2 → 5'])
    expect(anchorDrift(enzyme, tico('zh', 371).replace('转换酶 2 (ACE2)', '转换酶 (ACE2)')).lost).toBe(0)
  })

  it('calls a deleted fraction below one lost, not a single digit written as a word (`0.1%` → `%`)', () => {
    // `between 0.1% and 0.39%`: the fraction's digits reduce to 1, but it is a value like any other.
    const langs = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
    const expected = expectedOf(langs.map((l) => tico(l, 133)))
    expect(expected.map((a) => a.key)).toContain('01')
    expect(anchorDrift(expected, tico('ar', 133)).lost).toBe(0)
    expect(anchorDrift(expected, tico('ar', 133).replace('0.1%', '%')).lost).toBeGreaterThanOrEqual(0.5)
  })

  it('takes `.08` for `0.08` and does not read an expected `4` into `13.04`', () => {
    const langs = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
    const expected = expectedOf(langs.map((l) => tico(l, 93)))
    for (const lang of langs) expect(anchorDrift(expected, tico(lang, 93)), lang).toMatchObject({ lost: 0, changed: 0 })
    expect(anchorDrift(expected, tico('id', 93).replace('4%', '7%')).changedAnchors).toEqual(['4 → 7'])
  })
})
