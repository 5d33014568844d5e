import type { Anchor } from './Anchor.js'
import { checkText } from '../../errors/checkShape.js'
import { scriptClass } from '../../util/scripts.js'

/**
 * How a number word combines with the ones before it: `a` adds (units, teens, tens), `h` multiplies what came
 * before in its group (`two hundred`), `s` is a positional unit of a script that writes numbers as digit × unit
 * (`五十` 5 × 10, `ห้าสิบ`), `b` closes a group and multiplies it (`thousand`, `万`, `億`, `ล้าน`), `d` is a digit of
 * a positional script (a run of digits alone is read digit by digit: `二〇一六` = 2016).
 */
type Combine = 'a' | 'h' | 's' | 'b' | 'd'

interface Morpheme {
  value: number
  combine: Combine
  /** A decade (`seventies`, `السبعينيات`): read as the year that starts it in the 1900s. */
  decade?: boolean
  /**
   * The word is a plural or carries an ending (`hundreds`, `тысячи`, `آلاف`, `tens`): alone it is a vague quantity
   * (`hundreds of jobs`, `tens of billions`), a value only after a number (`three thousand`).
   */
  vague?: boolean
}

/**
 * Number words of languages written with spaces, as `form value` pairs. Forms are lower-case; words inflect, so a
 * form may be followed by one of the {@link ENDINGS}. Ordinals and decades are forms of their own. Words for one
 * (`one`, `ein`, `один`…) count only inside a longer number: alone they are pronouns and articles far more often.
 */
