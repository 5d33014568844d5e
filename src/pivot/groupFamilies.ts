import type { PairVerdict, TranslationFamily } from '../types.js'
import { unorderedPairKey } from './pairKey.js'
import { checkOptions } from '../errors/checkArgument.js'
import { checkShapeArray } from '../errors/checkShape.js'
import { familyFit, fitText } from './familyFit.js'
import { decideSecondRound, type Rejoin } from './decideSecondRound.js'
import { planSecondRound, type SecondRoundPlan } from './rejoinLone.js'
import { oneKnownLanguage } from './oneKnownLanguage.js'

/** A document as the family decision sees it: its id and its language. */
export interface FamilyCandidate {
  /** Document id. */
  id: string
  /** ISO 639-3 code of the document's language (`und` or `undefined` when unknown: never in conflict). */
  language?: string | undefined
}

/** Options of {@link groupFamilies}. */
export interface GroupFamiliesOptions {
  /** Smallest average parallelism between two groups that may join (default: `0.5`). */
  threshold?: number | undefined
  /**
   * Smallest score of two documents of one language with each other for them to share a family — a revision or a
   * second translation, reported as such; they must also fit the family's other languages as a join does (on
   * average `threshold` over their judged pairs, one at least) (default: `0.8`).
   */
  sameLanguageThreshold?: number | undefined
  /**
   * A document left alone joins the family it fits best on average when that average reaches this (default:
   * `0.25`), the family has no document in its language, the second-best family trails by `stragglerMargin`, and
   * no other lone document of its language fits that family better: a damaged translation scores low with every
   * document, but still far higher with its own family than with any other.
   */
  stragglerThreshold?: number | undefined
  /** Lead over the second-best family a lone document needs to join (default: `0.1`). */
  stragglerMargin?: number | undefined
  /**
   * A second judging round for the documents still alone (see `rejoinLone`): each is judged again against the
   * families without its language that its length fits, and joins the one it fits clearly best. Needs the
   * documents' lengths; without `scores` the decision stops after the first round and names in
   * {@link FamilyDecision.pending} the pairs to score, to be given back as `scores`. Default: no second round.
   */
  secondRound?: SecondRoundInput | undefined
}

/** What the second round reads: lengths, and the scores of the pairs it planned once they are known. */
export interface SecondRoundInput {
  /** A document's length, as the fingerprint counts it (`documentCharacters`). */
  lengthOf: (id: string) => number
  /** Score of each planned pair by `pairKey(a, b)`, `a < b` (from the pending plan of a call without them). */
  scores?: ReadonlyMap<string, number> | undefined
}

/** Result of {@link groupFamilies}. */
export interface FamilyDecision {
  /** Families, numbered in order of their first document id; members sorted. */
  families: TranslationFamily[]
  /**
   * For a document left alone although a pair verdict called it parallel, or although a family fits it on average
   * at least as well as a damaged translation needs to join: why.
   */
  leftOut: Map<string, string>
  /** Families holding two documents of one language: the family id, the language and the documents. */
  sameLanguage: Array<{ family: string; language: string; documents: string[] }>
  /**
   * When a second round was asked for without scores and has pairs to score: its plan (the families above are
   * then the first round's).
   */
  pending?: SecondRoundPlan | undefined
}

interface Group {
  members: string[]
  languages: Set<string>
}

/**
 * Share of its text (letters, code aside; see `PairVerdict.sharedText`) the shorter of two documents of one language
 * must find word for word in the other for the two to share a family when no document of another language is there
 * to be parallel to: only then are they versions of one document (a revision, a damaged copy) rather than two pages
 * of one template, which the aligner can score as alike on their shape alone. Chosen on data/docs-fresh2: two CNCF
 * glossary entries in Spanish, each without its second section, score 0.85 with each other and share 0.01 of their
 * text; versions of one page share 0.92–1.00 on the real-docs dev sets, other pages of one site at most 0.18.
 */
const VERSION_SHARE = 0.5

/** The bars of the decision that its explanations name. */
interface Bars {
  /** Join threshold. */
  threshold: number
  /** Score two documents of one language need with each other. */
  sameBar: number
  /** Mean score a straggler needs with its family. */
  floor: number
}

/**
 * What two groups' judged pairs say of them: per pair of languages, the best score of its judged document pairs. Two
 * versions of one translation in a group (a revision, a damaged copy) are one language: the one that fits speaks for
 * it, so a damaged version does not drag its group's link down, nor count twice. A document of unknown language is
 * a language of its own.
 */
