import { createHash } from 'node:crypto'
import type {
  AlignedUnit,
  AlignmentLevel,
  Dataset,
  DatasetDocument,
  DriftCode,
  DriftReason,
  DriftReport,
  LanguageGuess,
  NWayAlignment,
  Pivot,
  Segment,
  SegmentRole,
  SlotDrift,
} from '../../src/types.js'

/** Options of {@link fixtureDataset}. */
export interface FixtureOptions {
  /** Granularity recorded in the dataset and its units (default: `turn`). */
  level?: AlignmentLevel | undefined
  /** BCP 47 tags of the two family documents, `null` for no detected language (default: `['km', 'kk']`). */
  languages?: readonly [string | null, string | null] | undefined
}

const ISO6393: Record<string, string> = { km: 'khm', kk: 'kaz', ms: 'zlm' }
const SCRIPT: Record<string, string> = { km: 'Khmr', kk: 'Cyrl', ms: 'Latn' }

function guess(bcp47: string, confidence: number): LanguageGuess {
  const iso6393 = ISO6393[bcp47] ?? 'und'
  return { iso6393, bcp47, script: SCRIPT[bcp47] ?? 'Zyyy', confidence, candidates: [{ iso6393, score: confidence }] }
}

function point(text: string, offset: number): { line: number; column: number; offset: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset }
}

/** A dataset document built from its segments (roles and texts), with offsets, sentences and a hash. */
function documentOf(id: string, bcp47: string | null, parts: ReadonlyArray<readonly [SegmentRole, string, number?]>): DatasetDocument {
  const text = parts.map(([, t]) => t).join('\n\n')
  let offset = 0
  const segments: Segment[] = parts.map(([role, t, turn], i) => {
    const start = offset
    const end = start + t.length
    offset = end + 2
    const segment: Segment = {
      id: `s${i + 1}`,
      role,
      text: t,
      paragraphs: t.split('\n\n').length,
      place: { start: point(text, start), end: point(text, end) },
      sentences: [{ id: `s${i + 1}.1`, text: t.trim(), start, end }],
    }
    if (turn !== undefined) {
      segment.turn = turn
      segment.marker = role === 'question' ? 'Q' : 'A'
    }
    return segment
  })
  const doc: DatasetDocument = {
    id,
    path: id,
    sha256: createHash('sha256').update(text).digest('hex'),
    segments,
    diagnostics: [],
    characters: text.length,
  }
  if (bcp47 !== null) doc.language = guess(bcp47, 0.97)
  return doc
}

const SLOTS: ReadonlyArray<{ id: string; role: SegmentRole; turn?: number }> = [
  { id: 'title', role: 'title' },
  { id: 'intro-1', role: 'intro' },
  { id: 'q-1', role: 'question', turn: 1 },
  { id: 'a-1', role: 'answer', turn: 1 },
  { id: 'q-2', role: 'question', turn: 2 },
  { id: 'a-2', role: 'answer', turn: 2 },
]

/** Khmer source: XML specials in the title, a tab and two paragraphs in `a-1`. */
const KM = [
  'សំភាសន៍៖ តម្លៃស្រូវ & <ទីផ្សារ> "ឆ្នាំ" 2024',
  'យើងបាននិយាយជាមួយកសិករម្នាក់នៅខេត្តបាត់ដំបង។',
  'តើអ្នកចាប់ផ្តើមធ្វើស្រែនៅពេលណា?',
  'ខ្ញុំចាប់ផ្តើមនៅឆ្នាំ 1998។\n\nពេលនោះ\tតម្លៃស្រូវទាបណាស់។',
  'តើតម្លៃស្រូវឆ្នាំនេះយ៉ាងដូចម្តេច? សូមប្រាប់ពីតម្លៃ 350 ដុល្លារក្នុងមួយតោន និងថ្លៃជី។',
  'វាឡើងដល់ 350 ដុល្លារក្នុងមួយតោន។',
] as const

