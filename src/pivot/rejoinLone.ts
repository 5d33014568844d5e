/**
 * The second judging round of the family decision: a document left alone by the pair verdicts, or placed in its
 * family on thin evidence, is judged again against the families that lack its language (and, for a thinly placed
 * member, its own family), with evidence the first round did not have (word links learned from the families already
 * decided, see `pipeline/secondRound.ts`), and joins the family it fits clearly best (see `decideSecondRound.ts`).
 *
 * The round is split in two pure halves so that every caller decides alike: {@link planSecondRound} names the
 * document pairs to score (from the first round's families, the languages and the lengths alone), someone scores
 * them (`alignCorpus` on its worker pool or in place, the sharded job in its `rejudge` step), and `decideSecondRound` reads the
 * scores. The join bar is not a constant: pairs of documents known to be unrelated — members of two different
 * first-round families, in the language pair asked about, of the lengths a translation would have — are scored
 * with the same word links, and a document joins only when it scores clearly above what those pairs score.
 */
import { oneKnownLanguage } from './oneKnownLanguage.js'
import { pairKey, unorderedPairKey } from './pairKey.js'

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
 * documents score is not known well enough to stand clearly above it. The join bar is read from the unrelated pairs
 * of every language pair judged (see `decideSecondRound`), so a language pair needs only a few of its own: a folder of
 * a dozen pages holds fewer than eight families per language, and its lone translations were never judged again.
 */
export const NULL_PAIRS_MIN = 4

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
  /**
   * Whether the first round placed it, a member of a family, on thin evidence (see `groupFamilies`): such a member
   * is judged again like a lone document, and a lone document of its language may take its place.
   */
  thin?: ((id: string) => boolean) | undefined
  /**
   * The first round's score of a pair, when it was judged: the family whose members a document scored best with is
   * one of its options whatever its length says (a translation that lost a paragraph fits other families' lengths
   * better than its own).
   */
  judged?: ((a: string, b: string) => number | undefined) | undefined
}

/**
 * One document's question: the groups it is judged against. A lone document asks where it belongs; a member that
 * holds its language in a family a lone document of that language could belong to (its `home`) is asked too, so
 * that the two can be weighed against that family's other members: the one that fits them clearly better keeps
 * the place.
 */
export interface SecondRoundAsk {
  /** Index of its group (its family, for a member). */
  doc: number
  /** Its id. */
  id: string
  /** For a member: the index of its family, whose other members it is scored against too. */
  home?: number | undefined
  /** Families lacking its language that its length fits, best fit first (group indices). */
  candidates: number[]
  /**
   * Families already holding its language that its length fits, best first: it can be theirs only by taking the
   * place of that member, when the member is asked too and fits them clearly worse.
   */
  rivals: number[]
}

/** What the second round needs scored, and why. */
export interface SecondRoundPlan {
  /** The first round's families (member lists, two or more members): what the word links are learned from. */
  families: string[][]
  /** The documents judged again (lone documents and thinly placed members), in group order. */
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

/**
 * The language pairs that some family holds both languages of: only those get word links (see
 * `secondRoundLexicons`), so only those are read.
 */
function linkedLanguages(families: ReadonlyArray<readonly string[]>, corpus: SecondRoundCorpus): Set<string> {
  const out = new Set<string>()
  for (const members of families) {
    const languages = [...new Set(members.map(corpus.languageOf).filter((l): l is string => l !== undefined))]
    for (const a of languages) for (const b of languages) if (a < b) out.add(unorderedPairKey(a, b))
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
    return other !== undefined && other !== language && context.linked.has(unorderedPairKey(language, other))
  })
}

/** The unrelated pairs of a language pair, found once per plan. */
function nullsOf(la: string, lb: string, context: PlanContext): Array<[string, string]> {
  const key = unorderedPairKey(la, lb)
  let found = context.nulls.get(key)
  if (found === undefined) context.nulls.set(key, (found = la < lb ? nullPairs(la, lb, context.families, context.corpus, context.expected) : nullPairs(lb, la, context.families, context.corpus, context.expected)))
  return found
}

