/**
 * The deciding half of the family decision's second round (see `rejoinLone.ts` for the plan): from the scores of the
 * planned pairs, which asked documents move. Decided as one assignment of the asked documents to places in families
 * (a family has one place per language), not one document at a time, so that an option that displaces nobody is not
 * weighed as if it did, and one that displaces a member is weighed with what that member loses.
 */
import { bestAssignment, type AssignmentEdge } from './bestAssignment.js'
import { pairKey } from './pairKey.js'
import type { RejoinGroup, SecondRoundAsk, SecondRoundCorpus, SecondRoundPlan } from './rejoinLone.js'

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

/**
 * Lead in total fit the chosen assignment needs over every assignment that places a moved document elsewhere (the
 * lead a straggler needs in the first round, too).
 */
export const SECOND_ROUND_MARGIN = 0.1

/**
 * Share of the unrelated pairs a family's score must stand above (nearest rank over every unrelated pair scored):
 * one lone document is compared with several families and many lone documents with theirs, so the bar is read
 * from the top of the unrelated pairs, not their middle; not their very top, which a first-round family split in
 * two (two documents of one article in different families) can reach.
 */
export const NULL_QUANTILE = 0.99

/**
 * Unrelated pairs the join bar is read from, at least, pooled over every language pair read: the bar is the
 * {@link NULL_QUANTILE} quantile of the sample, which on a few pairs is their very top, one unrelated pair that
 * scored high by chance. A language pair needs fewer of its own to be read (`NULL_PAIRS_MIN` in `rejoinLone.ts`); the
 * pooled sample keeps the eight every language pair needed before the bar was pooled.
 */
export const NULL_SAMPLE_MIN = 8

/** Members a family's score must rest on, at least: one pair is what the first round judged already. */
export const MIN_MEMBERS_READ = 2

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a])

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

/** The join bar: the {@link NULL_QUANTILE} quantile of the unrelated pairs' scores (`undefined`: too few scored). */
function nullBar(plan: SecondRoundPlan, scores: ReadonlyMap<string, number>): number | undefined {
  const sample = plan.nulls.flatMap(([a, b]) => {
    const score = scores.get(pairKey(a, b))
    return score === undefined ? [] : [score]
  })
  if (sample.length < NULL_SAMPLE_MIN) return undefined
  sample.sort((x, y) => x - y)
  return sample[Math.ceil(NULL_QUANTILE * sample.length) - 1]!
}

/**
 * One option of an asked document: a place (a family's place for its language), what it scores there, and whether
 * the assignment may give it that place. An option it may not take (below the bar, or a place held firmly) still
 * counts against the ones it may: a document fitting two families about as well belongs to neither clearly.
 */
interface Option {
  /** The family. */
  family: number
  /** Column of the place, `undefined` for a place held firmly (never given: it only counts against). */
  place: number | undefined
  /** The document's mean score with the family's members of other languages. */
  score: number
  /** Whether the assignment may give it (its own place, or a score at the bar on enough members). */
  open: boolean
}

/** The asked documents' options, the places they name, and what each ask's staying is. */
interface Options {
  /** Per ask, its options. */
  of: Option[][]
  /** Per place (column), its family. */
  families: number[]
  /** Per ask, the column of its own place (a member's), `undefined` for a lone document. */
  home: Array<number | undefined>
}

/** Every ask's options (see {@link Option}), places numbered in order of first mention. */
function optionsOf(groups: ReadonlyArray<RejoinGroup | undefined>, plan: SecondRoundPlan, scores: ReadonlyMap<string, number>, corpus: SecondRoundCorpus, bar: number): Options {
  const columns = new Map<string, number>()
  const families: number[] = []
  const column = (family: number, language: string): number => {
    const key = `${family}\u0000${language}`
    let c = columns.get(key)
    if (c === undefined) {
      columns.set(key, (c = families.length))
      families.push(family)
    }
    return c
  }
  const fit = (ask: SecondRoundAsk, f: number, least: number): number | undefined => familyScore(ask.id, groups[f]!.members, scores, corpus, least)
  const home: Array<number | undefined> = []
  const of = plan.asks.map((ask): Option[] => {
    const language = corpus.languageOf(ask.id)!
    const options: Option[] = []
    // Its own place: a member of a pair, read on one pair, stays at 0, as free as a lone document.
    if (ask.home !== undefined) options.push({ family: ask.home, place: column(ask.home, language), score: fit(ask, ask.home, MIN_MEMBERS_READ) ?? 0, open: true })
    home.push(ask.home === undefined ? undefined : options[0]!.place)
    for (const f of ask.candidates) {
      const score = fit(ask, f, MIN_MEMBERS_READ)
      if (score !== undefined) options.push({ family: f, place: column(f, language), score, open: score >= bar })
    }
    for (const f of ask.rivals) {
      // A place whose member is asked too can change hands; one held firmly only counts against, on any member scored.
      const held = plan.asks.some((a) => a.home === f && corpus.languageOf(a.id) === language)
      const score = held ? fit(ask, f, MIN_MEMBERS_READ) : undefined
      if (score !== undefined) options.push({ family: f, place: column(f, language), score, open: score >= bar })
      else {
        const against = fit(ask, f, 1)
        if (against !== undefined) options.push({ family: f, place: undefined, score: against, open: false })
      }
    }
    return options
  })
  return { of, families, home }
}

