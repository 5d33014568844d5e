/**
 * The second judging round of the family decision: a document left alone by the pair verdicts, or placed in its
 * family on thin evidence, is judged again against the families that lack its language (and, for a thinly placed
 * member, its own family), with evidence the first round did not have (word links learned from the families already
 * decided, see `pipeline/secondRound.ts`), and joins the family it fits clearly best.
 *
 * The round is split in two pure halves so that every caller decides alike: {@link planSecondRound} names the
 * document pairs to score (from the first round's families, the languages and the lengths alone), someone scores
 * them (`alignCorpus` on its worker pool or in place, the sharded job in its `rejudge` step), and {@link decideSecondRound} reads the
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
  /**
   * Whether the first round placed it, a member of a family, on thin evidence (see `groupFamilies`): such a member
   * is judged again like a lone document, and a lone document of its language may take its place.
   */
  thin?: ((id: string) => boolean) | undefined
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

/** Whether a family can be read for a document of `language`: every member it is compared with has unrelated pairs. */
function readableFor(language: string, f: number, context: PlanContext): boolean {
  const members = readMembers(context.groups[f]!.members, language, context)
  return members.length > 0 && members.every((m) => nullsOf(language, context.corpus.languageOf(m)!, context).length >= NULL_PAIRS_MIN)
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
  const candidates = shortlist(doc, familyIndex.filter((f) => !groups[f]!.languages.has(language!)), groups, corpus, expected).filter((f) => readableFor(language!, f, context))
  if (candidates.length === 0) return undefined
  // Families whose member of its language sits there on thin evidence are shortlisted apart: it may take that place.
  const thinHolder = (f: number): boolean => groups[f]!.members.some((m) => corpus.languageOf(m) === language && corpus.thin?.(m) === true)
  const holding = familyIndex.filter((f) => groups[f]!.languages.has(language!))
  const rivals = [...shortlist(doc, holding.filter((f) => !thinHolder(f)), groups, corpus, expected), ...shortlist(doc, holding.filter(thinHolder), groups, corpus, expected)]
  return { doc: d, id: doc, candidates, rivals: rivals.filter((f) => readMembers(groups[f]!.members, language!, context).length > 0) }
}

/**
 * The question of a member the first round placed on thin evidence (`undefined` when its family cannot be read for
 * it): that family's other members, and the families lacking its language that its length fits, where it goes if
 * it fits one clearly better.
 */
function memberAsk(id: string, f: number, context: PlanContext, familyIndex: readonly number[]): SecondRoundAsk | undefined {
  const { groups, corpus, expected } = context
  const language = corpus.languageOf(id)
  if (language === undefined || !readableFor(language, f, context)) return undefined
  const candidates = shortlist(id, familyIndex.filter((c) => !groups[c]!.languages.has(language)), groups, corpus, expected).filter((c) => readableFor(language, c, context))
  return { doc: f, id, home: f, candidates, rivals: [] }
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
 * candidate families and of its rivals (those of a language pair with word links); each rival's member of that
 * language against the rival's other members and its own candidate families; and the unrelated pairs of each
 * language pair read.
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
        if (counted) read.add(languagePair(language, corpus.languageOf(m)!))
      }
    }
  }
  const nulls = [...read].sort().flatMap((key) => context.nulls.get(key) ?? [])
  for (const pair of nulls) pairs.set(pairKey(...pair), pair)
  return { families, asks, nulls, pairs: [...pairs.values()].sort(compare) }
}

/**
 * One document the second round places: into a family (`to`), or out of its family and alone (`to` undefined:
 * a member whose place a document fitting that family clearly better took).
 */