interface Link {
  best: Map<string, number>
}

/** A link's score: the mean of its language pairs' best scores. */
function linkScore(link: Link): number {
  let sum = 0
  for (const score of link.best.values()) sum += score
  return sum / link.best.size
}

/** What the decision reads of the judged pairs, by `a|b` key (`a < b`). */
interface PairEvidence {
  /** The pair's score. */
  direct: ReadonlyMap<string, number>
  /** For two documents of one language: the higher of its score and the share of text they hold alike. */
  kin: ReadonlyMap<string, number>
  /** For two documents of one language: the share of the shorter one's text the other holds word for word. */
  shared: ReadonlyMap<string, number>
}

function known(language: string | undefined): language is string {
  return language !== undefined && language !== 'und'
}

/** A document's language when it is known (see {@link known}), else `undefined`: what `oneKnownLanguage` reads. */
function knownLanguageOf(languageOf: ReadonlyMap<string, string | undefined>): (id: string) => string | undefined {
  return (id) => {
    const language = languageOf.get(id)
    return known(language) ? language : undefined
  }
}

/**
 * Decide translation families globally, by average-linkage clustering of the pair verdicts under a language
 * constraint, instead of taking connected components of "parallel" (where a few false verdicts chain unrelated
 * articles of one template into one family).
 *
 * Every document starts alone; the two groups with the highest average parallelism score over their judged
 * cross pairs join, as long as that average is at least `threshold` and they share no language; repeat. The average
 * is taken over pairs of languages, each scored by its best judged document pair: two versions of one translation in a
 * group count once, by the one that fits (a damaged copy beside its original does not pull the group apart from the
 * rest of its family). A document
 * whose true translations are in the corpus is thus claimed by the group it fits best, one per language, and a
 * template look-alike cannot bridge two families unless it fits both on average. Two groups that share a language
 * may join only as revisions (or two translations) of one original, parallel to each other and to the same others:
 * each pair of their documents in one language scores at least `sameLanguageThreshold`, and their judged pairs in
 * different languages average at least `threshold`. Two groups of one language only (nothing else to be parallel
 * to) join last, after every other join: two translations of one template in one language can score high on their
 * shape alone, and joined first they would take one article's translation into the other's family; and they join
 * only as versions of one document, each pair holding `VERSION_SHARE` of its text word for word. After the
 * second round, a document still alone joins its twin's family as a straggler would (see `joinRevisions`).
 * A family's `confidence` is the mean score of its judged member pairs. Deterministic: ties go to the smallest ids.
 * @param documents Every document, with its language.
 * @param verdicts Pair verdicts (pairs not given were not judged and do not count).
 */
