import type { Speakers } from './speakers.js'
import { addPiece, draftOf, type Draft } from './drafts.js'
import type { Line, Piece, Warn } from './documentLines.js'
import { lineShape } from './lineShape.js'

/** What the role rules carry from one piece to the next. */
interface RoleState {
  drafts: Draft[]
  turn: number
  inDialogue: boolean
  /** The dialogue turn being written, if any. */
  current: Draft | undefined
  /** The answer being written under a question heading (FAQ), until the next heading. */
  faqAnswer: Draft | undefined
  faqTurn: number | undefined
  /** The next piece that is not furniture, per piece. */
  nextContent: Map<Piece, Piece | undefined>
  speakers: Speakers | undefined
  warn: Warn
}

/** A rule for one kind of piece: returns `true` when it placed the piece. */
type RoleRule = (piece: Piece, head: Line, state: RoleState) => boolean

// A short unfinished line standing alone reads as a heading — not when it only ends with a colon (it leads into
// what follows), not when it is a table row, and not when it is an item of a list (items are rarely sentences).
function shapeHeading(piece: Piece, head: Line, unlessAsking: boolean): boolean {
  return piece.lines.length === 1 && head.block.kind === 'paragraph' && head.block.nested !== true && !head.shape.terminal && head.shape.words <= 12 && !(unlessAsking && head.shape.asks) && !/[:：]$/u.test(head.raw.text)
}

const furniture: RoleRule = (piece, _head, state) => {
  if (!piece.furniture) return false
  state.drafts.push(draftOf('boilerplate', piece.lines, 0))
  return true
}

const title: RoleRule = (piece, head, state) => {
  if (!head.title) return false
  state.drafts.push(draftOf('title', piece.lines, 0))
  return true
}

const speakerTurn: RoleRule = (piece, head, state) => {
  if (head.speaker === undefined || head.label === undefined) return false
  const role = head.speaker === 'asker' ? 'question' : 'answer'
  if (role === 'question' || state.current === undefined || (state.current.role === 'answer' && !state.inDialogue)) state.turn++
  state.inDialogue = true
  state.faqTurn = undefined
  state.current = draftOf(role, piece.lines, head.label.length, { marker: head.label.label, turn: state.turn })
  state.drafts.push(state.current)
  return true
}

const questionHeading: RoleRule = (piece, head, state) => {
  if (!head.question) return false
  state.turn++
  state.faqTurn = state.turn
  state.faqAnswer = undefined
  state.current = undefined
  state.drafts.push(draftOf('question', piece.lines, 0, { turn: state.turn }))
  return true
}

const heading: RoleRule = (piece, head, state) => {
  if (head.block.kind !== 'heading') return false
  state.drafts.push(draftOf('heading', piece.lines, 0))
  state.current = undefined
  state.faqTurn = undefined
  return true
}

const faqAnswer: RoleRule = (piece, _head, state) => {
  if (state.faqTurn === undefined) return false
  if (state.faqAnswer === undefined || state.faqAnswer.turn !== state.faqTurn) state.drafts.push((state.faqAnswer = draftOf('answer', piece.lines, 0, { turn: state.faqTurn })))
  else addPiece(state.faqAnswer, piece.lines)
  return true
}

/** An unmarked paragraph inside a dialogue: a question whose marker was lost, a heading, or more of the turn. */
const dialogueParagraph: RoleRule = (piece, head, state) => {
  const current = state.current
  if (!state.inDialogue || current === undefined) return false
  const answerFollows = state.nextContent.get(piece)?.lines[0]?.speaker === 'answerer'
  if (current.role === 'answer' && answerFollows) {
    state.turn++
    const draft = draftOf('question', piece.lines, 0, { turn: state.turn })
    const labelNote = head.label === undefined ? '' : ` (it opens with \`${head.label.label}:\`, which is not a speaker marker here)`
    const shape = lineShape(draft.pieces[0]!.text).asks ? 'reads as a question' : 'stands where the alternation expects a question'
    const start = head.raw.offsets[0] ?? 0
    const lastLine = piece.lines[piece.lines.length - 1]!
    const end = lastLine.raw.offsets[lastLine.raw.text.length] ?? start
    state.warn('lost-marker', `Paragraph ${shape} and is followed by an answer, but has no speaker marker${labelNote}; taken as question ${state.turn} whose marker looks lost`, start, end)
    state.current = draft
    state.drafts.push(draft)
    return true
  }
  if (!shapeHeading(piece, head, true)) {
    addPiece(current, piece.lines)
    return true
  }
  state.drafts.push(draftOf('heading', piece.lines, 0))
  state.current = undefined
  return true
}

const shapedHeading: RoleRule = (piece, head, state) => {
  if (!shapeHeading(piece, head, false) || state.drafts.length === 0) return false
  state.drafts.push(draftOf('heading', piece.lines, 0))
  return true
}

const prose: RoleRule = (piece, _head, state) => {
  state.drafts.push(draftOf(state.speakers !== undefined && !state.inDialogue ? 'intro' : 'body', piece.lines, 0))
  return true
}

/** The rules in the order they are tried; the last always places the piece. */
const RULES: readonly RoleRule[] = [furniture, title, speakerTurn, questionHeading, heading, faqAnswer, dialogueParagraph, shapedHeading, prose]

/**
 * Give every piece its role: title, heading, intro/body, question, answer (dialogue turns and FAQ sections) or
 * boilerplate. An unmarked paragraph after an answer continues it, unless an answer follows it, in which case it
 * is a question whose marker was lost (reported through `warn`).
 *
 * @returns One draft per segment, in document order.
 */
export function draftRoles(pieces: readonly Piece[], speakers: Speakers | undefined, warn: Warn): Draft[] {
  const contentPieces = pieces.filter((p) => !p.furniture)
  const nextContent = new Map<Piece, Piece | undefined>()
  contentPieces.forEach((p, k) => nextContent.set(p, contentPieces[k + 1]))
  const state: RoleState = { drafts: [], turn: 0, inDialogue: false, current: undefined, faqAnswer: undefined, faqTurn: undefined, nextContent, speakers, warn }
  for (const piece of pieces) {
    const head = piece.lines[0]!
    for (const rule of RULES) if (rule(piece, head, state)) break
  }
  return state.drafts
}