const SPACED_WORDS = `
two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 fourteen 14
fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60
seventy 70 eighty 80 ninety 90 third 3 fourth 4 fifth 5 sixth 6 seventh 7 eighth 8 ninth 9 tenth 10
eleventh 11 twelfth 12 twentieth 20 thirtieth 30 fortieth 40 fiftieth 50 sixtieth 60 seventieth 70 eightieth 80
ninetieth 90 one 1 first 1
ein 1 eins 1 erst 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sech 6 sieben 7 sieb 7 acht 8 neun 9 zehn 10 elf 11 zwölf 12 zwanzig 20
dreißig 30 dreissig 30 vierzig 40 fünfzig 50 sechzig 60 siebzig 70 achtzig 80 neunzig 90 zweit 2 dritt 3 viert 4
fünft 5 sechst 6 siebt 7 neunt 9 zehnt 10 zwanzigst 20 dreißigst 30 vierzigst 40 fünfzigst 50 sechzigst 60
siebzigst 70 achtzigst 80 neunzigst 90
un 1 une 1 premier 1 deux 2 trois 3 quatre 4 cinq 5 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13 quatorze 14 quinze 15
seize 16 vingt 20 trente 30 quarante 40 cinquante 50 soixante 60 septante 70 huitante 80 nonante 90
deuxième 2 troisième 3 quatrième 4 cinquième 5 sixième 6 septième 7 huitième 8 neuvième 9 dixième 10
uno 1 primer 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 veinte 20 treinta 30 cuarenta 40
cincuenta 50 sesenta 60 setenta 70 ochenta 80 noventa 90
satu 1 dua 2 tiga 3 empat 4 lima 5 enam 6 tujuh 7 delapan 8 sembilan 9 sepuluh 10 sebelas 11 seratus 100
один 1 одн 1 перв 1 два 2 две 2 двух 2 двум 2 двумя 2 три 3 трех 3 трем 3 тремя 3 четыр 4 пят 5 шест 6 сем 7 восем 8 девят 9 десят 10
одиннадцат 11 двенадцат 12 тринадцат 13 четырнадцат 14 пятнадцат 15 шестнадцат 16 семнадцат 17
восемнадцат 18 девятнадцат 19 двадцат 20 тридцат 30 сорок 40 сорока 40 сороков 40 пятьдесят 50 пятидесят 50
шестьдесят 60 шестидесят 60 семьдесят 70 семидесят 70 восемьдесят 80 восьмидесят 80 девяносто 90 девяност 90
втор 2 трет 3 четверт 4 седьм 7 восьм 8 двое 2 трое 3 четверо 4 пятеро 5 шестеро 6 семеро 7
iki 2 üç 3 dört 4 dörd 4 beş 5 yedi 7 sekiz 8 dokuz 9 yirmi 20 otuz 30 kırk 40 elli 50 altmış 60 yetmiş 70 seksen 80
doksan 90
एक 1 दो 2 तीन 3 चार 4 पांच 5 पाँच 5 छह 6 सात 7 आठ 8 नौ 9 दस 10 बीस 20 तीस 30 चालीस 40 पचास 50 साठ 60 सत्तर 70 अस्सी 80 नब्बे 90
ग्यारह 11 बारह 12 तेरह 13 चौदह 14 पंद्रह 15 पन्द्रह 15 सोलह 16 सत्रह 17 अठारह 18 उन्नीस 19
इक्कीस 21 बाईस 22 तेईस 23 चौबीस 24 पच्चीस 25 छब्बीस 26 सत्ताईस 27 अट्ठाईस 28 अठ्ठाईस 28 उनतीस 29 इकतीस 31 बत्तीस 32
तैंतीस 33 तेंतीस 33 चौंतीस 34 पैंतीस 35 छत्तीस 36 सैंतीस 37 अड़तीस 38 उनतालीस 39 इकतालीस 41 बयालीस 42 तैंतालीस 43
चवालीस 44 चौवालीस 44 पैंतालीस 45 छियालीस 46 सैंतालीस 47 अड़तालीस 48 उनचास 49 इक्यावन 51 बावन 52 तिरेपन 53 तिरपन 53
चौवन 54 पचपन 55 छप्पन 56 सत्तावन 57 अट्ठावन 58 उनसठ 59 इकसठ 61 बासठ 62 तिरेसठ 63 तिरसठ 63 चौंसठ 64 पैंसठ 65
छियासठ 66 सड़सठ 67 सरसठ 67 अड़सठ 68 उनहत्तर 69 इकहत्तर 71 बहत्तर 72 तिहत्तर 73 चौहत्तर 74 पचहत्तर 75 छिहत्तर 76
सतहत्तर 77 अठहत्तर 78 उन्यासी 79 उनासी 79 इक्यासी 81 बयासी 82 तिरासी 83 चौरासी 84 पचासी 85 छियासी 86 सत्तासी 87
अट्ठासी 88 नवासी 89 इक्यानवे 91 बानवे 92 तिरानवे 93 चौरानवे 94 पचानवे 95 पंचानवे 95 छियानवे 96 सत्तानवे 97
अट्ठानवे 98 निन्यानवे 99
اثنان 2 اثنين 2 اثنا 2 اثنتان 2 اثنتين 2 ثاني 2 ثلاث 3 ثالث 3 اربع 4 رابع 4 خمس 5 خامس 5 سته 6 ست 6 سادس 6
سبع 7 سابع 7 ثمان 8 ثماني 8 ثامن 8 تسع 9 تاسع 9 عشر 10 عاشر 10 عشرون 20 عشرين 20 حادي 1 واحد 1 احد 1 احدي 1 اول 1 اولي 1
`

/**
 * Words that multiply what comes before them in their group (`h`), words that close a group (`b`), plurals that
 * close a group only after a number (`p`: `тысяч`, `آلاف`), duals that are two of a scale (`a`: `ملياري`), and
 * words that add only after a number (`v`: Indonesian `empat belas` = 14, where `belas` alone is pity).
 */