export function groupFamilies(documents: readonly FamilyCandidate[], verdicts: readonly PairVerdict[], options: GroupFamiliesOptions = {}): FamilyDecision {
  checkShapeArray(documents, 'documents', 'a family candidate', { id: 'string' })
  checkShapeArray(verdicts, 'verdicts', 'a pair verdict', { a: 'string', b: 'string' })
  checkOptions(options)
  const threshold = options.threshold ?? 0.5
  const sameBar = Math.max(threshold, options.sameLanguageThreshold ?? 0.8)
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const groupOf = new Map<string, number>()
  const groups: Array<Group | undefined> = sorted.map((d, i) => {
    groupOf.set(d.id, i)
    return { members: [d.id], languages: new Set(known(d.language) ? [d.language] : []) }
  })
  const languageOf = new Map(sorted.map((d) => [d.id, d.language] as const))
  const links: Array<Map<number, Link>> = sorted.map(() => new Map())
  const languageKey = (id: string): string => {
    const language = languageOf.get(id)
    return known(language) ? language : `doc:${id}`
  }
  for (const v of verdicts) {
    const a = groupOf.get(v.a)
    const b = groupOf.get(v.b)
    if (a === undefined || b === undefined || a === b) continue
    const link = links[a]!.get(b) ?? { best: new Map<string, number>() }
    const key = unorderedPairKey(languageKey(v.a), languageKey(v.b))
    link.best.set(key, Math.max(link.best.get(key) ?? -Infinity, v.score))
    links[a]!.set(b, link)
    links[b]!.set(a, link)
  }
  const direct = new Map(verdicts.map((v) => [v.a < v.b ? `${v.a}|${v.b}` : `${v.b}|${v.a}`, v.score] as const))
  // Two documents of one language are versions of one document when the aligner says so, or when one holds the
  // other's text word for word (a copy with a section moved or removed scores low with its original).
  const kin = new Map(verdicts.map((v) => [v.a < v.b ? `${v.a}|${v.b}` : `${v.b}|${v.a}`, Math.max(v.score, v.sharedText ?? 0)] as const))
  const shared = new Map(verdicts.flatMap((v) => (v.sharedText === undefined ? [] : [[v.a < v.b ? `${v.a}|${v.b}` : `${v.b}|${v.a}`, v.sharedText] as const])))
  // Two documents of one language join only as revisions (or two translations) of one original: parallel to each
  // other and to the same others. Two documents of one template in one language can score high with each other on
  // their shape alone; joined first as two lone documents, they would take one article's translation into the
  // other's family. So a group whose only tie to another is in one language waits until every other join is made.
  for (const withoutOthers of [false, true]) {
    const twins = (a: Group, b: Group): boolean => revisionsOf(a, b, languageOf, { direct, kin, shared }, threshold, sameBar, withoutOthers)
    for (;;) {
      const best = bestJoin(groups, links, threshold, twins)
      if (best === undefined) break
      join(groups, links, best[0], best[1])
    }
  }
  const floor = options.stragglerThreshold ?? 0.25
  const margin = options.stragglerMargin ?? 0.1
  const knownLanguage = knownLanguageOf(languageOf)
  attachStragglers(groups, links, knownLanguage, { floor, margin }, true)
  attachStragglers(groups, links, knownLanguage, { floor, margin }, false)
  const pending = options.secondRound === undefined ? undefined : secondRound(groups, thinlyPlaced(groups, languageOf, direct, threshold), languageOf, direct, options.secondRound)
  gatherVersions(groups, languageOf, { direct, kin, shared }, { threshold, sameBar, floor })
  joinRevisions(groups, languageOf, { direct, kin, shared }, sameBar, floor, margin)
  const decision = describe(groups, verdicts, sorted, { threshold, sameBar, floor })
  if (pending !== undefined) decision.pending = pending
  explainStragglers(decision, verdicts, languageOf, floor, margin)
  return decision
}

/**
 * Members the clustering placed on thin evidence: the only member of its language in its family, and one of a pair,
 * judged with fewer than half of the family's other members, or scoring below the join threshold on average with
 * those it was judged with (average linkage lets a group carry a member that fits it poorly, or that was judged with
 * one member only; two documents of one template can pair up on their shape alone).
 */
function thinlyPlaced(groups: ReadonlyArray<Group | undefined>, languageOf: ReadonlyMap<string, string | undefined>, direct: ReadonlyMap<string, number>, threshold: number): Set<string> {
  const thin = new Set<string>()
  for (const group of groups) {
    if (group === undefined || group.members.length < 2) continue
    for (const m of group.members) {
      const language = languageOf.get(m)
      if (!known(language) || group.members.some((o) => o !== m && languageOf.get(o) === language)) continue
      const others = group.members.filter((o) => o !== m)
      const judged = others.flatMap((o) => direct.get(m < o ? `${m}|${o}` : `${o}|${m}`) ?? [])
      const mean = judged.reduce((a, b) => a + b, 0) / Math.max(1, judged.length)
      if (others.length === 1 || 2 * judged.length < others.length || mean < threshold) thin.add(m)
    }
  }
  return thin
}

/** Runs the second round on the groups; returns its plan when it still needs scores. */
function secondRound(groups: Array<Group | undefined>, thin: ReadonlySet<string>, languageOf: ReadonlyMap<string, string | undefined>, direct: ReadonlyMap<string, number>, input: SecondRoundInput): SecondRoundPlan | undefined {
  const corpus = {
    languageOf: (id: string) => (known(languageOf.get(id)) ? languageOf.get(id) : undefined),
    lengthOf: input.lengthOf,
    thin: (id: string) => thin.has(id),
    judged: (a: string, b: string) => direct.get(a < b ? `${a}|${b}` : `${b}|${a}`),
  }
  const plan = planSecondRound(groups, corpus)
  if (plan.pairs.length === 0) return undefined
  if (input.scores === undefined) return plan
  moveDocuments(groups, decideSecondRound(groups, plan, input.scores, corpus), corpus.languageOf)
  return undefined
}

/**
 * Apply the second round's moves: each document leaves its group (a lone group is then gone) and joins its new
 * family, or stays alone in a group of its own. The links are not read after the second round and are left as they are.
 */