/** The constraints a search adds as it rejects moves: edges no longer open, rows that must take a place. */
interface Rejected {
  /** `row\u0000column` of each edge closed. */
  closed: Set<string>
  /** Rows (members) that must keep a place: leaving theirs alone was not clear. */
  placed: Set<number>
}

/**
 * The best assignment of the rows of one component (asks linked by places they share) to open places: each row's
 * column (`undefined`: none; rows outside the component left `undefined`) and the value; `without` takes a row out
 * and, when given, a column from the others. `undefined` when a row that must keep a place cannot.
 */
function solve(options: Options, rejected: Rejected, rows: readonly number[], without?: { row: number; column: number | undefined } | undefined): { columnOf: Array<number | undefined>; value: number } | undefined {
  const local = rows.filter((r) => r !== without?.row)
  const columns = new Map<number, number>()
  const edges: AssignmentEdge[] = []
  local.forEach((row, i) => {
    for (const o of options.of[row]!) {
      if (!o.open || o.place === undefined || o.place === without?.column || rejected.closed.has(`${row}\u0000${o.place}`)) continue
      let column = columns.get(o.place)
      if (column === undefined) columns.set(o.place, (column = columns.size))
      edges.push({ row: i, column, weight: o.score })
    }
  })
  const must = new Set(local.flatMap((row, i) => (rejected.placed.has(row) ? [i] : [])))
  const found = bestAssignment(local.length, columns.size, edges, must)
  if (found === undefined) return undefined
  const placeOf = [...columns.keys()]
  const columnOf: Array<number | undefined> = options.of.map(() => undefined)
  local.forEach((row, i) => {
    const c = found.columnOf[i]
    columnOf[row] = c === undefined ? undefined : placeOf[c]
  })
  return { columnOf, value: found.value }
}

/** The assignment as the search holds it: each row's place, and per component its rows and value. */
interface State {
  /** The place (column) of each row, `undefined`: none. */
  columnOf: Array<number | undefined>
  /** The rows of each component. */
  rows: number[][]
  /** The component of each row. */
  componentOf: number[]
  /** The component whose rows may take each place (`undefined`: a place nobody may take). */
  componentOfPlace: Map<number, number>
  /** The value of each component's assignment. */
  value: number[]
}

/**
 * How far the assignment leads every assignment that places `row` elsewhere: in another of its options (taking the
 * place from whoever may hold it, in its component or another; a place held firmly as if free), or, when it is
 * placed, alone.
 */
function leadOf(row: number, options: Options, rejected: Rejected, state: State): number {
  const chosen = state.columnOf[row]
  const own = state.componentOf[row]!
  const rows = state.rows[own]!
  let best = -Infinity
  for (const o of options.of[row]!) {
    // A document that fits a family about as well as the one it joins belongs to neither clearly, wherever it may go;
    // a member that loses its place is weighed only against the places it may take.
    if ((o.place !== undefined && o.place === chosen) || (chosen === undefined && !o.open)) continue
    const rest = solve(options, rejected, rows, { row, column: o.place })
    if (rest === undefined) continue
    let alternative = o.score + rest.value
    const other = o.place === undefined ? undefined : state.componentOfPlace.get(o.place)
    if (other !== undefined && other !== own) {
      // The place is another component's: what that component loses without it counts too.
      const without = solve(options, rejected, state.rows[other]!, { row: -1, column: o.place })
      if (without === undefined) continue
      alternative -= state.value[other]! - without.value
    }
    best = Math.max(best, alternative)
  }
  if (chosen !== undefined) {
    const rest = solve(options, rejected, rows, { row, column: undefined })
    if (rest !== undefined) best = Math.max(best, rest.value)
  }
  return state.value[own]! - best
}

/**
 * The asks in groups linked by the places they may take (each group in ask order, groups by first ask): the best
 * assignment is the best assignment of each group, and an option below the bar only counts against a move.
 */
function components(options: Options): number[][] {
  const parent = options.of.map((_, r) => r)
  const root = (r: number): number => (parent[r] === r ? r : (parent[r] = root(parent[r]!)))
  const first = new Map<number, number>()
  options.of.forEach((list, row) => {
    for (const o of list) {
      if (!o.open || o.place === undefined) continue
      const other = first.get(o.place)
      if (other === undefined) first.set(o.place, row)
      else parent[Math.max(root(row), root(other))] = Math.min(root(row), root(other))
    }
  })
  const out = new Map<number, number[]>()
  options.of.forEach((_, row) => out.set(root(row), [...(out.get(root(row)) ?? []), row]))
  return [...out.values()]
}