const SPACED_SCALES = `
hundred 100 h puluh 10 h belas 10 v hundert 100 h cent 100 h cents 100 h cien 100 h ciento 100 h ratus 100 h сто 100 h ста 100 h сот 100 h
двести 200 a двухсот 200 a триста 300 a трехсот 300 a четыреста 400 a четырехсот 400 a пятьсот 500 a пятисот 500 a
مئه 100 h مائه 100 h مئتان 200 a مئتين 200 a مائتين 200 a
yüz 100 h सौ 100 h thousand 1000 b हजार 1000 b हज़ार 1000 b tausend 1000 b mille 1000 b mil 1000 b ribu 1000 b тысяч 1000 p
тысяча 1000 b الف 1000 b الاف 1000 p الفان 2000 a الفين 2000 a الفي 2000 a
million 1000000 b milliard 1000000000 b billion 1000000000 b миллион 1000000 b миллионов 1000000 p миллиард 1000000000 b
миллиардов 1000000000 p juta 1000000 b miliar 1000000000 b milyon 1000000 b milyar 1000000000 b
مليون 1000000 b ملايين 1000000 p مليار 1000000000 b مليارات 1000000000 p مليونان 2000000 a مليونين 2000000 a
مليوني 2000000 a ملياران 2000000000 a مليارين 2000000000 a ملياري 2000000000 a
मिलियन 1000000 b बिलियन 1000000000 b अरब 1000000000 b करोड़ 10000000 b लाख 100000 b
`

/** Inflection and ordinal endings a number word may carry (Russian cases, German ordinals, Arabic `ة`…). */
const ENDINGS = new Set([
  '', 's', 'th', 'e', 'en', 'er', 'es', 'em', 'te', 'ten', 'ter', 'tes', 'tem', 'ste', 'sten', 'ster', 'stes', 'stem',
  'ь', 'и', 'ью', 'ый', 'ий', 'ой', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ом', 'ых', 'ыми', 'ую', 'ей', 'а', 'у', 'ю', 'я', 'е',
  'ьего', 'ьему', 'ья', 'ье', 'ьи', 'ьей', 'ьим', 'ьих', 'ам', 'ами', 'ах',
  'ه', 'ا', 'ان', 'ين', 'ون',
  // Turkish possessive, case and ordinal suffixes (`ellisi`, `dokuzu`, `ikinci`, `üçüncü`).
  'i', 'ı', 'u', 'ü', 'si', 'sı', 'su', 'sü', 'de', 'da', 'den', 'dan', 'ta', 'tan', 'nci', 'ncı', 'ncu', 'ncü',
  'inci', 'ıncı', 'uncu', 'üncü',
])

/** Decade endings: `-ies` (`seventies`), `-er(jahre)` (`Siebzigerjahre`), `-ينيات` (`السبعينيات`). */
const DECADE = /^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$|^(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)er(?:n|jahre|jahren|jahr)?$/u

/** Positional numerals of scripts written without spaces (Chinese, Japanese, Thai). */
const POSITIONAL: ReadonlyArray<readonly [string, number, Combine]> = [
  ['〇', 0, 'd'], ['零', 0, 'd'], ['一', 1, 'd'], ['二', 2, 'd'], ['两', 2, 'd'], ['兩', 2, 'd'], ['三', 3, 'd'], ['四', 4, 'd'],
  ['五', 5, 'd'], ['六', 6, 'd'], ['七', 7, 'd'], ['八', 8, 'd'], ['九', 9, 'd'], ['十', 10, 's'], ['百', 100, 's'],
  ['千', 1000, 's'], ['万', 1e4, 'b'], ['萬', 1e4, 'b'], ['亿', 1e8, 'b'], ['億', 1e8, 'b'], ['兆', 1e12, 'b'],
  ['หนึ่ง', 1, 'd'], ['เอ็ด', 1, 'd'], ['สอง', 2, 'd'], ['ยี่', 2, 'd'], ['สาม', 3, 'd'], ['สี่', 4, 'd'], ['ห้า', 5, 'd'],
  ['หก', 6, 'd'], ['เจ็ด', 7, 'd'], ['แปด', 8, 'd'], ['เก้า', 9, 'd'], ['สิบ', 10, 's'], ['ร้อย', 100, 's'],
  ['พัน', 1000, 's'], ['หมื่น', 1e4, 's'], ['แสน', 1e5, 's'], ['ล้าน', 1e6, 'b'],
]