function moveDocuments(groups: Array<Group | undefined>, moves: readonly Rejoin[], languageOf: (id: string) => string | undefined): void {
  for (const move of moves) {
    const from = groups[move.from]!
    from.members.splice(from.members.indexOf(move.id), 1)
    if (from.members.length === 0) groups[move.from] = undefined
    else from.languages = new Set(from.members.map(languageOf).filter(known))
  }
  for (const move of moves) {
    const language = languageOf(move.id)
    const to = move.to === undefined ? undefined : groups[move.to]
    if (to === undefined) groups.push({ members: [move.id], languages: new Set(known(language) ? [language] : []) })
    else {
      to.members.push(move.id)
      if (known(language)) to.languages.add(language)
    }
  }
}

/**
 * Whether two groups that share a language may join as revisions (or second translations) of one original: every
 * pair of their documents in one language is judged and scores at least `sameBar`, and, when their documents in
 * different languages can be paired, at least one such pair is judged and those judged average at least the join
 * `threshold` — the two are parallel to the same others, not only to each other. The average is taken over pairs of
 * languages, each scored by its best judged document pair, as a join's is (see `Link`): the versions of one
 * translation on either side count once, by the one that fits, so two damaged copies scoring low with each other do
 * not keep their versions apart. Two groups of one language only (no pair in different languages) may join only
 * `withoutOthers`, and only as versions of one document: with no other language to be parallel to, the aligner's
 * score of two pages of one template is evidence of their shape alone, so each pair must hold {@link VERSION_SHARE}
 * of its text word for word (when the verdict says; see `PairVerdict.sharedText`).
 */
function revisionsOf(a: Group, b: Group, languageOf: ReadonlyMap<string, string | undefined>, evidence: Pick<PairEvidence, 'direct' | 'kin' | 'shared'>, threshold: number, sameBar: number, withoutOthers: boolean): boolean {
  const best = new Map<string, number>()
  let cross = 0
  let copied = true
  for (const x of a.members) {
    for (const y of b.members) {
      const key = x < y ? `${x}|${y}` : `${y}|${x}`
      const language = languageOf.get(x)
      if (known(language) && language === languageOf.get(y)) {
        if ((evidence.kin.get(key) ?? 0) < sameBar) return false
        if ((evidence.shared.get(key) ?? 1) < VERSION_SHARE) copied = false
        continue
      }
      cross++
      const score = evidence.direct.get(key)
      if (score === undefined) continue
      const pair = unorderedPairKey(known(language) ? language : `doc:${x}`, known(languageOf.get(y)) ? languageOf.get(y)! : `doc:${y}`)
      best.set(pair, Math.max(best.get(pair) ?? -Infinity, score))
    }
  }
  return cross === 0 ? withoutOthers && copied : best.size > 0 && linkScore({ best }) >= threshold
}

/** Mean score of a document with a group's members in other languages that were judged (`undefined`: none). */
function crossFit(doc: string, group: Group, languageOf: ReadonlyMap<string, string | undefined>, direct: ReadonlyMap<string, number>): number | undefined {
  const language = languageOf.get(doc)
  let sum = 0
  let n = 0
  for (const m of group.members) {
    const score = m === doc || languageOf.get(m) === language ? undefined : direct.get(m < doc ? `${m}|${doc}` : `${doc}|${m}`)
    if (score === undefined) continue
    sum += score
    n++
  }
  return n === 0 ? undefined : sum / n
}

/** Whether a group's judged member pairs average at least `threshold` (a group of one holds together). */
function holdsTogether(group: Group, direct: ReadonlyMap<string, number>, threshold: number): boolean {
  let sum = 0
  let n = 0
  for (const a of group.members) {
    for (const b of group.members) {
      const score = a < b ? direct.get(`${a}|${b}`) : undefined
      if (score === undefined) continue
      sum += score
      n++
    }
  }
  return group.members.length < 2 || (n > 0 && sum / n >= threshold)
}

/**
 * Two versions of one document (one holds `sameBar` of the other's text word for word) placed in two different
 * families: a damaged version can fit the other languages of its own article no better than a damaged translation
 * of another article, and pair up with it first. The one of the two that the other's family fits better (mean
 * score with its documents in other languages, at least `floor`) joins it, when every document of its language
 * there scores `sameBar` with it or holds that share of its text; the family it leaves falls apart into lone
 * documents when what remains averages below the join `threshold` over its judged pairs (the moved document was
 * what held it together). Lone documents are left to `joinRevisions`.
 */