/** Solve one component again under the constraints and record its assignment. */
function resolve(c: number, options: Options, rejected: Rejected, state: State): void {
  const found = solve(options, rejected, state.rows[c]!)!
  for (const row of state.rows[c]!) state.columnOf[row] = found.columnOf[row]
  state.value[c] = found.value
}

/**
 * The accepted assignment: the best one, its unclear moves closed one at a time, first in ask order (see
 * {@link decideSecondRound}), until every move it makes is clear.
 */
function settle(groups: ReadonlyArray<RejoinGroup | undefined>, plan: SecondRoundPlan, options: Options): Array<number | undefined> {
  const rows = components(options)
  const componentOf = options.of.map(() => 0)
  const componentOfPlace = new Map<number, number>()
  rows.forEach((list, c) => {
    for (const row of list) {
      componentOf[row] = c
      for (const o of options.of[row]!) if (o.open && o.place !== undefined) componentOfPlace.set(o.place, c)
    }
  })
  const state: State = { columnOf: options.of.map(() => undefined), rows, componentOf, componentOfPlace, value: rows.map(() => 0) }
  const rejected: Rejected = { closed: new Set(), placed: new Set() }
  rows.forEach((_, c) => resolve(c, options, rejected, state))
  for (;;) {
    const moved = options.of.flatMap((_, row) => (state.columnOf[row] === options.home[row] ? [] : [row]))
    const emptied = (f: number): boolean => groups[f]!.members.every((m) => moved.some((row) => plan.asks[row]!.id === m && plan.asks[row]!.home === f))
    const unclear = moved.find((row) => {
      const c = state.columnOf[row]
      return (c !== undefined && emptied(options.families[c]!)) || leadOf(row, options, rejected, state) < SECOND_ROUND_MARGIN
    })
    if (unclear === undefined) return state.columnOf
    const c = state.columnOf[unclear]
    if (c === undefined) rejected.placed.add(unclear)
    else rejected.closed.add(`${unclear}\u0000${c}`)
    resolve(componentOf[unclear]!, options, rejected, state)
  }
}

/**
 * Which documents move, from the scores of the plan's pairs: the assignment of the asked documents to places that
 * fits best in total (each family has one place per language; a lone document may stay alone, a member keeps its
 * own place unless the assignment gives it to another document) among the places a document scores at the bar on
 * (the {@link NULL_QUANTILE} quantile of the unrelated pairs), its own place always open. A document is scored
 * against a family's members of the other languages, its core. Every document the assignment moves — into a family,
 * or out of its own — must leave the assignment {@link SECOND_ROUND_MARGIN} ahead of every assignment that places it
 * elsewhere (another of its options, taking that place from whoever holds it, a place held firmly or scored below
 * the bar counted as free; alone; its own place): else that move is closed and the assignment sought again. A join
 * into a family all of whose members leave is closed too (its score read members that are gone). Deterministic: the
 * same plan and scores give the same moves. The word links that score the pairs are learned from the first round's
 * families (see `secondRoundTraining`), which hold a thinly placed member's own paragraph pairs and none of a lone
 * challenger's, so the contest leans towards the member in place; leaving asked members' pairs out lowered recall
 * on the dev draws (less to learn from in the language pairs where members are thin).
 * @param groups Groups after the first round, as planned.
 * @param plan The plan of `planSecondRound` on those groups.
 * @param scores Score of each planned pair, by `pairKey(a, b)` with `a < b`.
 * @param corpus Languages and lengths of the documents.
 * @returns The moves: joins in family then score order, then the members left alone.
 */
export function decideSecondRound(groups: ReadonlyArray<RejoinGroup | undefined>, plan: SecondRoundPlan, scores: ReadonlyMap<string, number>, corpus: SecondRoundCorpus): Rejoin[] {
  const bar = nullBar(plan, scores)
  if (bar === undefined) return []
  const options = optionsOf(groups, plan, scores, corpus, bar)
  const columnOf = settle(groups, plan, options)
  return movesOf(columnOf, options.of.flatMap((_, row) => (columnOf[row] === options.home[row] ? [] : [row])), options, plan)
}

/** The moves of an accepted assignment: joins in family, score and ask order, then the members left alone. */
function movesOf(columnOf: ReadonlyArray<number | undefined>, moved: readonly number[], options: Options, plan: SecondRoundPlan): Rejoin[] {
  const joins: Array<Rejoin & { row: number }> = []
  const alone: Rejoin[] = []
  for (const row of moved) {
    const ask = plan.asks[row]!
    const c = columnOf[row]
    if (c === undefined) alone.push({ id: ask.id, from: ask.doc, to: undefined, score: undefined })
    else joins.push({ id: ask.id, from: ask.doc, to: options.families[c]!, score: options.of[row]!.find((o) => o.place === c)!.score, row })
  }
  joins.sort((a, b) => a.to! - b.to! || b.score! - a.score! || a.row - b.row)
  return [...joins.map(({ row: _row, ...join }) => join), ...alone]
}