function table(text: string, combine?: Combine): Map<string, Morpheme> {
  const out = new Map<string, Morpheme>()
  const parts = text.trim().split(/\s+/u)
  const step = combine === undefined ? 3 : 2
  for (let i = 0; i + step - 1 < parts.length; i += step) {
    const how = combine ?? parts[i + 2]!
    const value = Number(parts[i + 1])
    out.set(parts[i]!.normalize('NFC'), how === 'p' ? { value, combine: 'b', vague: true } : how === 'v' ? { value, combine: 'a', vague: true } : { value, combine: how as Combine })
  }
  return out
}

const WORDS = new Map([...table(SPACED_WORDS, 'a'), ...table(SPACED_SCALES)])
const LONGEST = Math.max(...[...WORDS.keys()].map((w) => w.length))
const POSITIONAL_FIRST = new Set(POSITIONAL.map(([form]) => form[0]!))
const CONNECTORS = new Set(['and', 'und', 'и', 'et', 'y', 'e', 'dan'])
const UNSPACED = scriptClass('numeralRuns')

/**
 * Languages whose number words put the unit before the ten (`واحد وعشرون`, one and twenty), with the conjunction
 * written onto the next word (`و`): there a word after a round ten continues it only when joined by it (`مئة
 * وعشرون`), and a ten after a unit joined by it is their sum. Words of other languages continue a round ten with a
 * unit (`forty-five`, `сорок пять`).
 */
const UNIT_FIRST: ReadonlyArray<{ letters: RegExp; and: string }> = [{ letters: /^\p{Script=Arabic}+$/u, and: 'و' }]

/**
 * Words for years that make a round ten before them a decade (`семидесятых годов`), and the plural adjectives of a
 * round ten that name its decade (`шестидесятые`): stems of the tens and their endings, per language.
 */
const DECADE_FORMS: ReadonlyArray<{ years: RegExp; stems: readonly string[]; endings: readonly string[] }> = [
  {
    years: /^год(?:ы|ов|ах|ам)$/u,
    stems: ['двадцат', 'тридцат', 'сороков', 'пятидесят', 'шестидесят', 'семидесят', 'восьмидесят', 'девяност'],
    endings: ['ые', 'ых', 'ыми', 'ым'],
  },
]

/**
 * Lower-case and fold the spellings that do not change a number word (composed and decomposed characters, such as
 * the Devanagari letters with a nukta `ड़`; Arabic vowel marks, alef forms, `ё`).
 */
function fold(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064b-\u0652\u0640]/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ё/gu, 'е')
}

/** Arabic clitics written before a word: `و` and, `ب`/`ل`/`ك`/`ف` prepositions, `ال` the. */
function withoutClitics(word: string): string[] {
  const out = [word]
  const m = /^(و?)([بلكف]?)(ال)?(.+)$/u.exec(word)
  if (m !== null && /\p{Script=Arabic}/u.test(word) && m[4]!.length >= 2 && m[4] !== word) out.push(m[4]!)
  return out
}

/** Words read so far, as written: texts repeat their words, and one text is read by several stages. */
const readWords = new Map<string, { folded: string; parts: Morpheme[] | undefined }>()

/** Most words kept in {@link readWords} (it starts again when full). */
const READ_WORDS_LIMIT = 50_000

/** A word folded and split into number morphemes (see {@link segmentWord}); the parts are shared, never changed. */
function readWord(word: string): { folded: string; parts: Morpheme[] | undefined } {
  let known = readWords.get(word)
  if (known === undefined) {
    if (readWords.size >= READ_WORDS_LIMIT) readWords.clear()
    const folded = fold(word)
    readWords.set(word, (known = { folded, parts: segmentWord(folded) }))
  }
  return known
}

