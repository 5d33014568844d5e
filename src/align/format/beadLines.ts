import type { Bead } from '../../types.js'
import { InputError } from '../../errors/InputError.js'
import { checkNumber, checkOptionalString } from '../../errors/checkArgument.js'
import { BEAD_SHAPE, checkShape, checkText } from '../../errors/checkShape.js'

/**
 * Format one bead in the Vecalign line form `[i,j]:[k]:confidence` (0-based indices, confidence with two
 * decimals). Unlike Vecalign, the third field is our confidence in [0, 1], not a cost.
 * @param bead A bead.
 * @param digits Decimals of the confidence (default: `2`).
 * @returns The line, without a newline.
 */
export function formatBead(bead: Bead, digits = 2): string {
  checkShape(bead, 'bead', 'a bead', { ...BEAD_SHAPE, confidence: 'number' })
  checkNumber(digits, 'digits', { min: 0, max: 20, integer: true })
  return `[${bead.source.join(',')}]:[${bead.target.join(',')}]:${bead.confidence.toFixed(digits)}`
}

const LINE = /^\[([\d,\s]*)\]:\[([\d,\s]*)\](?::\s*(-?[\d.eE+-]+))?\s*$/u

function indices(field: string): number[] {
  const trimmed = field.trim()
  if (trimmed === '') return []
  return trimmed.split(',').map((x) => Number.parseInt(x.trim(), 10))
}

/**
 * Parse bead lines (`[0]:[0,1]:0.93`, Vecalign's `[6]:[6, 7, 8]:0.507506`, or without a third field); blank
 * lines are skipped. The third field becomes `confidence` as is (a cost in Vecalign files).
 * @param text File content.
 * @param file File name for error messages.
 * @returns Beads in file order.
 * @throws {InputError} `INVALID_INPUT` naming the line that does not parse.
 */
export function parseBeadLines(text: string, file?: string): Bead[] {
  checkText(text, 'text')
  checkOptionalString(file, 'file')
  const beads: Bead[] = []
  const lines = text.split('\n')
  for (let k = 0; k < lines.length; k++) {
    const line = (lines[k] ?? '').trim()
    if (line === '') continue
    const m = LINE.exec(line)
    if (m === null) {
      throw new InputError('INVALID_INPUT', `line ${k + 1} is not a bead like \`[0]:[0,1]:0.93\`: ${JSON.stringify(line)}`, {
        file,
      })
    }
    const value = m[3] === undefined ? 1 : Number(m[3])
    beads.push({ source: indices(m[1] ?? ''), target: indices(m[2] ?? ''), score: 0, confidence: value })
  }
  return beads
}
