/**
 * The second judging round of the family decision: a document left alone by the pair verdicts is judged again
 * against the families that lack its language, with evidence the first round did not have (word links learned
 * from the families already decided, see `pipeline/secondRound.ts`), and joins the family it fits clearly best.
 *
 * The round is split in two pure halves so that every caller decides alike: {@link planSecondRound} names the
 * document pairs to score (from the first round's families, the languages and the lengths alone), someone scores
 * them (`alignCorpus` in place, the sharded job in its `rejudge` step), and {@link decideSecondRound} reads the
 * scores. The join bar is not a constant: pairs of documents known to be unrelated — members of two different
 * first-round families, in the language pair asked about, of the lengths a translation would have — are scored
 * with the same word links, and a document joins only when it scores clearly above what those pairs score.
 */
import { pairKey } from './pairKey.js'

/** Families a lone document is judged against, at most: the ones whose length fits it best. */
export const SHORTLIST_FAMILIES = 3

/**
 * Factor a lone document's length may be off the length its candidate family's members predict (each member's
 * length times the median ratio of the two languages over the first round's families) and stay on the shortlist:
 * a translation that lost a turn or an answer's end is shorter, not half as long.
 */
export const SHORTLIST_LENGTH_FACTOR = 2

/** Unrelated pairs scored per language pair, at most: the null sample the join bar is read from. */
export const NULL_PAIRS = 12

/**
 * Unrelated pairs a language pair needs, at least, for its documents to be judged: with fewer, what unrelated
 * documents score is not known well enough to stand clearly above it.
 */
export const NULL_PAIRS_MIN = 8

/** A group of the decision as the second round sees it. */
export interface RejoinGroup {
  /** Member ids. */
  members: readonly string[]
  /** Known languages of its members. */
  languages: ReadonlySet<string>
}

/** What the plan reads of a document besides its group. */
export interface SecondRoundCorpus {
  /** Its known language (`undefined` when unknown). */
  languageOf: (id: string) => string | undefined
  /** Its length, as the fingerprint counts it (`documentCharacters`). */
  lengthOf: (id: string) => number
}

/** One lone document's question: the groups it is judged against. */
export interface SecondRoundAsk {
  /** Index of its group. */
  doc: number
  /** Its id. */
  id: string
  /** Families lacking its language that its length fits, best fit first (group indices). */
  candidates: number[]
  /** Families already holding its language that its length fits, best first: it cannot be theirs. */
  rivals: number[]
}

/** What the second round needs scored, and why. */
export interface SecondRoundPlan {
  /** The first round's families (member lists, two or more members): what the word links are learned from. */
  families: string[][]
  /** The lone documents judged, in group order. */
  asks: SecondRoundAsk[]
  /** Unrelated pairs `[a, b]` (`a < b`), members of two different families, per language pair. */
  nulls: Array<[string, string]>
  /** Every pair to score, `[a, b]` with `a < b`, sorted, each once. */
  pairs: Array<[string, string]>
}

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a])
const compare = (x: readonly [string, string], y: readonly [string, string]): number => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0)

/** Median length ratio `language b / language a` per ordered language pair `a\u0000b`, over the families' members. */
function lengthRatios(families: ReadonlyArray<readonly string[]>, corpus: SecondRoundCorpus): Map<string, number> {
  const ratios = new Map<string, number[]>()
  for (const members of families) {
    for (const a of members) {
      for (const b of members) {
        const la = corpus.languageOf(a)
        const lb = corpus.languageOf(b)
        if (la === undefined || lb === undefined || la === lb) continue
        const key = `${la}\u0000${lb}`
        ratios.set(key, [...(ratios.get(key) ?? []), corpus.lengthOf(b) / Math.max(1, corpus.lengthOf(a))])
      }
    }
  }
  const out = new Map<string, number>()
  for (const [key, list] of ratios) out.set(key, list.sort((x, y) => x - y)[Math.floor(list.length / 2)]!)
  return out
}