/** Kazakh translation: a BEL control character in the intro, a shortened `q-2` and no `a-2` (gap). */
const KK = [
  "Сұхбат: күріш бағасы & <нарық> 'жыл' 2024",
  'Біз Баттамбанг провинциясындағы бір фермермен сөйлестік.\u0007',
  'Сіз егіншілікті қашан бастадыңыз?',
  'Мен 1998 жылы бастадым.\n\nОл кезде күріш бағасы өте төмен болды.',
  'Биылғы баға қандай?',
  null,
] as const

const MS = ['Harga beras naik di pasaran tempatan', 'Harga beras di pasar tempatan naik sebanyak 12 peratus minggu ini, kata peniaga.']

function codes(partial: Partial<Record<DriftCode, number>> = {}): Record<DriftCode, number> {
  return { missing: 0, extra: 0, split: 0, merged: 0, length: 0, 'anchor-lost': 0, 'anchor-changed': 0, role: 0, order: 0, partial: 0, replaced: 0, ...partial }
}

/**
 * A realistic hand-made dataset: `family-1` is a Khmer interview (the pivot hub) and its Kazakh translation,
 * six slots, with a gap (`a-2` missing in Kazakh) and a high-drift cell (`q-2` shortened, a number lost) with
 * reasons; `family-2` is a Malay news item that is not parallel to either.
 */