function gatherVersions(groups: Array<Group | undefined>, languageOf: ReadonlyMap<string, string | undefined>, evidence: PairEvidence, bars: Bars): void {
  const { threshold, sameBar, floor } = bars
  const pairs = [...evidence.shared].filter(([, share]) => share >= sameBar).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const groupOf = (doc: string): number => groups.findIndex((g) => g?.members.includes(doc) === true)
  const kinTo = (doc: string, group: Group): boolean =>
    group.members.every((m) => languageOf.get(m) !== languageOf.get(doc) || (evidence.kin.get(m < doc ? `${m}|${doc}` : `${doc}|${m}`) ?? 0) >= sameBar)
  for (const [key] of pairs) {
    const [x, y] = key.split('|') as [string, string]
    const gx = groupOf(x)
    const gy = groupOf(y)
    if (gx === gy || gx < 0 || gy < 0 || groups[gx]!.members.length < 2 || groups[gy]!.members.length < 2) continue
    const moves = [
      { doc: x, from: gx, to: gy, fit: crossFit(x, groups[gy]!, languageOf, evidence.direct) },
      { doc: y, from: gy, to: gx, fit: crossFit(y, groups[gx]!, languageOf, evidence.direct) },
    ].filter((m) => m.fit !== undefined && m.fit >= floor && kinTo(m.doc, groups[m.to]!))
    const move = moves.sort((a, b) => b.fit! - a.fit!)[0]
    if (move === undefined) continue
    const from = groups[move.from]!
    from.members.splice(from.members.indexOf(move.doc), 1)
    from.languages = new Set(from.members.map((m) => languageOf.get(m)).filter(known))
    if (!holdsTogether(from, evidence.direct, threshold)) {
      // What the moved document held together falls apart: its other members would not have joined alone.
      groups[move.from] = undefined
      for (const m of from.members) groups.push({ members: [m], languages: new Set([languageOf.get(m)].filter(known)) })
    }
    groups[move.to]!.members.push(move.doc)
    const language = languageOf.get(move.doc)
    if (known(language)) groups[move.to]!.languages.add(language)
  }
}

/**
 * After the second round, which may leave a document alone beside its twin (a member it displaced, a document that
 * first paired with another damaged one, a version that lost a turn and fits the other languages as poorly as a
 * damaged translation does): a lone document joins, as a second document of its language, the family whose
 * documents in its language each score at least `sameBar` with it (or hold that share of its text) when that family
 * fits it as a straggler's would: a mean score of at least `floor` with the family's documents in other languages,
 * and `margin` ahead of every other family — unless a document of the family holds `sameBar` of its text and no
 * other family's does (a version of that document, whichever article its damage makes it look like, and however
 * little of the other languages a cut leaves it to fit).
 * The links are not read after the second round and are left as they are.
 */
function joinRevisions(groups: Array<Group | undefined>, languageOf: ReadonlyMap<string, string | undefined>, evidence: PairEvidence, sameBar: number, floor: number, margin: number): void {
  const get = (map: ReadonlyMap<string, number>, a: string, b: string): number | undefined => map.get(a < b ? `${a}|${b}` : `${b}|${a}`)
  groups.forEach((lone, i) => {
    const doc = lone?.members.length === 1 ? lone.members[0]! : undefined
    const language = doc === undefined ? undefined : languageOf.get(doc)
    if (doc === undefined || !known(language)) return
    const fits: Array<{ group: Group; mean: number; holds: boolean }> = []
    for (const group of groups) {
      if (group === undefined || group === lone || group.members.length < 2) continue
      const scores = group.members.filter((m) => languageOf.get(m) !== language).flatMap((m) => get(evidence.direct, doc, m) ?? [])
      const holds = group.members.some((m) => languageOf.get(m) === language && (get(evidence.shared, doc, m) ?? 0) >= sameBar)
      if (scores.length > 0) fits.push({ group, mean: scores.reduce((x, y) => x + y, 0) / scores.length, holds })
    }
    fits.sort((x, y) => y.mean - x.mean)
    const holders = fits.filter((f) => f.holds)
    const [best, second] = holders.length === 1 ? holders : fits
    const clear = holders.length === 1 || best === undefined || best.mean - (second?.mean ?? 0) >= margin
    // A family holding its text word for word is its own, however little of the others' it still fits (a
    // version cut to its first sentences scores near 0 with every translation).
    if (best === undefined || (holders.length !== 1 && best.mean < floor) || !clear || !best.group.languages.has(language)) return
    if (best.group.members.some((m) => languageOf.get(m) === language && (get(evidence.kin, doc, m) ?? 0) < sameBar)) return
    best.group.members.push(doc)
    groups[i] = undefined
  })
}