/** How far (|log| of the factor) document `b`'s length is off what document `a`'s predicts. */
function pairOff(a: string, b: string, corpus: SecondRoundCorpus, expected: ReadonlyMap<string, number>): number {
  const ratio = expected.get(`${corpus.languageOf(a)}\u0000${corpus.languageOf(b)}`) ?? 1
  return Math.abs(Math.log(Math.max(1, corpus.lengthOf(b)) / Math.max(1, corpus.lengthOf(a) * ratio)))
}

/** Mean length misfit of a document against a family's members of other known languages (`Infinity`: none). */
function familyOff(doc: string, members: readonly string[], corpus: SecondRoundCorpus, expected: ReadonlyMap<string, number>): number {
  const language = corpus.languageOf(doc)
  const off = members.filter((m) => corpus.languageOf(m) !== undefined && corpus.languageOf(m) !== language).map((m) => pairOff(m, doc, corpus, expected))
  return off.length === 0 ? Infinity : off.reduce((s, x) => s + x, 0) / off.length
}

/** The families of `pool` a document's length fits, best first, at most {@link SHORTLIST_FAMILIES}. */
function shortlist(doc: string, pool: readonly number[], groups: ReadonlyArray<RejoinGroup | undefined>, corpus: SecondRoundCorpus, expected: ReadonlyMap<string, number>): number[] {
  return pool
    .map((f) => ({ f, off: familyOff(doc, groups[f]!.members, corpus, expected) }))
    .filter((c) => c.off <= Math.log(SHORTLIST_LENGTH_FACTOR))
    .sort((a, b) => a.off - b.off || a.f - b.f)
    .slice(0, SHORTLIST_FAMILIES)
    .map((c) => c.f)
}

/**
 * Unrelated pairs of one language pair: for each family with a document `x` in language `la`, the document `y` in
 * `lb` of another family whose length fits `x`'s best; the {@link NULL_PAIRS} best-fitting such pairs.
 */
function nullPairs(la: string, lb: string, families: ReadonlyArray<readonly string[]>, corpus: SecondRoundCorpus, expected: ReadonlyMap<string, number>): Array<[string, string]> {
  const inLanguage = (language: string): Array<{ id: string; family: number }> =>
    families.flatMap((members, family) => members.filter((m) => corpus.languageOf(m) === language).map((id) => ({ id, family })))
  const ys = inLanguage(lb)
  const found: Array<{ pair: [string, string]; off: number }> = []
  for (const x of inLanguage(la)) {
    let best: { pair: [string, string]; off: number } | undefined
    for (const y of ys) {
      if (y.family === x.family) continue
      const off = pairOff(x.id, y.id, corpus, expected)
      const pair = ordered(x.id, y.id)
      if (best === undefined || off < best.off || (off === best.off && compare(pair, best.pair) < 0)) best = { pair, off }
    }
    if (best !== undefined && best.off <= Math.log(SHORTLIST_LENGTH_FACTOR)) found.push(best)
  }
  return found.sort((a, b) => a.off - b.off || compare(a.pair, b.pair)).slice(0, NULL_PAIRS).map((c) => c.pair)
}

/** Key of an unordered language pair. */
const languagePair = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/**
 * The language pairs that some family holds both languages of: only those get word links (see
 * `secondRoundLexicons`), so only those are read.
 */
function linkedLanguages(families: ReadonlyArray<readonly string[]>, corpus: SecondRoundCorpus): Set<string> {
  const out = new Set<string>()
  for (const members of families) {
    const languages = [...new Set(members.map(corpus.languageOf).filter((l): l is string => l !== undefined))]
    for (const a of languages) for (const b of languages) if (a < b) out.add(languagePair(a, b))
  }
  return out
}

/** What one plan reads: the families, their languages' length ratios and links, and the unrelated pairs found. */
interface PlanContext {
  groups: ReadonlyArray<RejoinGroup | undefined>
  families: string[][]
  corpus: SecondRoundCorpus
  expected: ReadonlyMap<string, number>
  linked: ReadonlySet<string>
  nulls: Map<string, Array<[string, string]>>
}

/** A family's members a document of `language` is compared with: other known languages with word links. */
function readMembers(members: readonly string[], language: string, context: PlanContext): string[] {
  return members.filter((m) => {
    const other = context.corpus.languageOf(m)
    return other !== undefined && other !== language && context.linked.has(languagePair(language, other))
  })
}