export function fixtureDataset(options: FixtureOptions = {}): Dataset {
  const level = options.level ?? 'turn'
  const [langA, langB] = options.languages ?? ['km', 'kk']
  const A = 'corpus/interview.km.txt'
  const B = 'corpus/interview.kk.txt'
  const C = 'corpus/news.ms.txt'
  const role = (i: number): readonly [SegmentRole, string, number?] => {
    const slot = SLOTS[i]!
    return slot.turn === undefined ? [slot.role, KM[i]!] : [slot.role, KM[i]!, slot.turn]
  }
  const docA = documentOf(A, langA, SLOTS.map((_, i) => role(i)))
  const docB = documentOf(
    B,
    langB,
    SLOTS.flatMap((slot, i): Array<readonly [SegmentRole, string, number?]> => {
      const t: string | null | undefined = KK[i]
      if (t === null || t === undefined) return []
      return slot.turn === undefined ? [[slot.role, t]] : [[slot.role, t, slot.turn]]
    }),
  )
  const docC = documentOf(C, 'ms', [
    ['title', MS[0]!],
    ['body', MS[1]!],
  ])
  docB.diagnostics.push({ ruleId: 'lost-marker', source: 'paracorpus:parse', reason: 'paragraph between answers read as a question', severity: 'warning', file: B })

  const pivot: Pivot = {
    id: 'family-1',
    origin: 'document',
    document: A,
    slots: SLOTS.map((s, i) => ({
      id: s.id,
      role: s.role,
      ...(s.turn === undefined ? {} : { turn: s.turn }),
      anchors: i === 4 || i === 5 ? [{ kind: 'number' as const, key: '350', variants: ['350'] }] : [],
      share: Math.round((KM[i]!.length / KM.join('').length) * 1000) / 1000,
      sentences: 1,
    })),
  }
  const segOfB = new Map<string, string>()
  let n = 0
  SLOTS.forEach((s, i) => {
    if (KK[i] !== null) segOfB.set(s.id, `s${++n}`)
  })
  const alignment: NWayAlignment = {
    family: 'family-1',
    pivot: 'family-1',
    documents: [A, B],
    rows: SLOTS.map((s, i) => {
      const b = segOfB.get(s.id)
      return {
        slot: s.id,
        cells: {
          [A]: { segments: [`s${i + 1}`], sentences: [`s${i + 1}.1`], confidence: 1 },
          [B]: b === undefined ? null : { segments: [b], sentences: [`${b}.1`], confidence: i === 4 ? 0.55 : 0.93 },
        },
      }
    }),
    extra: { [A]: [], [B]: [] },
  }

  const q2: DriftReason[] = [
    { code: 'length', slot: 'q-2', score: 0.82, message: 'q-2 is 71% shorter than the pivot expects (z = -3.1)' },
    { code: 'anchor-lost', slot: 'q-2', score: 0.7, message: 'number 350 of the pivot is missing in q-2' },
  ]
  const a2: DriftReason[] = [{ code: 'missing', slot: 'a-2', score: 1, message: 'a-2 has no counterpart: the answer was dropped' }]
  const slotDrift = (doc: 'A' | 'B', slot: string): SlotDrift => {
    if (doc === 'B' && slot === 'q-2') return { slot, score: 0.86, components: { length: 0.82, 'anchor-lost': 0.7 }, reasons: q2 }
    if (doc === 'B' && slot === 'a-2') return { slot, score: 1, components: { missing: 1 }, reasons: a2 }
    if (doc === 'B') return { slot, score: 0.08, components: { length: 0.08 }, reasons: [{ code: 'length', slot, score: 0.08, message: `${slot} length is as expected` }] }
    return { slot, score: 0, components: {}, reasons: [] }
  }
  const drift: DriftReport[] = [
    { document: A, family: 'family-1', pivot: 'family-1', score: 0, components: codes(), slots: SLOTS.map((s) => slotDrift('A', s.id)), reasons: [] },
    {
      document: B,
      family: 'family-1',
      pivot: 'family-1',
      score: 0.41,
      components: codes({ missing: 0.17, length: 0.2, 'anchor-lost': 0.12 }),
      slots: SLOTS.map((s) => slotDrift('B', s.id)),
      reasons: [...a2, ...q2],
    },
  ]

  const spansOf = (level: AlignmentLevel, a: string, b: string | undefined): Record<string, string[]> => {
    const span = (segment: string): string => (level === 'turn' ? segment : `${segment}.1`)
    return { [A]: [span(a)], [B]: b === undefined ? [] : [span(b)] }
  }
  const units: AlignedUnit[] = SLOTS.map((s, i) => ({
    id: level === 'turn' ? `family-1/${s.id}` : `family-1/${s.id}/1`,
    family: 'family-1',
    slot: s.id,
    level,
    role: s.role,
    texts: { [A]: KM[i]!, [B]: KK[i] ?? null },
    spans: spansOf(level, `s${i + 1}`, segOfB.get(s.id)),
    confidence: i === 4 ? 0.55 : KK[i] === null ? 1 : 0.93,
    confidences: { [A]: 1, [B]: i === 4 ? 0.55 : KK[i] === null ? 0 : 0.93 },
    drift: { [A]: 0, [B]: slotDrift('B', s.id).score },
  }))

  const languages: Dataset['languages'] = []
  for (const [lang, id] of [
    [langA, A],
    [langB, B],
    ['ms', C],
  ] as const) {
    const bcp47 = lang ?? 'und'
    const found = languages.find((l) => l.bcp47 === bcp47)
    if (found !== undefined) found.documents.push(id)
    else languages.push({ iso6393: ISO6393[bcp47] ?? 'und', bcp47, documents: [id] })
  }
  languages.sort((x, y) => (x.bcp47 < y.bcp47 ? -1 : 1))

  return {
    tool: { name: 'paracorpus', version: '0.1.0' },
    options: { level, pivot: 'consensus', parallelThreshold: 0.5 },
    documents: [docA, docB, docC],
    languages,
    verdicts: [
      { a: A, b: B, score: 0.91, parallel: true, reasons: ['5 of 6 slots line up', 'numbers 1998 and 2024 shared'] },
      { a: A, b: C, score: 0.08, parallel: false, reasons: ['no shared numbers or names', 'structure differs: interview vs news item'] },
      { a: B, b: C, score: 0.06, parallel: false, reasons: ['no shared numbers or names', 'length ratio 0.31 is far from the pair calibration'] },
    ],
    families: [
      { id: 'family-1', documents: [A, B], alone: false },
      { id: 'family-2', documents: [C], alone: true },
    ],
    pivots: [pivot],
    alignments: [alignment],
    units,
    drift,
    diagnostics: [{ ruleId: 'lost-marker', source: 'paracorpus:parse', reason: 'paragraph between answers read as a question', severity: 'warning', file: B }],
  }
}