/**
 * The two groups to join next: the highest average over their judged pairs, at least `threshold`; groups sharing a
 * language only when `sameLanguage` allows them.
 */
function bestJoin(groups: ReadonlyArray<Group | undefined>, links: ReadonlyArray<Map<number, Link>>, threshold: number, sameLanguage: (a: Group, b: Group) => boolean): [number, number] | undefined {
  let best: [number, number] | undefined
  let bestScore = -1
  groups.forEach((group, a) => {
    if (group === undefined) return
    for (const [b, link] of links[a]!) {
      if (b <= a) continue
      const other = groups[b]!
      const score = linkScore(link)
      if (score < threshold || score <= bestScore) continue
      const conflict = [...group.languages].some((l) => other.languages.has(l))
      if (conflict && !sameLanguage(group, other)) continue
      best = [a, b]
      bestScore = score
    }
  })
  return best
}

function join(groups: Array<Group | undefined>, links: Array<Map<number, Link>>, a: number, b: number): void {
  const ga = groups[a]!
  const gb = groups[b]!
  ga.members.push(...gb.members)
  for (const l of gb.languages) ga.languages.add(l)
  groups[b] = undefined
  links[a]!.delete(b)
  for (const [c, link] of links[b]!) {
    if (c === a) continue
    const mine = links[a]!.get(c)
    const merged: Link = { best: new Map(mine?.best) }
    for (const [key, score] of link.best) merged.best.set(key, Math.max(merged.best.get(key) ?? -Infinity, score))
    links[a]!.set(c, merged)
    links[c]!.set(a, merged)
    links[c]!.delete(b)
  }
  links[b]!.clear()
}

/**
 * Whether a group holds versions of one document in one language (a revision, a damaged copy beside its original)
 * that joined each other and nothing else: every member the same known language (see `oneKnownLanguage`; a member of
 * unknown language may be a translation). Such a group fits another family as its best-fitting version does (`Link`
 * keeps one score per language pair), so it is a straggler as a lone document is: two versions of a translation
 * that fits its family as poorly as a damaged one does would otherwise stay a family of their own beside it.
 */
function versionsOfOne(group: Group, languageOf: (id: string) => string | undefined): boolean {
  return group.members.length > 1 && oneKnownLanguage(group.members, languageOf)
}

/**
 * Each straggler joins the family of two documents or more it fits best on average (per pair of languages, see
 * `linkScore`) when that average reaches `floor`, leads the second-best family by `margin` and the family has no
 * document in its language; of several stragglers of one language offered to one family, the best fitting joins.
 * The stragglers are the lone documents, or (`versions`) the groups of versions of one document (`versionsOfOne`);
 * these go first, so a lone document then sees where they went. Either joins only a family that is not itself versions
 * of one document in one language: such a group is one document to the others (a straggler joining it would pair
 * with that document on a single language pair's fit, below the join threshold).
 */
function attachStragglers(groups: Array<Group | undefined>, links: Array<Map<number, Link>>, languageOf: (id: string) => string | undefined, bars: { floor: number; margin: number }, versions: boolean): void {
  const { floor, margin } = bars
  const offers = new Map<number, Array<{ doc: number; score: number }>>()
  groups.forEach((group, d) => {
    if (group === undefined || (versions ? !versionsOfOne(group, languageOf) : group.members.length !== 1)) return
    let best: { family: number; score: number } | undefined
    let second = 0
    for (const [f, link] of links[d]!) {
      const family = groups[f]
      if (family === undefined || family.members.length < 2 || versionsOfOne(family, languageOf) || [...group.languages].some((l) => family.languages.has(l))) continue
      const score = linkScore(link)
      if (best === undefined || score > best.score || (score === best.score && f < best.family)) {
        second = Math.max(second, best?.score ?? 0)
        best = { family: f, score }
      } else second = Math.max(second, score)
    }
    if (best === undefined || best.score < floor || best.score - second < margin) return
    offers.set(best.family, [...(offers.get(best.family) ?? []), { doc: d, score: best.score }])
  })
  for (const [f, candidates] of [...offers].sort((a, b) => a[0] - b[0])) {
    // One document per language: the best-fitting straggler of each language joins.
    const taken = new Set<string>()
    for (const { doc } of candidates.sort((a, b) => b.score - a.score || a.doc - b.doc)) {
      const languages = [...groups[doc]!.languages]
      if (languages.some((l) => taken.has(l) || groups[f]!.languages.has(l))) continue
      for (const l of languages) taken.add(l)
      join(groups, links, f, doc)
    }
  }
}