export interface Rejoin {
  /** The document's id. */
  id: string
  /** Index of its group before the round. */
  from: number
  /** Index of the family it joins; `undefined`: it is left alone. */
  to: number | undefined
  /** Its second-round score with that family (`undefined` when left alone). */
  score: number | undefined
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

/** A document's offer to a family: its score there, and the member of its language it would take the place of. */
interface Offer {
  ask: SecondRoundAsk
  family: number
  score: number
  displaces?: string | undefined
}

/** What the decision reads besides the plan: the groups, the scores, the languages and the join bar. */
interface DecisionContext {
  groups: ReadonlyArray<RejoinGroup | undefined>
  plan: SecondRoundPlan
  scores: ReadonlyMap<string, number>
  corpus: SecondRoundCorpus
  bar: number
}

/** A document's mean score with a family's members of other languages (itself left out by its language). */
function fitOf(id: string, f: number, least: number, context: DecisionContext): number | undefined {
  return familyScore(id, context.groups[f]!.members, context.scores, context.corpus, least)
}

/**
 * An ask's offer, or `undefined`: its best family (a candidate, or a rival whose member of its language is asked
 * too and fits that family's other members at least {@link SECOND_ROUND_MARGIN} worse than it does), when that
 * score reaches the bar and leads by {@link SECOND_ROUND_MARGIN} what it scores anywhere else — its other
 * options, the rivals it cannot take, and, for a member, the family it is in.
 */
function offerOf(ask: SecondRoundAsk, context: DecisionContext): Offer | undefined {
  const language = context.corpus.languageOf(ask.id)
  // A rival counts on any member scored: evidence against a join needs less than evidence for it.
  // Its own family counts as any other option: a pair's member, read on one pair, is as free as a lone document.
  let against = ask.home === undefined ? 0 : (fitOf(ask.id, ask.home, MIN_MEMBERS_READ, context) ?? 0)
  const options: Offer[] = []
  for (const f of ask.candidates) {
    const score = fitOf(ask.id, f, MIN_MEMBERS_READ, context)
    if (score !== undefined) options.push({ ask, family: f, score })
  }
  for (const f of ask.rivals) {
    const score = fitOf(ask.id, f, MIN_MEMBERS_READ, context)
    const holder = context.plan.asks.find((a) => a.home === f && context.corpus.languageOf(a.id) === language)
    const held = holder === undefined ? undefined : fitOf(holder.id, f, MIN_MEMBERS_READ, context)
    if (score !== undefined && held !== undefined && score - held >= SECOND_ROUND_MARGIN) options.push({ ask, family: f, score, displaces: holder!.id })
    else against = Math.max(against, fitOf(ask.id, f, 1, context) ?? 0)
  }
  options.sort((a, b) => b.score - a.score || a.family - b.family)
  const [best, next] = options
  if (best === undefined || best.score < context.bar) return undefined
  return best.score - Math.max(against, next?.score ?? 0) >= SECOND_ROUND_MARGIN ? best : undefined
}

/**
 * Which documents move, from the scores of the plan's pairs. Each asked document — a lone one, or a member holding
 * a lone document's language in a family that document could belong to — makes its offer (see `offerOf`): the
 * family it fits clearly best, scored against that family's other members, when it stands above what unrelated
 * documents of the corpus score (the {@link NULL_QUANTILE} quantile of the unrelated pairs). A family takes at most
 * one document per language: the best-scoring offer. A member whose place is taken and whose own offer did not win
 * is left alone. Offers are resolved in family order and ties go to the smaller index, so the result is
 * deterministic; documents are compared with a family's members of the other languages, its core. The word links
 * that score them are learned from the first round's families (see `secondRoundTraining`), which hold a thinly
 * placed member's own paragraph pairs and none of a lone challenger's: the contest leans towards the member in place.
 * @param groups Groups after the first round, as planned.
 * @param plan The plan of {@link planSecondRound} on those groups.
 * @param scores Score of each planned pair, by `pairKey(a, b)` with `a < b`.
 * @param corpus Languages and lengths of the documents.
 * @returns The moves: joins in family then score order, then the members left alone.
 */
export function decideSecondRound(groups: ReadonlyArray<RejoinGroup | undefined>, plan: SecondRoundPlan, scores: ReadonlyMap<string, number>, corpus: SecondRoundCorpus): Rejoin[] {
  const bar = nullBar(plan, scores)
  if (bar === undefined) return []
  const context: DecisionContext = { groups, plan, scores, corpus, bar }
  const offers = plan.asks.flatMap((ask) => offerOf(ask, context) ?? [])
  const joins: Rejoin[] = []
  const displaced: string[] = []
  const taken = new Map<number, Set<string>>()
  for (const offer of offers.sort((a, b) => a.family - b.family || b.score - a.score || a.ask.doc - b.ask.doc || (a.ask.id < b.ask.id ? -1 : 1))) {
    const language = corpus.languageOf(offer.ask.id)!
    const languages = taken.get(offer.family) ?? new Set<string>()
    if (languages.has(language)) continue
    languages.add(language)
    taken.set(offer.family, languages)
    joins.push({ id: offer.ask.id, from: offer.ask.doc, to: offer.family, score: offer.score })
    if (offer.displaces !== undefined) displaced.push(offer.displaces)
  }
  const moved = new Set(joins.map((j) => j.id))
  const alone = displaced.filter((id) => !moved.has(id)).map((id): Rejoin => ({ id, from: plan.asks.find((a) => a.id === id)!.doc, to: undefined, score: undefined }))
  return [...joins, ...alone]
}
