import anyAscii from 'any-ascii'
import { diceCoefficient } from 'dice-coefficient'
import type { Anchor } from '../align/anchors/Anchor.js'
import { nameSkeleton } from '../align/anchors/nameSkeleton.js'
import { sameAnchor, spelling } from './pivotAnchors.js'
import type { PivotAnchor } from '../types.js'
import { checkShape, checkShapeArray, checkText } from '../errors/checkShape.js'

/** Where a pivot anchor stands in a translation. */
export interface AnchorMatch {
  /** `same`: found as the pivot spells it; `changed`: found with another spelling; `lost`: not found. */
  status: 'same' | 'changed' | 'lost'
  /** The spelling found, when found. */
  found?: string | undefined
}

/** Dice similarity of a transliterated word window above which a name written in another script counts as present. */
const FUZZY_PRESENT = 0.7

/**
 * Look for a pivot anchor in a translation's text. Numbers, URLs and e-mails must match exactly. Names match by
 * skeleton (any script, case endings allowed), the pivot's or that of any spelling the family used; when the translation's script has no capitals to spot names by
 * (Khmer, Thai…), its transliterated words are searched for the name. A name found with a spelling other than
 * the pivot's (after transliteration to ASCII) is `changed`.
 */
export function findAnchor(anchor: PivotAnchor, anchors: readonly Anchor[], text: string): AnchorMatch {
  checkShape(anchor, 'anchor', 'a pivot anchor', { kind: 'string', key: 'string', variants: 'array' })
  checkShapeArray(anchors, 'anchors', 'an anchor', { kind: 'string' })
  checkText(text, 'text')
  const canonical = spelling(anchor.variants[0] ?? anchor.key)
  const probe = { kind: anchor.kind, normalized: anchor.key }
  // Any spelling a member of the family used is the anchor too (`Hong Kong` written `Гонконг` by the others).
  const spellings = anchor.kind === 'name' ? [probe, ...anchor.variants.map((v) => ({ kind: 'name', normalized: nameSkeleton(v) })).filter((v) => v.normalized.length >= 3)] : [probe]
  const hit = anchors.find((a) => spellings.some((p) => sameAnchor(p, a)))
  if (hit !== undefined) {
    if (anchor.kind !== 'name') return { status: 'same', found: hit.text }
    const own = spelling(hit.text)
    const same = own === canonical || own.startsWith(canonical) || anchor.variants.slice(0, 1).some((v) => v === hit.text)
    return { status: same ? 'same' : 'changed', found: hit.text }
  }
  if (anchor.kind !== 'name') return { status: 'lost' }
  const words = text.split(/[\s\p{P}]+/u).filter((w) => w !== '')
  let best = 0
  let bestWord = ''
  for (let i = 0; i < words.length; i++) {
    let window = ''
    for (let k = 0; k < 3 && i + k < words.length; k++) {
      window += words[i + k]!
      const skeleton = nameSkeleton(window)
      if (skeleton.length < 3) continue
      const score = diceCoefficient(skeleton, anchor.key)
      if (score > best) {
        best = score
        bestWord = words.slice(i, i + k + 1).join(' ')
      }
    }
  }
  if (best >= FUZZY_PRESENT) return { status: spelling(anyAscii(bestWord)) === canonical ? 'same' : 'changed', found: bestWord }
  return { status: 'lost' }
}