/** The unrelated pairs of a language pair, found once per plan. */
function nullsOf(la: string, lb: string, context: PlanContext): Array<[string, string]> {
  const key = languagePair(la, lb)
  let found = context.nulls.get(key)
  if (found === undefined) context.nulls.set(key, (found = la < lb ? nullPairs(la, lb, context.families, context.corpus, context.expected) : nullPairs(lb, la, context.families, context.corpus, context.expected)))
  return found
}

/**
 * A lone document's question, or `undefined` when it has nothing to be judged against: the shortlisted candidate
 * families that can be read (every member it is compared with has unrelated pairs of its language pair to measure
 * against), and the rivals with at least one member to compare.
 */
function askOf(d: number, context: PlanContext, familyIndex: readonly number[]): SecondRoundAsk | undefined {
  const { groups, corpus, expected } = context
  const g = groups[d]!
  const [language] = g.languages
  const doc = g.members[0]!
  const readable = (f: number): boolean => {
    const members = readMembers(groups[f]!.members, language!, context)
    return members.length > 0 && members.every((m) => nullsOf(language!, corpus.languageOf(m)!, context).length >= NULL_PAIRS_MIN)
  }
  const candidates = shortlist(doc, familyIndex.filter((f) => !groups[f]!.languages.has(language!)), groups, corpus, expected).filter(readable)
  if (candidates.length === 0) return undefined
  const rivals = shortlist(doc, familyIndex.filter((f) => groups[f]!.languages.has(language!)), groups, corpus, expected).filter((f) => readMembers(groups[f]!.members, language!, context).length > 0)
  return { doc: d, id: doc, candidates, rivals }
}

/**
 * What the second round needs scored: each lone document of a known language against the members of its shortlisted
 * candidate families and of its rivals (those of a language pair with word links), and the unrelated pairs of each
 * language pair read.
 * @param groups Groups after the first round (`undefined` where a group was merged away).
 * @param corpus Languages and lengths of the documents.
 */
export function planSecondRound(groups: ReadonlyArray<RejoinGroup | undefined>, corpus: SecondRoundCorpus): SecondRoundPlan {
  const familyIndex = groups.flatMap((g, i) => (g !== undefined && g.members.length >= 2 ? [i] : []))
  const families = familyIndex.map((f) => [...groups[f]!.members].sort())
  const context: PlanContext = { groups, families, corpus, expected: lengthRatios(families, corpus), linked: linkedLanguages(families, corpus), nulls: new Map() }
  const asks: SecondRoundAsk[] = []
  groups.forEach((g, d) => {
    if (g === undefined || g.members.length !== 1 || g.languages.size !== 1) return
    const ask = askOf(d, context, familyIndex)
    if (ask !== undefined) asks.push(ask)
  })
  const pairs = new Map<string, [string, string]>()
  const read = new Set<string>()
  for (const ask of asks) {
    const language = corpus.languageOf(ask.id)!
    for (const f of [...ask.candidates, ...ask.rivals]) {
      for (const m of readMembers(groups[f]!.members, language, context)) {
        const pair = ordered(ask.id, m)
        pairs.set(pairKey(...pair), pair)
        if (ask.candidates.includes(f)) read.add(languagePair(language, corpus.languageOf(m)!))
      }
    }
  }
  const nulls = [...read].sort().flatMap((key) => context.nulls.get(key) ?? [])
  for (const pair of nulls) pairs.set(pairKey(...pair), pair)
  return { families, asks, nulls, pairs: [...pairs.values()].sort(compare) }
}

/** One document the second round places: the lone group's index, the family's index and the score. */
export interface Rejoin {
  /** Index of the lone document's group. */
  doc: number
  /** Index of the family it joins. */
  family: number
  /** Its second-round score with that family. */
  score: number
}

/** Lead the best family needs over the runner-up (the lead a straggler needs in the first round, too). */
export const SECOND_ROUND_MARGIN = 0.1

/**
 * A document's mean score against a family's members of other known languages that were scored (`undefined`: fewer
 * than `least`).
 */