function describe(groups: ReadonlyArray<Group | undefined>, verdicts: readonly PairVerdict[], documents: readonly FamilyCandidate[], bars: Bars): FamilyDecision {
  const languageOf = new Map(documents.map((d) => [d.id, d.language] as const))
  const memberSets = groups.filter((g): g is Group => g !== undefined).map((g) => [...g.members].sort())
  memberSets.sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
  const familyOf = new Map<string, string>()
  const families: TranslationFamily[] = memberSets.map((members, i) => {
    const id = `family-${i + 1}`
    for (const m of members) familyOf.set(m, id)
    return { id, documents: members, alone: members.length === 1 }
  })
  const scores = new Map<string, number[]>()
  for (const v of verdicts) {
    const f = familyOf.get(v.a)
    if (f === undefined || f !== familyOf.get(v.b)) continue
    scores.set(f, [...(scores.get(f) ?? []), v.score])
  }
  for (const family of families) {
    const s = scores.get(family.id)
    if (s !== undefined) family.confidence = Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 1e4) / 1e4
  }
  const leftOut = explainParallelLeftOut(families, verdicts, documents, bars)
  const sameLanguage: FamilyDecision['sameLanguage'] = []
  for (const family of families) {
    const byLanguage = new Map<string, string[]>()
    for (const d of family.documents) {
      const l = languageOf.get(d)
      if (known(l)) byLanguage.set(l, [...(byLanguage.get(l) ?? []), d])
    }
    for (const [language, docs] of byLanguage) if (docs.length > 1) sameLanguage.push({ family: family.id, language, documents: docs })
  }
  return { families, leftOut, sameLanguage }
}

/**
 * Say why a lone document that a verdict calls parallel to a family's member is not in that family, with the
 * figures the decision read: how well the family fits it, and, when the family has a document in its language
 * already, which of the two tests of a second document of one language it fails (a score of `sameBar` with each
 * document of its language, an average of `threshold` with those of the others) and how well the family fits
 * that document.
 */
function explainParallelLeftOut(families: readonly TranslationFamily[], verdicts: readonly PairVerdict[], documents: readonly FamilyCandidate[], bars: Bars): Map<string, string> {
  const { threshold } = bars
  const languageOf = new Map(documents.map((d) => [d.id, d.language] as const))
  const familyOf = new Map(families.flatMap((f) => f.documents.map((d) => [d, f] as const)))
  const leftOut = new Map<string, string>()
  for (const family of families) {
    if (!family.alone) continue
    const doc = family.documents[0]!
    const partnerOf = (v: PairVerdict): string => (v.a === doc ? v.b : v.a)
    const best = verdicts
      .filter((v) => (v.a === doc || v.b === doc) && v.score >= threshold && familyOf.has(partnerOf(v)))
      .sort((a, b) => b.score - a.score)[0]
    if (best === undefined) continue
    const partner = partnerOf(best)
    const theirs = familyOf.get(partner)!
    const language = languageOf.get(doc)
    const same = known(language) ? theirs.documents.filter((d) => languageOf.get(d) === language) : []
    const fit = familyFit(doc, theirs.documents, verdicts)
    if (same.length === 0) {
      const why = fit.mean < threshold ? `below ${threshold}` : 'but the second judging round left it out'
      leftOut.set(doc, `it scores ${best.score.toFixed(2)} with ${partner}, but ${theirs.id} as a whole fits it at ${fitText(fit)}, ${why}`)
      continue
    }
    const rivals = families.filter((f) => f !== theirs && !f.alone).map((f) => ({ id: f.id, fit: familyFit(doc, f.documents.filter((d) => languageOf.get(d) !== language), verdicts) }))
    const rival = rivals.filter((r) => r.fit.judged > 0).sort((a, b) => b.fit.mean - a.fit.mean)[0]
    const text = secondOfLanguage(doc, theirs, same, verdicts, bars, rival === undefined ? undefined : { id: rival.id, mean: rival.fit.mean })
    leftOut.set(doc, `${partner} (${best.score.toFixed(2)}) belongs to ${theirs.id}, which has ${same.join(', ')} in the same language: ${text}`)
  }
  return leftOut
}

/**
 * Why a document does not join a family as a second document of its language: its scores with the family's
 * documents of its language below `sameBar` (or never judged), the others' average fit below `floor`, or below
 * `threshold` with a `rival` family fitting it almost as well (or none judged); and how well the family fits its
 * own document of that language.
 */
