import type { PairVerdict, TranslationFamily } from '../types.js'
import { checkShapeArray, checkTextArray } from '../errors/checkShape.js'

/**
 * Group documents into translation families: the connected components of the "is parallel" relation.
 * Families are numbered in order of their first document id; members are sorted.
 * @param documents All document ids.
 * @param verdicts Parallelism verdicts of document pairs (pairs not given are not parallel).
 */
export function findFamilies(documents: readonly string[], verdicts: readonly PairVerdict[]): TranslationFamily[] {
  checkTextArray(documents, 'documents')
  checkShapeArray(verdicts, 'verdicts', 'a pair verdict', { a: 'string', b: 'string' })
  const parent = new Map(documents.map((d) => [d, d] as const))
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(x, root)
    return root
  }
  for (const v of verdicts) {
    if (!v.parallel || !parent.has(v.a) || !parent.has(v.b)) continue
    const ra = find(v.a)
    const rb = find(v.b)
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
  const groups = new Map<string, string[]>()
  for (const d of [...documents].sort()) {
    const root = find(d)
    groups.set(root, [...(groups.get(root) ?? []), d])
  }
  return [...groups.values()]
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
    .map((members, i) => ({ id: `family-${i + 1}`, documents: members, alone: members.length === 1 }))
}