/** A word split into number morphemes (with `und`/`and` between them), or undefined when it is not a number word. */
function segmentWord(word: string): Morpheme[] | undefined {
  const decade = DECADE.exec(word)
  if (decade !== null) {
    const tens = WORDS.get(decade[1] ?? word.replace(/ies$/u, 'y'))
    return tens === undefined ? undefined : [{ value: tens.value, combine: 'a', decade: true }]
  }
  for (const stem of withoutClitics(word)) {
    const arabicDecade = /^(.+)(?:ينيات|ينات)$/u.exec(stem)
    if (arabicDecade !== null) {
      const unit = WORDS.get(arabicDecade[1]!)
      if (unit !== undefined && unit.value >= 2 && unit.value <= 10) return [{ value: unit.value === 10 ? 20 : unit.value * 10, combine: 'a', decade: true }]
    }
    const parts = split(stem, 0)
    if (parts !== undefined) return parts
  }
  return undefined
}

function split(word: string, from: number): Morpheme[] | undefined {
  if (from === word.length) return []
  for (let end = Math.min(word.length, from + LONGEST); end > from; end--) {
    const form = word.slice(from, end)
    const connector = from > 0 && (form === 'und' || form === 'and')
    const morpheme = connector ? undefined : WORDS.get(form)
    if (morpheme === undefined && !connector) continue
    if (morpheme !== undefined && ENDINGS.has(word.slice(end))) {
      // An Arabic unit with a plural ending is its ten (`خمسون`, `خمسين` = 50).
      const tail = word.slice(end)
      if ((tail === 'ون' || tail === 'ين') && morpheme.value >= 3 && morpheme.value <= 9) return [{ value: morpheme.value * 10, combine: 'a' }]
      // A scale word with an ending, or any number word with a plural `s` (`hundreds`, `тысячи`, `tens`).
      if (from === 0 && tail !== '' && (tail === 's' || morpheme.combine === 'h' || morpheme.combine === 'b')) return [{ ...morpheme, vague: true }]
      return [morpheme]
    }
    const rest = split(word, end)
    if (rest !== undefined && rest.length > 0) return morpheme === undefined ? rest : [morpheme, ...rest]
  }
  return undefined
}

/**
 * Whether a number word continues the number before it: a scale word or what follows one (`two hundred fifty`), a
 * unit after a round ten (`сорок пятого`, `forty-fifth`), a ten after a unit joined by the conjunction of a
 * unit-first language (`الثامن والعشرين`), ten after a unit (`ثلاثة عشر`). Where the unit comes first (see
 * {@link UNIT_FIRST}), a word after a round ten continues it only joined by the conjunction (`مئة وعشرون`):
 * `عشرين ثانية` is twenty seconds, not 22. Anything else is two numbers (`the first two`).
 */
function continues(previous: Morpheme, next: Morpheme, joinedByAnd: boolean, unitFirst: boolean): boolean {
  if (next.decade === true || previous.decade === true) return false
  if (next.combine === 'h' || next.combine === 'b' || previous.combine === 'h' || previous.combine === 'b') return true
  let round = 1
  while (previous.value % (round * 10) === 0 && previous.value >= round * 10) round *= 10
  if (round >= 10 && previous.value >= 20 && next.value < round) return !unitFirst || joinedByAnd
  if (previous.value < 10 && (next.value === 10 || (joinedByAnd && next.value >= 20 && next.value < 100 && next.value % 10 === 0))) return true
  return false
}