/** Whether a family can be read for a document of `language`: every member it is compared with has unrelated pairs. */
function readableFor(language: string, f: number, context: PlanContext): boolean {
  const members = readMembers(context.groups[f]!.members, language, context)
  return members.length > 0 && members.every((m) => nullsOf(language, context.corpus.languageOf(m)!, context).length >= NULL_PAIRS_MIN)
}

/**
 * Whether a document of `language` may join a group as a candidate: the group lacks its language and is not versions
 * of one document in one language (every member the same known language, see `oneKnownLanguage`). Such a group (a
 * revision, a damaged copy beside its original) is one document to the others: a translation joins it as it joins a
 * lone document, by the first round's join bar, not as a straggler joins a family whose languages agree on it.
 */
function joinable(group: RejoinGroup, language: string, corpus: SecondRoundCorpus): boolean {
  return !group.languages.has(language) && !oneKnownLanguage(group.members, corpus.languageOf)
}

/**
 * The family of `pool` whose members the first round's verdicts fit a document best (mean score over its judged
 * pairs with members of other languages; ties to the smaller index), `undefined` when none was judged.
 */
function firstRoundBest(doc: string, pool: readonly number[], context: PlanContext): number | undefined {
  const { groups, corpus } = context
  if (corpus.judged === undefined) return undefined
  const language = corpus.languageOf(doc)
  let best: { f: number; mean: number } | undefined
  for (const f of pool) {
    let sum = 0
    let n = 0
    for (const m of groups[f]!.members) {
      const score = corpus.languageOf(m) === language ? undefined : corpus.judged(doc, m)
      if (score === undefined) continue
      sum += score
      n++
    }
    if (n > 0 && (best === undefined || sum / n > best.mean)) best = { f, mean: sum / n }
  }
  return best?.f
}

/**
 * A document's options widened by the family the first round's verdicts fit it best, when its length did not
 * shortlist it: a candidate when that family lacks its language, a rival when its member of that language is thinly
 * placed (the two may then change places).
 */
function withFirstRoundBest(doc: string, language: string, home: number | undefined, candidates: number[], rivals: number[], context: PlanContext, familyIndex: readonly number[]): void {
  const { groups, corpus } = context
  const thinHolder = (f: number): boolean => groups[f]!.members.some((m) => corpus.languageOf(m) === language && corpus.thin?.(m) === true)
  const pool = familyIndex.filter((f) => f !== home && (joinable(groups[f]!, language, corpus) || thinHolder(f)))
  const best = firstRoundBest(doc, pool, context)
  if (best === undefined || candidates.includes(best) || rivals.includes(best)) return
  if (joinable(groups[best]!, language, corpus)) {
    if (readableFor(language, best, context)) candidates.push(best)
  } else if (readMembers(groups[best]!.members, language, context).length > 0) rivals.push(best)
}

/**
 * A lone document's question, or `undefined` when it has nothing to be judged against: the shortlisted candidate
 * families that can be read (every member it is compared with has unrelated pairs of its language pair to measure
 * against), and the rivals with at least one member to compare; both widened by the family the first round's verdicts
 * fit it best (see `withFirstRoundBest`).
 */
function askOf(d: number, context: PlanContext, familyIndex: readonly number[]): SecondRoundAsk | undefined {
  const { groups, corpus, expected } = context
  const g = groups[d]!
  const [language] = g.languages
  const doc = g.members[0]!
  const candidates = shortlist(doc, familyIndex.filter((f) => joinable(groups[f]!, language!, corpus)), groups, corpus, expected).filter((f) => readableFor(language!, f, context))
  // Families whose member of its language sits there on thin evidence are shortlisted apart: it may take that place.
  const thinHolder = (f: number): boolean => groups[f]!.members.some((m) => corpus.languageOf(m) === language && corpus.thin?.(m) === true)
  const holding = familyIndex.filter((f) => groups[f]!.languages.has(language!))
  const rivals = [...shortlist(doc, holding.filter((f) => !thinHolder(f)), groups, corpus, expected), ...shortlist(doc, holding.filter(thinHolder), groups, corpus, expected)].filter((f) => readMembers(groups[f]!.members, language!, context).length > 0)
  withFirstRoundBest(doc, language!, undefined, candidates, rivals, context, familyIndex)
  if (candidates.length === 0) return undefined
  return { doc: d, id: doc, candidates, rivals }
}

