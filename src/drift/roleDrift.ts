import { lineShape } from '../parse/lineShape.js'
import { roleFamily } from '../pivot/roleFamily.js'
import type { ParsedDocument, PivotSlot, Segment, SegmentRole } from '../types.js'

/** The `role` reason of one slot: its score in (0, 1] and what it says. */
export interface RoleFinding {
  score: number
  message: string
}

/**
 * Whether a document is a dialogue: it holds speaker turns — paragraphs opened by a speaker marker (`Q:`, `问：`) —
 * of both sides, a question and an answer (a marker alone on answers is no exchange of turns). Without markers, a
 * question is a heading or bold line that asks and an answer the text under it (an FAQ), and how a heading is
 * phrased is the language's and translator's choice: `What is X?` is often `Xとは何か` or `X について`.
 * @param segments The document's content segments.
 */
export function speaksInTurns(segments: readonly Segment[]): boolean {
  const marked = (role: SegmentRole): boolean => segments.some((s) => s.role === role && s.marker !== undefined)
  return marked('question') && marked('answer')
}

/**
 * Whether a family is a dialogue: at least half its members mark their speakers (see {@link speaksInTurns}). A
 * translation that lost a marker may no longer be read as a dialogue on its own; its family still is one.
 * @param members The family's documents.
 */
export function familySpeaksInTurns(members: readonly Pick<ParsedDocument, 'segments'>[]): boolean {
  return members.length > 0 && 2 * members.filter((m) => speaksInTurns(m.segments)).length >= members.length
}

/**
 * The family a role is compared by: outside a dialogue, questions and answers are headings and prose like any other
 * (a heading that asks in one language and states in another is one heading; the paragraphs under it follow).
 */
function kinOf(role: SegmentRole, dialogue: boolean): ReturnType<typeof roleFamily> {
  return !dialogue && (role === 'question' || role === 'answer') ? 'prose' : roleFamily(role)
}

/**
 * A question slot whose cell holds a question: drift where the question lost its speaker marker in a dialogue, or
 * no longer ends as a question (rendered as a statement), 0.5 each.
 */
function askedQuestion(question: Segment, dialogue: boolean, name: string): RoleFinding | undefined {
  let score = 0
  const parts: string[] = []
  if (question.marker === undefined && dialogue) {
    score += 0.5
    parts.push('lost its speaker marker')
  }
  if (!lineShape(question.text).asks) {
    score += 0.5
    parts.push('has no question mark (rendered as a statement)')
  }
  return score === 0 ? undefined : { score, message: `question ${name} ${parts.join(' and ')}` }
}

/**
 * What the roles of a slot's cell say against the slot's role. In a dialogue (see {@link familySpeaksInTurns}): a question
 * slot without a question in its cell (1), a question that lost its marker or its question mark (0.5 each), an answer
 * answered by a question (1), another role in the question/answer family (0.5); a title read as an intro is the
 * parser's call (0.25). Outside a dialogue, a question or answer is compared as the heading or prose it is, so a
 * heading phrased as a question in one language and not in another is no drift.
 * @param slot The pivot slot.
 * @param segments The cell's segments (at least one).
 * @param dialogue Whether the document's family is a dialogue (see {@link familySpeaksInTurns}).
 * @param name The slot as people name it, for the message.
 * @returns The finding, or `undefined` when the roles agree.
 */
export function roleDrift(slot: PivotSlot, segments: readonly Segment[], dialogue: boolean, name: string): RoleFinding | undefined {
  const roles = new Set(segments.map((s) => s.role))
  const written = [...roles].join('/')
  const question = slot.role === 'question' ? segments.find((s) => s.role === 'question') : undefined
  if (question !== undefined) return askedQuestion(question, dialogue, name)
  if (slot.role === 'question' && dialogue) return { score: 1, message: `${name} is a question but the text has it as ${written}` }
  const kin = kinOf(slot.role, dialogue)
  if ([...roles].some((r) => kinOf(r, dialogue) === kin)) return undefined
  // A question answered by a question is drift; a title read as an intro is the parser's call, not the translator's.
  const qa = slot.role === 'answer' || roles.has('question') || roles.has('answer')
  return { score: slot.role === 'answer' && roles.has('question') ? 1 : qa ? 0.5 : 0.25, message: `${name} is ${slot.role} but the text has it as ${written}` }
}