function familyScore(doc: string, members: readonly string[], scores: ReadonlyMap<string, number>, corpus: SecondRoundCorpus, least: number): number | undefined {
  const language = corpus.languageOf(doc)
  let sum = 0
  let n = 0
  for (const m of members) {
    const score = scores.get(pairKey(...ordered(doc, m)))
    if (score === undefined || corpus.languageOf(m) === undefined || corpus.languageOf(m) === language) continue
    sum += score
    n++
  }
  return n < Math.max(1, least) ? undefined : sum / n
}

/**
 * Share of the unrelated pairs a family's score must stand above (nearest rank over every unrelated pair scored):
 * one lone document is compared with several families and many lone documents with theirs, so the bar is read
 * from the top of the unrelated pairs, not their middle; not their very top, which a first-round family split in
 * two (two documents of one article in different families) can reach.
 */
export const NULL_QUANTILE = 0.99

/** Members a family's score must rest on, at least: one pair is what the first round judged already. */
export const MIN_MEMBERS_READ = 2

/** The join bar: the {@link NULL_QUANTILE} quantile of the unrelated pairs' scores (`undefined`: too few scored). */
function nullBar(plan: SecondRoundPlan, scores: ReadonlyMap<string, number>): number | undefined {
  const sample = plan.nulls.flatMap(([a, b]) => {
    const score = scores.get(pairKey(a, b))
    return score === undefined ? [] : [score]
  })
  if (sample.length < NULL_PAIRS_MIN) return undefined
  sample.sort((x, y) => x - y)
  return sample[Math.ceil(NULL_QUANTILE * sample.length) - 1]!
}

/**
 * Which lone documents join which families, from the scores of the plan's pairs. A lone document joins its
 * best-scoring candidate family (its mean score over at least {@link MIN_MEMBERS_READ} members) when that score
 * stands above what unrelated documents of the corpus score (the {@link NULL_QUANTILE} quantile of the unrelated
 * pairs) and leads the runner-up — its other candidates and its rivals, which it cannot belong to — by
 * {@link SECOND_ROUND_MARGIN}. A family takes at most one document per language: the best-scoring one. Asks are
 * visited in group order and ties go to the smaller index, so the result is deterministic.
 * @param groups Groups after the first round, as planned.
 * @param plan The plan of {@link planSecondRound} on those groups.
 * @param scores Score of each planned pair, by `pairKey(a, b)` with `a < b`.
 * @param corpus Languages and lengths of the documents.
 * @returns The joins, in family then score order.
 */
export function decideSecondRound(groups: ReadonlyArray<RejoinGroup | undefined>, plan: SecondRoundPlan, scores: ReadonlyMap<string, number>, corpus: SecondRoundCorpus): Rejoin[] {
  const bar = nullBar(plan, scores)
  const offers: Rejoin[] = []
  for (const ask of plan.asks) {
    const doc = groups[ask.doc]!.members[0]!
    let best: Rejoin | undefined
    let second = 0
    for (const f of ask.candidates) {
      const score = familyScore(doc, groups[f]!.members, scores, corpus, MIN_MEMBERS_READ)
      if (score === undefined) continue
      if (best === undefined || score > best.score) {
        second = Math.max(second, best?.score ?? 0)
        best = { doc: ask.doc, family: f, score }
      } else second = Math.max(second, score)
    }
    // A rival counts on any member scored: evidence against a join needs less than evidence for it.
    for (const f of ask.rivals) second = Math.max(second, familyScore(doc, groups[f]!.members, scores, corpus, 1) ?? 0)
    if (best !== undefined && bar !== undefined && best.score >= bar && best.score - second >= SECOND_ROUND_MARGIN) offers.push(best)
  }
  const joins: Rejoin[] = []
  const taken = new Map<number, Set<string>>()
  for (const offer of offers.sort((a, b) => a.family - b.family || b.score - a.score || a.doc - b.doc)) {
    const [language] = groups[offer.doc]!.languages
    const languages = taken.get(offer.family) ?? new Set<string>()
    if (languages.has(language!)) continue
    languages.add(language!)
    taken.set(offer.family, languages)
    joins.push(offer)
  }
  return joins
}