/**
 * The question of a member the first round placed on thin evidence (`undefined` when its family cannot be read for
 * it): that family's other members, the families lacking its language that its length fits, and the family the first
 * round's verdicts fit it best (see `withFirstRoundBest`), where it goes if it fits one clearly better.
 */
function memberAsk(id: string, f: number, context: PlanContext, familyIndex: readonly number[]): SecondRoundAsk | undefined {
  const { groups, corpus, expected } = context
  const language = corpus.languageOf(id)
  if (language === undefined || !readableFor(language, f, context)) return undefined
  const candidates = shortlist(id, familyIndex.filter((c) => joinable(groups[c]!, language, corpus)), groups, corpus, expected).filter((c) => readableFor(language, c, context))
  const rivals: number[] = []
  withFirstRoundBest(id, language, f, candidates, rivals, context, familyIndex)
  return { doc: f, id, home: f, candidates, rivals }
}

/**
 * The asks of a plan: every lone document of a known language with a candidate, then every member placed on thin
 * evidence (see `SecondRoundCorpus.thin`) whose family can be read for it.
 */
function asksOf(context: PlanContext, familyIndex: readonly number[]): SecondRoundAsk[] {
  const asks: SecondRoundAsk[] = []
  context.groups.forEach((g, d) => {
    if (g === undefined || g.members.length !== 1 || g.languages.size !== 1) return
    const ask = askOf(d, context, familyIndex)
    if (ask !== undefined) asks.push(ask)
  })
  for (const f of familyIndex) {
    for (const id of [...context.groups[f]!.members].sort()) {
      const ask = context.corpus.thin?.(id) === true ? memberAsk(id, f, context, familyIndex) : undefined
      if (ask !== undefined) asks.push(ask)
    }
  }
  return asks
}

/**
 * What the second round needs scored: each lone document of a known language against the members of its shortlisted
 * candidate families and of its rivals (those of a language pair with word links); each thinly placed member against
 * its family's other members, its own candidate families and the rival its first-round verdicts favour, if any; and
 * the unrelated pairs of each language pair read.
 * @param groups Groups after the first round (`undefined` where a group was merged away).
 * @param corpus Languages and lengths of the documents.
 */
export function planSecondRound(groups: ReadonlyArray<RejoinGroup | undefined>, corpus: SecondRoundCorpus): SecondRoundPlan {
  const familyIndex = groups.flatMap((g, i) => (g !== undefined && g.members.length >= 2 ? [i] : []))
  const families = familyIndex.map((f) => [...groups[f]!.members].sort())
  const context: PlanContext = { groups, families, corpus, expected: lengthRatios(families, corpus), linked: linkedLanguages(families, corpus), nulls: new Map() }
  const asks = asksOf(context, familyIndex)
  const pairs = new Map<string, [string, string]>()
  const read = new Set<string>()
  for (const ask of asks) {
    const language = corpus.languageOf(ask.id)!
    const judged = [...ask.candidates, ...ask.rivals, ...(ask.home === undefined ? [] : [ask.home])]
    for (const f of judged) {
      const counted = !ask.rivals.includes(f) || readableFor(language, f, context)
      for (const m of readMembers(groups[f]!.members, language, context)) {
        const pair = ordered(ask.id, m)
        pairs.set(pairKey(...pair), pair)
        if (counted) read.add(unorderedPairKey(language, corpus.languageOf(m)!))
      }
    }
  }
  const nulls = [...read].sort().flatMap((key) => context.nulls.get(key) ?? [])
  for (const pair of nulls) pairs.set(pairKey(...pair), pair)
  return { families, asks, nulls, pairs: [...pairs.values()].sort(compare) }
}
