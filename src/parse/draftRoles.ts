import type { Speakers } from './speakers.js'
import { addPiece, draftOf, type Draft } from './drafts.js'
import type { Line, Piece, Warn } from './documentLines.js'
import { lineShape } from './lineShape.js'
import { scriptClass } from '../util/scripts.js'

/** What the role rules carry from one piece to the next. */
interface RoleState {
  drafts: Draft[]
  turn: number
  inDialogue: boolean
  /** The dialogue turn being written, if any. */
  current: Draft | undefined
  /** The turn of the question heading (FAQ) whose answer is being written, until the next heading. */
  faqTurn: number | undefined
  /** The next piece that is not furniture, per piece. */
  nextContent: Map<Piece, Piece | undefined>
  speakers: Speakers | undefined
  /** Keys of the `Label:` prefixes that open two or more content lines ("Note:", "注意："). */
  remarkLabels: ReadonlySet<string>
  warn: Warn
}

/** A rule for one kind of piece: returns `true` when it placed the piece. */
type RoleRule = (piece: Piece, head: Line, state: RoleState) => boolean

// A short unfinished line standing alone reads as a heading — not when it only ends with a colon (it leads into
// what follows), not when it is a table row, not when it is an item of a list (items are rarely sentences), not
// when its script ends sentences with no mark (Thai), and not when it opens with a label other lines open with too
// ("Note: Only Nushell v0.96+ is supported" beside "Note: Only Elvish v0.18+ is supported. …": remarks, not titles),
// and not when it holds three links or more ("[Windows](…) | [Linux](…) | [macOS](…)"): a row of links names no part.
function shapeHeading(piece: Piece, head: Line, unlessAsking: boolean, state: RoleState): boolean {
  if (piece.lines.length !== 1 || head.block.kind !== 'paragraph' || head.block.nested === true || head.block.prose === true) return false
  if (head.shape.terminal || head.shape.words > 12 || (unlessAsking && head.shape.asks) || /[:：]$/u.test(head.raw.text)) return false
  if (head.raw.anchors.filter((a) => a.kind === 'url').length >= 3) return false
  return !endsUnmarked(head.raw.text) && !(head.label !== undefined && state.remarkLabels.has(head.label.key))
}

/** Keys of the labels that open two or more lines of paragraphs (not headings) with text after them. */
function recurringLabels(pieces: readonly Piece[]): Set<string> {
  const seen = new Map<string, number>()
  for (const line of pieces.flatMap((p) => p.lines)) {
    // A line that opens with inline code (`Error: ENOENT…`のような…) is labelled by its code, not by its author.
    const opensWithCode = line.raw.anchors.some((a) => a.kind === 'code' && line.raw.text.startsWith(a.text))
    if (line.block.kind === 'paragraph' && !opensWithCode && line.label !== undefined && line.label.rest !== '') seen.set(line.label.key, (seen.get(line.label.key) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([key]) => key))
}

const LETTER = /\p{L}/gu
const UNMARKED_LETTER = scriptClass('endsUnmarked', '', 'g')

/** Whether most of a line's letters are of a script whose sentences end with no mark (Thai): no end mark tells nothing there. */
function endsUnmarked(text: string): boolean {
  const unmarked = text.match(UNMARKED_LETTER)?.length ?? 0
  return unmarked > 0 && unmarked * 2 > (text.match(LETTER)?.length ?? 0)
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

/**
 * A paragraph under a question heading (FAQ): an answer segment of its turn, one per paragraph. Whether a heading
 * asks is how its language phrases it (`What is X?` is often `Xとは何か`, a section heading), so a translation reads
 * the same text as body paragraphs; joined into one answer, a section of six paragraphs had one segment against six.
 */
const faqAnswer: RoleRule = (piece, _head, state) => {
  if (state.faqTurn === undefined) return false
  state.drafts.push(draftOf('answer', piece.lines, 0, { turn: state.faqTurn }))
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
  if (!shapeHeading(piece, head, true, state)) {
    addPiece(current, piece.lines)
    return true
  }
  state.drafts.push(draftOf('heading', piece.lines, 0))
  state.current = undefined
  return true
}

const shapedHeading: RoleRule = (piece, head, state) => {
  if (!shapeHeading(piece, head, false, state) || state.drafts.length === 0) return false
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
 * boilerplate. Each paragraph under a question heading is an answer of its turn. In a dialogue, an unmarked
 * paragraph after an answer continues it, unless an answer follows it, in which case it
 * is a question whose marker was lost (reported through `warn`).
 *
 * @returns One draft per segment, in document order.
 */
export function draftRoles(pieces: readonly Piece[], speakers: Speakers | undefined, warn: Warn): Draft[] {
  const contentPieces = pieces.filter((p) => !p.furniture)
  const nextContent = new Map<Piece, Piece | undefined>()
  contentPieces.forEach((p, k) => nextContent.set(p, contentPieces[k + 1]))
  const remarkLabels = recurringLabels(contentPieces)
  const state: RoleState = { drafts: [], turn: 0, inDialogue: false, current: undefined, faqTurn: undefined, nextContent, speakers, remarkLabels, warn }
  for (const piece of pieces) {
    const head = piece.lines[0]!
    for (const rule of RULES) if (rule(piece, head, state)) break
  }
  return state.drafts
}
