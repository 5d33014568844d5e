import { anyAscii } from '../text/anyAscii.js'

/**
 * Scale words written after a number, and the power of ten they stand for, across the scripts and languages
 * translations are written in: `1.5 million` = `150万` = `1,5 млн` = `1,5 juta` = `150 ล้าน`… Numbers are
 * localised by such words, so a number is compared by the value they give it.
 */
const SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  // Only whether a scale word starts the text is asked (`test`), so where nothing follows the word in the pattern its
  // inflected endings need no `\p{L}*` (`миллион` matches `миллионов` as well): letter classes under `iu` are costly
  // to compile, and every process compiles them. The thousands keep it: a letter must not follow the word there.
  // trillion / 兆 (zh, ja), Billion (de), триллион, triliun, trilyon
  [/^(?:trillions?|trilliards?|billionen|триллион|трлн|triliun|trilyon|ट्रिलियन|兆|조|tn(?!\p{L}))/iu, 12],
  // billion (`bn`), milliard, Milliarde(n), Mrd, млрд, миллиард, miliar, milyar, مليار, अरब, 億/亿, 억 (1e8), พันล้าน
  [/^(?:bn(?!\p{L})|billions?|milliards?|milliarde[n]?|mrd\.?|млрд|миллиард|miliar|milyar|مليار|अरब|बिलियन|พันล้าน)/iu, 9],
  [/^(?:億|亿|억)/u, 8],
  // million (`mn`), Million(en), Mio, млн, миллион, juta, milyon, مليون and its plural ملايين, मिलियन, ล้าน, 百万
  [/^(?:mn(?!\p{L})|millions?|million(?:en)?|mio\.?|млн|миллион|juta|milyon|millón|millones|milione|milioni|milhão|milhões|مليون|ملايين|मिलियन|ล้าน|百万|백만)/iu, 6],
  [/^(?:crores?|करोड़)/iu, 7],
  [/^(?:lakh|लाख)/iu, 5],
  [/^(?:แสน)/u, 5],
  [/^(?:万|萬|만|หมื่น)/u, 4],
  // thousand, Tausend, тыс, тысяч, ribu, bin, mil, mille, ألف, हज़ार, พัน, 千, 천
  [/^(?:thousands?|tausend|тыс\.?|тысяч\p{L}*|мың|ribu|bin|mil|mille|ألف|آلاف|हज़ार|हजार|พัน|千|천)(?![\p{L}])/iu, 3],
]

const STARTS_WITH_LETTER = /^\p{L}/u

/**
 * The power of ten of a scale word at the start of `after` (skipping one space), or 0 when there is none.
 * @param after Text right after a number.
 */
export function scaleAfter(after: string): number {
  const rest = after.replace(/^[\s\u00a0\u202f]?/u, '')
  // Every scale word starts with a letter: a number followed by anything else is not read against the scales.
  if (!STARTS_WITH_LETTER.test(rest)) return 0
  for (const [re, power] of SCALES) if (re.test(rest)) return power
  return 0
}

/**
 * The value of a number followed by a scale word, as a plain integer string (`1.5` and 6 → `1500000`), reading a
 * `.` or `,` followed by exactly three digits as a thousands separator and any other as the decimal mark.
 * @param written The number as written (any script's digits).
 * @param power The scale's power of ten.
 * @returns The value, or `undefined` when it is not a whole number.
 */
export function scaledValue(written: string, power: number): string | undefined {
  const ascii = anyAscii(written.replace(/\u066b/gu, '.').replace(/\u066c/gu, ',')).replace(/[\s\u00a0\u202f'’]/g, '')
  const parts = ascii.split(/[.,]/)
  const last = parts[parts.length - 1] ?? ''
  const decimal = parts.length > 1 && last.length !== 3 ? last : ''
  const whole = (decimal === '' ? parts : parts.slice(0, -1)).join('')
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(decimal) || decimal.length > power) return undefined
  const digits = (whole + decimal.padEnd(power, '0')).replace(/^0+(?=\d)/, '')
  return digits
}
