import { QUESTION } from './lineShape.js'
import { speakerLabel } from './speakerLabel.js'
import { checkTextArray } from '../errors/checkShape.js'

/** The speakers of an interview, found from the labels that open paragraphs. */
export interface Speakers {
  /** Label key of the speaker who asks (interviewer). */
  asker: string
  /** Label keys of the speakers who answer. */
  answerers: string[]
}

/**
 * Find speaker markers: labels that open at least two paragraphs and alternate with another such label, the asker's
 * turns handing straight over: at least half of them followed by a paragraph another speaker opens (an answer may run
 * on for several paragraphs, a question hardly ever; labels a page's remarks open now and then, `Note:` and
 * `Example:` among a README's paragraphs, are no speakers taking turns).
 * The asker is the one whose turns end with a question mark most often (ties: the one who speaks first).
 * @param openings The first line of each paragraph, in document order.
 * @returns The speakers, or `undefined` when the text is not a dialogue.
 */
export function findSpeakers(openings: string[]): Speakers | undefined {
  checkTextArray(openings, 'openings')
  const sequence: Array<{ key: string; asks: boolean; at: number }> = []
  openings.forEach((line, at) => {
    const label = speakerLabel(line)
    if (label !== undefined && label.rest !== '') sequence.push({ key: label.key, asks: QUESTION.test(label.rest), at })
  })
  const stats = new Map<string, { count: number; asks: number; first: number; switches: number }>()
  sequence.forEach((s, i) => {
    const st = stats.get(s.key) ?? { count: 0, asks: 0, first: i, switches: 0 }
    st.count++
    if (s.asks) st.asks++
    const next = sequence[i + 1]
    if (next !== undefined && next.key !== s.key) st.switches++
    stats.set(s.key, st)
  })
  // A speaker recurs, and most of its turns hand over to someone else; a label repeated in a run
  // ("Video:", "Photo:") is page furniture, not a speaker.
  const recurring = [...stats.entries()].filter(([, st]) => st.count >= 2 && st.switches / st.count >= 0.5)
  if (recurring.length < 2) return undefined
  recurring.sort((a, b) => b[1].asks / b[1].count - a[1].asks / a[1].count || a[1].first - b[1].first)
  const [asker, ...rest] = recurring.map(([key]) => key)
  if (!handsOver(sequence, asker!, rest)) return undefined
  return { asker: asker!, answerers: rest }
}

/** Whether at least half of the asker's turns are followed right away by a turn of one of the answerers. */
function handsOver(sequence: ReadonlyArray<{ key: string; at: number }>, asker: string, answerers: readonly string[]): boolean {
  let turns = 0
  let handed = 0
  sequence.forEach((s, i) => {
    if (s.key !== asker) return
    turns++
    const next = sequence[i + 1]
    if (next !== undefined && next.at === s.at + 1 && answerers.includes(next.key)) handed++
  })
  return handed >= turns / 2
}
