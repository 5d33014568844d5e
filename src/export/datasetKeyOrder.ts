import { DRIFT_CODES } from '../drift/weights.js'
import type { KeyOrder } from './keyOrder.js'

const object = (...keys: Array<readonly [string, KeyOrder | null] | string>): KeyOrder => ({
  kind: 'object',
  keys: keys.map((k) => (typeof k === 'string' ? ([k, null] as const) : k)),
})
const array = (of: KeyOrder): KeyOrder => ({ kind: 'array', of })
const record = (of: KeyOrder | null, order?: readonly string[]): KeyOrder => ({ kind: 'record', of, order })

const point = object('line', 'column', 'offset')
const range = object(['start', point], ['end', point])
const languageGuess = object('iso6393', 'bcp47', 'script', 'confidence', ['candidates', array(object('iso6393', 'score'))], 'inherited')
const diagnostic = object('ruleId', 'source', 'reason', 'severity', 'file', ['place', range], 'url')
const sentence = object('id', 'text', 'start', 'end', ['language', languageGuess], ['inline', array(object('kind', 'start', 'end'))])
const segment = object('id', 'role', 'text', 'marker', 'turn', 'paragraphs', ['place', range], ['sentences', array(sentence)], ['language', languageGuess], 'slug', ['anchors', array(object('kind', 'text'))], 'codeLanguage')
const document = object('id', 'path', 'sha256', ['segments', array(segment)], ['diagnostics', array(diagnostic)], ['language', languageGuess], 'format', ['frontMatter', null], ['languageHint', object('iso6393', 'bcp47', 'source')], 'characters')
const anchor = object('kind', 'key', 'variants', 'support')
const slot = object('id', 'label', 'role', 'turn', ['anchors', array(anchor)], 'share', 'shareSpread', 'sentences', 'paragraphs')
const pivot = object('id', 'origin', 'document', ['slots', array(slot)])
const verdict = object('a', 'b', 'score', 'parallel', 'reasons')
const family = object('id', 'documents', 'alone', 'confidence', 'source')
const cell = object('segments', 'sentences', 'confidence')
const alignment = object('family', 'pivot', 'documents', ['rows', array(object('slot', ['cells', record(cell)]))], ['extra', record(null)])
const unit = object('id', 'family', 'slot', 'level', 'role', ['texts', record(null)], ['spans', record(null)], 'confidence', ['confidences', record(null)], ['drift', record(null)])
const reason = object('code', 'slot', 'segment', 'score', 'message')
const components = record(null, DRIFT_CODES)
const slotDrift = object('slot', 'score', ['components', components], ['reasons', array(reason)])
const driftReport = object('document', 'family', 'pivot', 'score', ['components', components], ['slots', array(slotDrift)], ['reasons', array(reason)])

/** Key order of a `Dataset` and everything in it, as declared in `src/types.ts`. */
export const DATASET_KEY_ORDER: KeyOrder = object(
  ['tool', object('name', 'version')],
  ['options', object('level', 'pivot', 'source', 'parallelThreshold')],
  ['documents', array(document)],
  ['languages', array(object('iso6393', 'bcp47', 'documents'))],
  ['verdicts', array(verdict)],
  ['families', array(family)],
  ['pivots', array(pivot)],
  ['alignments', array(alignment)],
  ['units', array(unit)],
  ['drift', array(driftReport)],
  ['diagnostics', array(diagnostic)],
)
