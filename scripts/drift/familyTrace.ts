/**
 * The family errors of an evaluation run, article by article, to see why a document was left out or joined to
 * another article's family: for every article whose documents are not exactly one family, each document's
 * language, fault and family (with its confidence), its pair score with each other document of its article (`--`
 * for a pair never judged, `!` before a document in another family), its two best scores with documents of other
 * articles, and the decision's own diagnostic for it; then the misplaced documents counted by cause. Printed on
 * stderr by `eval-drift.ts` when `DRIFT_FAMILIES` is set.
 */
import type { Dataset, PairVerdict } from '../../src/types.js'
import type { GeneratedDocument } from './faults.js'

/** Why a document is not with its article's family. */
export type FamilyMissCause = 'never judged with its article' /* most of its pairs */ | 'fits another family better' | 'fits its article below the bar'

function scoresOf(verdicts: readonly PairVerdict[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>()
  for (const v of verdicts) {
    for (const [x, y] of [[v.a, v.b], [v.b, v.a]] as const) {
      const mine = out.get(x) ?? new Map<string, number>()
      mine.set(y, v.score)
      out.set(x, mine)
    }
  }
  return out
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length
}

/**
 * Why a misplaced document is where it is: most of its pairs with its article never judged; a mean score with the members of its
 * family that is higher than with its article's documents; or neither (the decision's bars kept it out).
 */
function causeOf(doc: string, own: readonly string[], family: readonly string[], scores: ReadonlyMap<string, ReadonlyMap<string, number>>): FamilyMissCause {
  const mine = scores.get(doc)
  const ownScores = own.flatMap((o) => (mine?.get(o) === undefined ? [] : [mine.get(o)!]))
  if (ownScores.length < own.length / 2) return 'never judged with its article'
  const here = mean(family.filter((o) => o !== doc).flatMap((o) => (mine?.get(o) === undefined ? [] : [mine.get(o)!])))
  return here !== undefined && here > mean(ownScores)! ? 'fits another family better' : 'fits its article below the bar'
}

/**
 * Lines describing the family errors of one run.
 * @param dataset The evaluation's dataset.
 * @param truth Every generated document by dataset id.
 * @returns Lines to print, the last one counting misplaced documents by cause.
 */
export function familyErrors(dataset: Dataset, truth: ReadonlyMap<string, GeneratedDocument>): string[] {
  const scores = scoresOf(dataset.verdicts)
  const familyOf = new Map(dataset.families.flatMap((f) => f.documents.map((d) => [d, f] as const)))
  const tag = (id: string): string => `${truth.get(id)?.language ?? '?'}:${truth.get(id)?.article ?? '?'}`
  const byArticle = new Map<string, string[]>()
  for (const [id, doc] of [...truth].sort((a, b) => (a[0] < b[0] ? -1 : 1))) byArticle.set(doc.article, [...(byArticle.get(doc.article) ?? []), id])
  const causes = new Map<FamilyMissCause, number>()
  const out: string[] = []
  for (const [article, ids] of [...byArticle].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const families = new Set(ids.map((id) => familyOf.get(id)!))
    const strangers = [...families].flatMap((f) => f.documents).filter((d) => truth.get(d)?.article !== article)
    if (families.size === 1 && strangers.length === 0) continue
    // The article's family is the one holding most of its documents; the others are misplaced.
    const home = [...families].sort((a, b) => ids.filter((d) => b.documents.includes(d)).length - ids.filter((d) => a.documents.includes(d)).length || (a.id < b.id ? -1 : 1))[0]!
    out.push(`FAMILY ${article}: ${[...families].map((f) => `${f.id}(${f.documents.map(tag).join(' ')})`).join(' ')}`)
    for (const id of ids) {
      const family = familyOf.get(id)!
      const own = ids.filter((o) => o !== id)
      const row = own.map((o) => `${familyOf.get(o) === family ? '' : '!'}${truth.get(o)?.language}=${scores.get(id)?.get(o)?.toFixed(2) ?? '--'}`).join(' ')
      const others = [...(scores.get(id) ?? [])].filter(([o]) => truth.get(o)?.article !== article).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2)
      const misplaced = family !== home || family.alone
      const cause = misplaced ? causeOf(id, own, family.documents, scores) : undefined
      if (cause !== undefined) causes.set(cause, (causes.get(cause) ?? 0) + 1)
      const doc = truth.get(id)!
      out.push(`  ${misplaced ? '*' : ' '}${doc.language} ${doc.fault.padEnd(14)} ${family.id}${family.alone ? ' alone' : ` conf ${family.confidence ?? '-'}`} | ${row} | other articles ${others.map(([o, s]) => `${tag(o)}=${s.toFixed(2)}`).join(' ')}${cause === undefined ? '' : ` | ${cause}`}`)
      for (const d of dataset.diagnostics) if (d.file === id && d.ruleId === 'not-a-translation') out.push(`      ${d.reason}`)
    }
  }
  out.push(`FAMILY misplaced documents: ${[...causes].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`)
  return out
}