/** The value of a sequence of morphemes. */
function valueOf(parts: readonly Morpheme[]): number {
  if (parts.length > 1 && parts.every((p) => p.combine === 'd')) return Number(parts.map((p) => p.value).join(''))
  let total = 0
  let section = 0
  let current = 0
  for (const p of parts) {
    if (p.combine === 'a') current += p.value
    else if (p.combine === 'd') current = current * (current > 0 && current < 10 ? 10 : 1) + p.value
    else if (p.combine === 'h') current = (current || 1) * p.value
    else if (p.combine === 's') {
      section += (current || 1) * p.value
      current = 0
    } else {
      total += (section + current || 1) * p.value
      section = 0
      current = 0
    }
  }
  return total + section + current
}

function anchor(text: string, parts: readonly Morpheme[]): Anchor | undefined {
  // A vague quantity alone (`hundreds of jobs`, `тысячи`) is no value.
  if (parts.length === 1 && parts[0]!.vague === true) return undefined
  const value = valueOf(parts)
  if (!Number.isSafeInteger(value) || value <= 1) return undefined
  const normalized = parts.length === 1 && parts[0]!.decade === true ? String(1900 + value) : String(value)
  return { kind: 'number', text, normalized }
}

/** Numbers in runs of Han or Thai text: the longest positional numeral at each place. */
function positional(text: string, at: number, out: Array<{ at: number; anchor: Anchor }>): void {
  let i = 0
  while (i < text.length) {
    if (!POSITIONAL_FIRST.has(text[i]!)) {
      i++
      continue
    }
    const parts: Morpheme[] = []
    let j = i
    for (;;) {
      const hit = POSITIONAL.find(([form]) => text.startsWith(form, j))
      if (hit === undefined) break
      parts.push({ value: hit[1], combine: hit[2] })
      j += hit[0].length
    }
    // A unit word alone (`百姓`, `千万`, `ความสัมพันธ์`) is a word of its own far more often than a number; ten is the
    // exception (`十日`).
    const lone = parts.length === 1 && parts[0]!.combine !== 'd' && parts[0]!.value !== 10
    const decade = text.startsWith('年代', j)
    const found = lone || parts.length === 0 ? undefined : anchor(text.slice(i, j), decade && parts.length >= 2 && valueOf(parts) < 100 ? [{ ...parts[0]!, value: valueOf(parts), combine: 'a', decade: true }] : parts)
    if (found !== undefined) out.push({ at: at + i, anchor: found })
    i = Math.max(j, i + 1)
  }
}

/**
 * Numbers written in words or in native numerals, as values: `fifty` = `fünfzig` = `пятьдесят` = `خمسون` = `五十` =
 * `ห้าสิบ` = 50; ordinals (`forty-fifth`, `сорок пятого`, `الخامس والأربعين` = 45), decades (`seventies`,
 * `السبعينيات` = 1970), Chinese and Thai numerals with their units (`十四億` = 1400000000, `二〇一六` = 2016). Words
 * of the languages listed in this module's tables; a standalone word for one is not read (an article or pronoun).
 * @param text Any text.
 * @returns Number anchors, in text order, whose `text` is the words as written.
 */
