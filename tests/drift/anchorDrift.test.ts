import { describe, expect, it } from 'vitest'
import { extractAnchors } from '../../src/index.js'
import { anchorDrift } from '../../src/drift/anchorDrift.js'
import type { PivotAnchor } from '../../src/index.js'

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

  it('counts a dropped name in a cased script, below a dropped number', () => {
    const drift = anchorDrift([name('mark', 'Mark'), name('avery', 'Avery')], 'Он сказал, что вернётся.')
    expect(drift.lostAnchors).toEqual(['Mark', 'Avery'])
    expect(drift.lost).toBeCloseTo(0.6)
  })
})