function secondOfLanguage(doc: string, family: TranslationFamily, same: readonly string[], verdicts: readonly PairVerdict[], bars: Bars, rival: { id: string; mean: number } | undefined): string {
  const { threshold, sameBar, floor } = bars
  const reasons: string[] = []
  const crossing = family.documents.length > same.length
  for (const d of same) {
    const pair = verdicts.find((v) => (v.a === doc && v.b === d) || (v.a === d && v.b === doc))
    if (pair === undefined) reasons.push(`it was never judged with ${d}`)
    else if (Math.max(pair.score, pair.sharedText ?? 0) < sameBar) reasons.push(`it scores ${pair.score.toFixed(2)} with ${d}, below the ${sameBar} two documents of one language need to share a family${pair.sharedText === undefined ? '' : `, and the shorter of the two holds ${pair.sharedText.toFixed(2)} of its text word for word in the other`}`)
    else if (!crossing && pair.sharedText !== undefined && pair.sharedText < VERSION_SHARE) reasons.push(`it scores ${pair.score.toFixed(2)} with ${d}, but the shorter of the two holds ${pair.sharedText.toFixed(2)} of its text word for word in the other, below the ${VERSION_SHARE} two documents of one language need to share a family as versions of one document when no document of another language is there to be parallel to (pages of one template can score high on their shape alone)`)
  }
  const others = familyFit(doc, family.documents.filter((d) => !same.includes(d)), verdicts)
  if (crossing && others.judged === 0) reasons.push(`it was never judged with the family's documents in other languages`)
  else if (crossing && others.mean < floor) reasons.push(`the family's documents in other languages fit it at ${fitText(others)}, below ${floor}`)
  else if (crossing && others.mean < threshold && rival !== undefined) reasons.push(`the family's documents in other languages fit it at ${fitText(others)}, below ${threshold}, and ${rival.id} fits it almost as well (${rival.mean.toFixed(2)})`)
  if (reasons.length === 0) reasons.push(`the family fits it at ${fitText(familyFit(doc, family.documents, verdicts))}, but the second judging round left it out`)
  const twin = familyFit(same[0]!, family.documents, verdicts)
  return `${reasons.join('; ')}${twin.judged === 0 ? '' : ` (the family fits ${same[0]} at ${fitText(twin)})`}`
}

/**
 * Say why a lone document that a family fits on average at least as well as a straggler needs did not join it:
 * the next family fits it nearly as well, or the family has a document in its language already.
 */
function explainStragglers(decision: FamilyDecision, verdicts: readonly PairVerdict[], languageOf: ReadonlyMap<string, string | undefined>, floor: number, margin: number): void {
  const familyOf = new Map(decision.families.flatMap((f) => f.documents.map((d) => [d, f] as const)))
  for (const family of decision.families) {
    const doc = family.documents[0]!
    if (!family.alone || decision.leftOut.has(doc)) continue
    const sums = new Map<TranslationFamily, { sum: number; count: number }>()
    for (const v of verdicts) {
      const other = v.a === doc ? v.b : v.b === doc ? v.a : undefined
      const f = other === undefined ? undefined : familyOf.get(other)
      if (f === undefined || f.alone) continue
      const entry = sums.get(f) ?? { sum: 0, count: 0 }
      entry.sum += v.score
      entry.count++
      sums.set(f, entry)
    }
    const ranked = [...sums].map(([f, e]) => ({ f, mean: e.sum / e.count, count: e.count })).sort((a, b) => b.mean - a.mean || (a.f.id < b.f.id ? -1 : 1))
    const best = ranked[0]
    if (best === undefined || best.mean < floor) continue
    const fit = `${best.f.id} fits it best (mean score ${best.mean.toFixed(2)} over ${best.count} judged pairs)`
    const language = languageOf.get(doc)
    const rival = known(language) ? best.f.documents.find((d) => languageOf.get(d) === language) : undefined
    const second = ranked[1]
    if (rival !== undefined) decision.leftOut.set(doc, `${fit}, but has ${rival} in the same language, which it fits at ${fitText(familyFit(rival, best.f.documents, verdicts))}`)
    else if (oneKnownLanguage(best.f.documents, knownLanguageOf(languageOf))) decision.leftOut.set(doc, `${fit}, but that family is versions of one document in one language, which a translation joins only by the join threshold, as it joins a lone document, not as a straggler joins a family whose languages agree on it`)
    else if (second !== undefined && best.mean - second.mean < margin) decision.leftOut.set(doc, `${fit}, but ${second.f.id} fits it almost as well (${second.mean.toFixed(2)}): which article it translates is not clear`)
  }
}