export function numbersInWords(text: string): Anchor[] {
  checkText(text, 'text')
  const found: Array<{ at: number; anchor: Anchor }> = []
  let run: { start: number; end: number; parts: Morpheme[] } | undefined
  const close = (): void => {
    if (run === undefined) return
    const value = valueOf(run.parts)
    // A round ten before the word for years is a decade (`семидесятых годов`).
    const next = /^\s+([\p{L}\p{M}]+)/u.exec(text.slice(run.end, run.end + 16))?.[1]
    const decade = value >= 20 && value < 100 && value % 10 === 0 && next !== undefined && DECADE_FORMS.some((f) => f.years.test(fold(next)))
    // A scale word alone right after digits (`1.5 million`) belongs to them, and they are read with it.
    const afterDigits = run.parts.length === 1 && (run.parts[0]!.combine === 'h' || run.parts[0]!.combine === 'b') && /\p{Nd}[\s\u00a0\u202f]*$/u.test(text.slice(0, run.start))
    const a = afterDigits ? undefined : anchor(text.slice(run.start, run.end), decade ? [{ value, combine: 'a', decade: true }] : run.parts)
    if (a !== undefined) found.push({ at: run.start, anchor: a })
    run = undefined
  }
  for (const m of text.matchAll(/[\p{L}\p{M}\p{Nl}]+/gu)) {
    const word = m[0]
    if (UNSPACED.test(word)) {
      close()
      positional(word, m.index, found)
      continue
    }
    const { folded, parts } = readWord(word)
    const between = run === undefined ? '' : text.slice(run.end, m.index)
    if (run !== undefined && CONNECTORS.has(folded) && /^[\s-]*$/u.test(between)) continue
    if (parts === undefined) {
      close()
      continue
    }
    const joined = run !== undefined && /^[\s\-‐]*(?:\p{L}+[\s-]+)?$/u.test(between) && (!/\p{L}/u.test(between) || CONNECTORS.has(fold(between.replace(/[\s\-‐]/gu, ''))))
    const order = UNIT_FIRST.find((u) => u.letters.test(folded))
    if (run !== undefined && joined && continues(run.parts[run.parts.length - 1]!, parts[0]!, order !== undefined && folded.startsWith(order.and), order !== undefined)) {
      run.parts.push(...parts)
      run.end = m.index + word.length
    } else {
      close()
      run = { start: m.index, end: m.index + word.length, parts: [...parts] }
    }
  }
  close()
  digitsWithUnits(text, found)
  decadesInDigits(text, found)
  found.sort((x, y) => x.at - y.at)
  return found.map((f) => f.anchor)
}

const UNIT_VALUE: Readonly<Record<string, readonly [number, Combine]>> = {
  십: [10, 's'], 백: [100, 's'], 천: [1000, 's'], 十: [10, 's'], 百: [100, 's'], 千: [1000, 's'],
  만: [1e4, 'b'], 억: [1e8, 'b'], 조: [1e12, 'b'], 万: [1e4, 'b'], 萬: [1e4, 'b'], 億: [1e8, 'b'], 亿: [1e8, 'b'], 兆: [1e12, 'b'],
}

/**
 * Numbers written as digits with positional units between them (`2천2백1십억` = 221,000,000,000, `3千万` =
 * 30,000,000), which digits followed by one scale word cannot read: each digit run times the unit after it, groups
 * closed by `만`/`억`/`万`/`億`.
 */
function digitsWithUnits(text: string, out: Array<{ at: number; anchor: Anchor }>): void {
  for (const m of text.matchAll(/\p{Nd}+\s?[십백천十百千](?:\s?\p{Nd}*\s?[십백천만억조十百千万萬億亿兆])*(?:\s?\p{Nd}+(?!\s?[\p{Nd}.,]))?/gu)) {
    const parts: Morpheme[] = []
    for (const t of m[0].matchAll(/\p{Nd}+|\S/gu)) {
      const unit = UNIT_VALUE[t[0]]
      if (unit !== undefined) parts.push({ value: unit[0], combine: unit[1] })
      else parts.push({ value: Number(t[0].replace(/\p{Nd}/gu, (d) => String(digitOf(d)))), combine: 'a' })
    }
    const units = parts.filter((p) => p.combine !== 'a').length
    if (units < 2 && !/^\p{Nd}+\s?[십백천十百千]\s?[만억조万萬億亿兆]/u.test(m[0])) continue
    const value = valueOf(parts)
    if (Number.isSafeInteger(value) && value > 1) out.push({ at: m.index, anchor: { kind: 'number', text: m[0], normalized: String(value) } })
  }
}

/**
 * A decade written as two digits and a decade word or ending (`70年代`, `70년대`, `70-х`, `70er`, `70'ler`, `70-an`,
 * `the 60s`), read as the decade of the 1900s that others write in full (`1970s`) or in words (`seventies`).
 */
const DECADE_DIGITS = /(?<![\p{Nd}.,])([1-9]0)(?:\s?年代|\s?년대|-?х(?!\p{L})|er(?:n|jahre\p{L}*)?(?!\p{L})|['’]l[ae]r\p{L}*|['’]l[iı](?!\p{L})|-an(?!\p{L})|['’]?s(?!\p{L}))/gu

/** {@link DECADE_DIGITS} without its global flag, to test a text (a global regex keeps its `lastIndex` between tests). */
const DECADE_DIGITS_TEST = new RegExp(DECADE_DIGITS.source, 'u')

function decadesInDigits(text: string, out: Array<{ at: number; anchor: Anchor }>): void {
  for (const m of text.matchAll(DECADE_DIGITS)) out.push({ at: m.index, anchor: { kind: 'number', text: m[0], normalized: String(1900 + Number(anyDigits(m[1]!))) } })
}

/** Whether a folded word is a plural adjective of a round ten that names its decade (see {@link DECADE_FORMS}). */
function decadeAdjective(word: string): boolean {
  return DECADE_FORMS.some((f) => f.stems.some((stem) => word.startsWith(stem) && f.endings.includes(word.slice(stem.length))))
}

/**
 * Whether a text names a decade (`Seventies`, `Siebzigerjahre`, `السبعينيات`, `шестидесятые`, `70年代`, `60년대`,
 * `1960s`, `60-х`), as the spellings of a number anchor show it: a decade is a period, which translators write in
 * their own words, transliterate or leave out far more often than a count or a date.
 * @param text A number as written.
 */
export function isDecade(text: string): boolean {
  checkText(text, 'text')
  if (DECADE_DIGITS_TEST.test(text)) return true
  return text.split(/[\s\-‐]+/u).some((w) => {
    const word = fold(w)
    return decadeAdjective(word) || (segmentWord(word)?.some((p) => p.decade === true) ?? false)
  })
}

/** Forms of the positional tables that stand for one (`一`, `หนึ่ง`). */
const POSITIONAL_ONE: readonly string[] = POSITIONAL.filter(([, value]) => value === 1).map(([form]) => form)

/**
 * Languages that write two of a thing with the noun's dual, no number word (`درجتين`, two degrees): the letters of
 * their words and the dual endings (which are also plural endings, so that any such word counts).
 */
const DUALS: ReadonlyArray<{ letters: RegExp; ending: RegExp }> = [{ letters: /^\p{Script=Arabic}+$/u, ending: /(?:ان|ين)$/u }]

/**
 * Whether a text has a way of writing a small value that {@link numbersInWords} does not read as a number: for
 * one, a word of the tables (`one`, `first`, `один`, `перв…`, `واحد`, `一`, `หนึ่ง`: alone, an article or pronoun
 * far more often); for two, a noun's dual where the language has one (see {@link DUALS}). A translation without the
 * digit that has such a word may have written the number so.
 * @param value The number (only 1 and 2 have such ways).
 * @param text Any text.
 */
export function mayWriteInWords(value: number, text: string): boolean {
  checkText(text, 'text')
  if (value !== 1 && value !== 2) return false
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = m[0]
    if (value === 2) {
      if (DUALS.some((d) => d.letters.test(word) && d.ending.test(fold(word)))) return true
      continue
    }
    if (UNSPACED.test(word)) {
      if (POSITIONAL_ONE.some((form) => word.includes(form))) return true
      continue
    }
    const parts = segmentWord(fold(word))
    if (parts !== undefined && parts.length === 1 && parts[0]!.value === 1) return true
  }
  return false
}

function anyDigits(digits: string): string {
  return digits.replace(/\p{Nd}/gu, (d) => String(digitOf(d)))
}

/** The value of one decimal digit of any script. */
function digitOf(d: string): number {
  const cp = d.codePointAt(0)!
  let zero = cp
  while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--
  return cp - zero
}
