/**
 * Families and drift on real translated Markdown docs, with faults put into copies of the translations (run:
 * `npm run eval:drift-docs`, or `-- --set dev` to tune).
 *
 * Inputs, in two parts each run as its own corpus and printed as its own tables: DEV, the document sets of
 * `tests/fixtures/real/` and `data/docs-dev/` (tune on these: `--set dev`), and HELD OUT, those of `data/docs/`
 * (report only, no rule is chosen on it: `--set heldout`). Each folder has an `expected.json` naming every file's
 * language; a project's English file is its source (see their READMEs). Headings, lists, tables, code blocks, links,
 * HTML and front matter as their projects wrote them.
 *
 * 1. Every document of every project goes in one folder and `alignCorpus` runs on it as a user would: family pair
 *    precision/recall against the truth (one family per project), and the codes (score ≥ 0.5) on the translations
 *    as they are — real translations are not known to be faithful, so these are reasons, not false alarms; those an
 *    `expected.json` marks `faithful` (their source revision recorded: see the folder's README) get a column of their
 *    own, where every code is a false alarm. A folder may hold several pages of one site (`family` in its
 *    `expected.json`): each page is a project of its own.
 * 2. Fault rounds (`--rounds N`, default 4; 8 gives every translation every fault it has a place for): each round adds to that folder one copy of every translation with one
 *    Markdown fault (`drift/markdownFaults.ts`: a section removed, a paragraph of another document inserted, a
 *    paragraph cut to its first sentence, a paragraph replaced by another of the same document of similar length,
 *    two sections swapped, a number changed, a link target changed, a code block removed), drawn from a seed so the
 *    copies are the same on every run; round r gives a project's j-th translation the kind (5(o + j) + r) mod 8, o
 *    drawn from the project's name, so a translation's kinds do not depend on the other sets (the next one it has a
 *    place for and has not had). Each copy is compared with its own unmodified translation run in the same corpus:
 *    (a) the share where an expected code fires (score ≥ 0.5) on the fault's slots (those of the segments holding
 *    the changed blocks, in the unmodified translation or in the copy), (b) the share where the copy has a code ≥
 *    0.5 on a slot its unmodified translation has not, (c) document ROC AUC of the copies against the unmodified
 *    translations of the same runs, against the known-faithful ones only, and of the known-faithful ones' copies
 *    against them (`drift/metrics.ts` `documentAucs`), each beside `lengthBaseline` given the true source, and how
 *    often a copy scores above its own unmodified translation. "Fault on no slot": the changed blocks fill no slot of the family's
 *    table in either document (such a fault can only be found as an `extra` segment or not at all); they are counted
 *    by what became of their text (`drift/unplaced.ts`: in no segment, only in code segments, in a segment of no
 *    slot) and the kind of block it is in.
 * 3. Kinds drawn apart (`SEPARATE_FAULTS`, with `--rounds` ≥ 1): `untranslated`, a paragraph of the translation put
 *    back in the source's language (the source's paragraph of the same place: see `markdownFaults.ts`), one copy of
 *    every translation that has a place for it, from the kind's own seed stream, in a run of its own (the documents
 *    as they are and those copies), so that the rounds' draws and every figure above stay as they were: its row of
 *    the fault table and an AUC of its own (its copies against the unmodified translations of that run).
 *
 * Options: `--set dev|heldout|all` (default all: both parts, dev first; with `--dir`, none unless named), `--dir PATH`
 * (a folder of your own sets in the layout of `data/docs-dev/`: projects as first-level folders, an `expected.json`
 * naming every file's language, `family` and `faithful` as there; run as a third part, "extra", with the same
 * tables, its sites compared with dev's as the held-out ones are), `--rounds N` (0–8; 0 runs the documents as
 * they are only), `--source` (name English with the `source` option), `--json` (an object keyed by part),
 * `--keep DIR` (write the folders there instead of a temporary directory, under one folder per part), `--only REGEX` (only the
 * projects whose name matches: a quick look while working; each project's copies are drawn as in the full run). `DRIFT_DEBUG=<fault>` (or empty for
 * every fault) prints each miss with its slots and the copy's reasons on stderr; `DRIFT_UNPLACED=1` each fault on no slot;
 * `DRIFT_TRACE=1` (with `DRIFT_DEBUG`) each miss slot by slot (`drift/trace.ts`);
 * `DRIFT_SCORES=FILE` (emptied at start) each scored document's part, slots, shares and reasons as JSON lines;
 * `DRIFT_HUBS=1` each family's hub on stderr (`HUB <run> <project> <hub path> <what it is>`: the source, a translation,
 * a translation whose faulty copy is in the family, or a faulty copy).
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { alignCorpus } from '../src/pipeline/alignCorpus.js'
import type { Dataset, DriftReason, DriftReport } from '../src/types.js'
import { loadDocSets, type DocFile, type DocSet } from './drift/docSets.js'
import { injectMarkdownFault, MARKDOWN_EXPECTED_CODES, MARKDOWN_FAULTS, paragraphTexts, SEPARATE_FAULTS, type FaultyCopy, type MarkdownFault } from './drift/markdownFaults.js'
import { seeded } from './drift/faults.js'
import { documentAucs, lengthBaseline, pairPrecisionRecall, pct, type AucPair, type ScoredDocument } from './drift/metrics.js'
import { flat, linkSlots, slotsOf } from './drift/faultSlots.js'
import { unplacedCause } from './drift/unplaced.js'
import { traceCopy } from './drift/trace.js'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '4' },
    source: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'string' },
    set: { type: 'string' },
    only: { type: 'string' },
    dir: { type: 'string' },
  },
})
const rounds = Number(values.rounds)
/** `--only REGEX`: the projects whose name matches (a quick look at a few pages; the tables are then not the published ones). */
const only = values.only === undefined ? undefined : new RegExp(values.only, 'u')
if (!Number.isInteger(rounds) || rounds < 0 || rounds > MARKDOWN_FAULTS.length) throw new Error(`--rounds takes 0–${MARKDOWN_FAULTS.length}, got ${values.rounds}`)
const root = resolve(import.meta.dirname, '..')
/**
 * The parts of the evaluation, each its own corpus: dev (tune on it), held out (report only), and extra (`--dir`: a
 * user's own sets, folders absolute).
 */
const PARTS: Record<Part, { title: string; folders: readonly string[] }> = {
  dev: { title: 'dev', folders: ['tests/fixtures/real', 'data/docs-dev'].map((f) => join(root, f)) },
  heldout: { title: 'held out', folders: [join(root, 'data/docs')] },
  extra: { title: `extra: ${values.dir ?? ''}`, folders: values.dir === undefined ? [] : [resolve(values.dir)] },
}
type Part = 'dev' | 'heldout' | 'extra'
/** `--set` names the built-in parts (all: both); `--dir` adds "extra", alone unless `--set` is given too. */
function chosenParts(set: string | undefined, dir: string | undefined): Part[] {
  const named: Part[] = set === undefined ? (dir === undefined ? ['dev', 'heldout'] : []) : set === 'all' ? ['dev', 'heldout'] : set === 'dev' || set === 'heldout' ? [set] : []
  if (set !== undefined && named.length === 0) throw new Error(`--set takes dev, heldout or all, got ${set}`)
  return dir === undefined ? named : [...named, 'extra']
}
const chosen = chosenParts(values.set, values.dir)
const CODES = ['missing', 'extra', 'split', 'merged', 'length', 'partial', 'replaced', 'anchor-lost', 'anchor-changed', 'role', 'order'] as const

/** A faulty copy of a translation, placed in a round's folder. */
interface Copy extends FaultyCopy {
  of: DocFile
  /** Path inside the round's folder. */
  path: string
}

/**
 * The copies of one round: the j-th translation of a project gets the kind (5(o + j) + round) mod 8, o an offset drawn
 * from the project's name (5 is prime to 8: a project's translations get kinds apart), or the next it has a place for
 * and has not had. A translation's kinds depend on its project only, not on which other sets the folders hold.
 */
function drawRound(sets: readonly DocSet[], round: number, had: Map<string, Set<MarkdownFault>>): Copy[] {
  const copies: Copy[] = []
  const translations = sets.flatMap((s) => {
    const offset = Math.floor(seeded(`kinds/${s.project}`)() * MARKDOWN_FAULTS.length)
    return s.translations.map((t, j) => ({ t, set: s, i: offset + j }))
  })
  translations.forEach(({ t, set, i }) => {
    const done = had.get(t.path) ?? new Set<MarkdownFault>()
    had.set(t.path, done)
    const foreign = sets.filter((s) => s !== set).flatMap((s) => [s.source, ...s.translations]).filter((d) => d.language === t.language).flatMap((d) => paragraphTexts(d.text))
    for (let k = 0; k < MARKDOWN_FAULTS.length; k++) {
      const fault = MARKDOWN_FAULTS[(5 * i + round + k) % MARKDOWN_FAULTS.length]!
      if (done.has(fault)) continue
      const copy = injectMarkdownFault(fault, { text: t.text, seed: t.path, source: set.source.text, foreign })
      if (copy === undefined) continue
      done.add(fault)
      copies.push({ ...copy, of: t, path: join('copies', t.path) })
      break
    }
  })
  return copies
}

/**
 * The copies of a kind drawn apart (`SEPARATE_FAULTS`): one of every translation that has a place for it, from the
 * kind's own seed stream, so the rounds' draws stay as they were.
 */
function drawSeparate(sets: readonly DocSet[], fault: MarkdownFault): Copy[] {
  return sets.flatMap((set) =>
    set.translations.flatMap((t) => {
      const copy = injectMarkdownFault(fault, { text: t.text, seed: t.path, source: set.source.text, foreign: [] })
      return copy === undefined ? [] : [{ ...copy, of: t, path: join('copies', t.path) }]
    }),
  )
}

function reasonsOf(report: DriftReport | undefined): DriftReason[] {
  return (report?.slots ?? []).flatMap((s) => s.reasons).concat(report?.reasons.filter((r) => r.slot === undefined) ?? [])
}

const strong = (report: DriftReport | undefined): DriftReason[] => reasonsOf(report).filter((r) => r.score >= 0.5)

/** Whether an expected code fires on the copy's fault slots (an inserted paragraph: `extra` on its segment or slots). */
function found(dataset: Dataset, report: DriftReport | undefined, copy: Copy, copyId: string, slots: ReadonlySet<string>): boolean {
  const codes = MARKDOWN_EXPECTED_CODES[copy.fault]
  if (copy.fault === 'paragraph-inserted') {
    const parsed = dataset.documents.find((d) => d.id === copyId)
    const segment = parsed?.segments.find((s) => copy.inserted !== undefined && flat(s.text).includes(flat(copy.inserted)))
    return strong(report).some((r) => r.code === 'extra' && ((segment !== undefined && r.segment === segment.id) || (r.slot !== undefined && slots.has(r.slot))))
  }
  return strong(report).some((r) => codes.includes(r.code) && r.slot !== undefined && slots.has(r.slot))
}

/** Write documents under a folder and align it as one corpus; ids by path inside the folder. */
async function run(part: Part, name: string, docs: ReadonlyArray<{ path: string; text: string }>): Promise<{ dataset: Dataset; idOf: Map<string, string>; seconds: number; cpu: number }> {
  const dir = values.keep !== undefined ? resolve(values.keep, part, name) : mkdtempSync(join(tmpdir(), 'paracorpus-drift-docs-'))
  for (const d of docs) {
    mkdirSync(dirname(join(dir, d.path)), { recursive: true })
    writeFileSync(join(dir, d.path), d.text)
  }
  const started = performance.now()
  const cpu = process.cpuUsage()
  // Every reason, not the ten a report lists by default: an inserted paragraph's `extra` is a reason of no slot.
  const dataset = await alignCorpus([dir], { level: 'turn', topReasons: Number.MAX_SAFE_INTEGER, ...(values.source ? { source: 'en' } : {}) })
  const used = process.cpuUsage(cpu)
  const seconds = (performance.now() - started) / 1000
  if (values.keep === undefined) rmSync(dir, { recursive: true, force: true })
  const idOf = new Map(dataset.documents.map((d) => [resolve(d.path ?? d.id).slice(resolve(dir).length + 1), d.id] as const))
  return { dataset, idOf, seconds, cpu: (used.user + used.system) / 1e6 }
}

type Families = ReturnType<typeof pairPrecisionRecall>

/** `DRIFT_HUBS=1`: each family's hub and what it is (the source, a translation, one with its faulty copy beside it, a faulty copy). */
function traceHubs(name: string, dataset: Dataset, idOf: ReadonlyMap<string, string>, docs: ReadonlyArray<{ path: string; project: string; fault?: string }>, sources: ReadonlySet<string>): void {
  if (process.env.DRIFT_HUBS === undefined) return
  const byId = new Map(docs.map((d) => [idOf.get(d.path) ?? d.path, d] as const))
  for (const family of dataset.families) {
    const hub = byId.get(dataset.pivots.find((p) => p.id === family.id)?.document ?? '')
    if (hub === undefined) continue
    const members = family.documents.flatMap((id) => byId.get(id) ?? [])
    const twin = members.some((m) => m !== hub && m.path === join('copies', hub.path))
    const what = hub.fault !== undefined ? `copy:${hub.fault}` : sources.has(hub.path) ? 'source' : twin ? 'translation+copy' : 'translation'
    const source = members.find((m) => sources.has(m.path))
    console.error(`HUB ${name} ${hub.project} ${hub.path} ${what} members=${members.length}${source === undefined ? ' no-source' : ''}`)
  }
}

/** Family pair precision/recall of a run against the truth (one family per project). */
function familiesOf(dataset: Dataset, idOf: ReadonlyMap<string, string>, docs: ReadonlyArray<{ path: string; project: string }>): Families {
  const gold = new Map(docs.map((d) => [idOf.get(d.path) ?? d.path, d.project] as const))
  const predicted = new Map(dataset.families.flatMap((f) => f.documents.map((d) => [d, f.id] as const)))
  return pairPrecisionRecall(predicted, gold)
}

/** Documents not in the family most of their project's documents are in, and families mixing projects. */
function misplaced(name: string, dataset: Dataset, idOf: ReadonlyMap<string, string>, docs: ReadonlyArray<{ path: string; project: string; fault?: string }>): string[] {
  const familyOf = new Map(dataset.families.flatMap((f) => f.documents.map((d) => [d, f] as const)))
  const out: string[] = []
  for (const project of new Set(docs.map((d) => d.project))) {
    const members = docs.filter((d) => d.project === project)
    const counts = new Map<string, number>()
    for (const d of members) counts.set(familyOf.get(idOf.get(d.path)!)?.id ?? '', (counts.get(familyOf.get(idOf.get(d.path)!)?.id ?? '') ?? 0) + 1)
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
    for (const d of members) {
      const f = familyOf.get(idOf.get(d.path)!)
      if (f?.id !== main) out.push(`${name}: ${d.path}${d.fault === undefined ? '' : ` (${d.fault})`} in ${f === undefined ? 'no family' : f.alone ? 'a family of its own' : `${f.id} (${f.documents.length} documents)`}, not with its project`)
    }
  }
  for (const f of dataset.families) {
    const projects = new Set(docs.filter((d) => f.documents.includes(idOf.get(d.path)!)).map((d) => d.project))
    if (projects.size > 1) out.push(`${name}: ${f.id} mixes ${[...projects].join(', ')}`)
  }
  return out
}

/** Pair precision/recall pooled over runs. */
function pooled(all: readonly Families[]): Families {
  const predictedPairs = all.reduce((a, p) => a + p.predictedPairs, 0)
  const goldPairs = all.reduce((a, p) => a + p.goldPairs, 0)
  const tp = all.reduce((a, p) => a + p.precision * p.predictedPairs, 0)
  return { precision: predictedPairs === 0 ? 1 : tp / predictedPairs, recall: goldPairs === 0 ? 1 : tp / goldPairs, predictedPairs, goldPairs }
}

/** What the fault rounds of one part gather. */
interface Tally {
  perFault: Record<string, { hit: number; flagged: number; unplaced: number; total: number }>
  /** The same counts over the projects of sites the dev part has none of (held out and extra only: see `siteOf`). */
  perFaultUnseen: Record<string, { hit: number; total: number }>
  /** Faults on no slot, by fault, cause and the kinds of the blocks their probes come from (`cause: kinds`). */
  unplaced: Record<string, Record<string, number>>
  scored: Array<ScoredDocument & { unseen: boolean }>
  paired: { above: number; total: number; baselineAbove: number }
  /** Documents the run gave no drift report (left out of every family): counted as drift 1, as eval-drift counts them. */
  unreported: { copies: number; unmodified: number }
}

/**
 * The site a project's pages come from: the first word of its folder's name (`opentelemetry-docs` → `opentelemetry`).
 * A held-out project of a site dev also has pages of is not independent of what was tuned on dev: its figures are
 * printed apart as well.
 */
const newTally = (): Tally => ({ perFault: {}, perFaultUnseen: {}, unplaced: {}, scored: [], paired: { above: 0, total: 0, baselineAbove: 0 }, unreported: { copies: 0, unmodified: 0 } })

const siteOf = (project: string): string => project.split(/[-#]/u)[0]!

/**
 * `DRIFT_SCORES=FILE`: one JSON line per scored document (copy or unmodified translation) with its report's slots, their
 * shares and reasons, to study how the document score ranks them.
 */
function dumpScore(dataset: Dataset, report: DriftReport | undefined, row: { part: Part; path: string; fault?: string; positive: boolean; faithful: boolean; unseen: boolean }): void {
  const file = process.env.DRIFT_SCORES
  if (file === undefined || file === '') return
  const pivot = dataset.pivots.find((p) => p.id === report?.pivot)
  const share = new Map(pivot?.slots.map((s) => [s.id, s.share] as const) ?? [])
  const slots = (report?.slots ?? []).map((s) => ({ share: share.get(s.slot) ?? 0, reasons: s.reasons.map((r) => [r.code, r.score]) }))
  const free = (report?.reasons ?? []).filter((r) => r.slot === undefined).map((r) => [r.code, r.score])
  appendFileSync(file, `${JSON.stringify({ ...row, score: report?.score ?? 1, extra: report?.components.extra ?? 0, slots, free })}\n`)
}

/** Scores one round's run of a part: the unmodified translations, then each copy against its own unmodified translation. */
function tallyRound(part: Part, tally: Tally, sets: readonly DocSet[], copies: readonly Copy[], dataset: Dataset, idOf: ReadonlyMap<string, string>, unseen: (project: string) => boolean): void {
  const sourceOf = new Map(sets.map((s) => [s.project, s.source] as const))
  const reports = new Map(dataset.drift.map((r) => [r.document, r] as const))
  for (const t of sets.flatMap((s) => s.translations)) {
    const report = reports.get(idOf.get(t.path)!)
    if (report === undefined) tally.unreported.unmodified++
    dumpScore(dataset, report, { part, path: t.path, positive: false, faithful: t.faithful, unseen: unseen(t.project) })
    tally.scored.push({ score: report?.score ?? 1, baseline: lengthBaseline(sourceOf.get(t.project)!.text, t.text), positive: false, faithful: t.faithful, unseen: unseen(t.project) })
  }
  for (const copy of copies) {
    const copyId = idOf.get(copy.path)!
    const originalId = idOf.get(copy.of.path)!
    const report = reports.get(copyId)
    const unmodified = reports.get(originalId)
    const family = dataset.families.find((f) => f.documents.includes(copyId))
    const slots = new Set<string>()
    const lendCode = copy.fault === 'code-removed' || copy.fault === 'url-changed'
    if (family !== undefined) {
      if (family.documents.includes(originalId)) for (const s of slotsOf(dataset, family.id, originalId, copy.probes, lendCode)) slots.add(s)
      for (const s of slotsOf(dataset, family.id, copyId, copy.probes, lendCode)) slots.add(s)
      // A changed link is also where the copy's segments hold its new target (a badge shows no text to find).
      if (copy.link !== undefined) for (const s of linkSlots(dataset, family.id, copyId, copy.link.to)) slots.add(s)
    }
    const entry = (tally.perFault[copy.fault] ??= { hit: 0, flagged: 0, unplaced: 0, total: 0 })
    entry.total++
    if (slots.size === 0) {
      entry.unplaced++
      const members = [{ id: originalId, member: family?.documents.includes(originalId) === true }, { id: copyId, member: family !== undefined }]
      const why = unplacedCause(dataset, family?.id, members, copy.probes, [copy.of.text, copy.text])
      const key = `${why.cause}: ${why.kinds.join('+') || '–'}`
      const byCause = (tally.unplaced[copy.fault] ??= {})
      byCause[key] = (byCause[key] ?? 0) + 1
      if (process.env.DRIFT_UNPLACED !== undefined) console.error(`UNPLACED ${copy.fault} ${copy.of.path} lines ${copy.edit.start}-${copy.edit.end} ${key} probes=${JSON.stringify(copy.probes)}`)
    }
    const hit = found(dataset, report, copy, copyId, slots)
    if (hit) entry.hit++
    if (unseen(copy.of.project)) {
      const apart = (tally.perFaultUnseen[copy.fault] ??= { hit: 0, total: 0 })
      apart.total++
      if (hit) apart.hit++
    }
    if (process.env.DRIFT_DEBUG !== undefined && !hit && (process.env.DRIFT_DEBUG === '' || process.env.DRIFT_DEBUG === copy.fault)) {
      console.error(`MISS ${copy.fault} ${copy.of.path} lines ${copy.edit.start}-${copy.edit.end} slots=${[...slots].join(',')} family=${family?.id} with-unmodified=${family?.documents.includes(originalId)} probes=${JSON.stringify(copy.probes)}`)
      for (const r of reasonsOf(report).filter((x) => x.score >= 0.2)) console.error(`   ${r.code} ${r.slot ?? r.segment} ${r.score} ${r.message.slice(0, 160)}`)
      if (process.env.DRIFT_TRACE !== undefined) for (const line of traceCopy(dataset, copyId, originalId, slots, report)) console.error(line)
    }
    const before = new Set(strong(unmodified).map((r) => `${r.code}@${r.slot ?? r.segment ?? ''}`))
    if (strong(report).some((r) => !before.has(`${r.code}@${r.slot ?? r.segment ?? ''}`))) entry.flagged++
    const source = sourceOf.get(copy.of.project)!.text
    const baseline = lengthBaseline(source, copy.text)
    if (report === undefined) tally.unreported.copies++
    dumpScore(dataset, report, { part, path: copy.of.path, fault: copy.fault, positive: true, faithful: copy.of.faithful, unseen: unseen(copy.of.project) })
    tally.scored.push({ score: report?.score ?? 1, baseline, positive: true, faithful: copy.of.faithful, unseen: unseen(copy.of.project) })
    tally.paired.total++
    if ((report?.score ?? 1) > (unmodified?.score ?? 1)) tally.paired.above++
    if (baseline > lengthBaseline(source, copy.of.text)) tally.paired.baselineAbove++
  }
}

/** Runs one part: its documents as they are, then the fault rounds. */
async function evaluate(part: Part) {
  // Every project's copies are drawn, then those of `--only` kept: a paragraph pasted in comes from the other
  // projects of the part, so a smaller draw would paste other text and shift the kinds that follow.
  const dropped: string[] = []
  const all = loadDocSets(PARTS[part].folders, 'en', dropped)
  if (dropped.length > 0) console.error(`${PARTS[part].title}: left out, no English file (the source) in expected.json: ${dropped.join(', ')}`)
  if (all.length === 0) throw new Error(`no document sets in ${PARTS[part].folders.join(', ')} (an expected.json naming each file's language, English the source)`)
  const sets = all.filter((s) => only === undefined || only.test(s.project))
  const originals = sets.flatMap((s) => [s.source, ...s.translations])
  const devSites = part === 'dev' ? undefined : new Set(loadDocSets(PARTS.dev.folders).map((s) => siteOf(s.project)))
  const unseen = (project: string): boolean => devSites !== undefined && !devSites.has(siteOf(project))
  // 1. The documents as they are.
  const familyErrors: string[] = []
  const clean = await run(part, 'clean', originals)
  const sourcePaths = new Set(sets.map((s) => s.source.path))
  traceHubs('clean', clean.dataset, clean.idOf, originals, sourcePaths)
  familyErrors.push(...misplaced('as they are', clean.dataset, clean.idOf, originals))
  const cleanReports = new Map(clean.dataset.drift.map((r) => [r.document, r] as const))
  const asIs = sets.flatMap((s) =>
    s.translations.map((t) => {
      const report = cleanReports.get(clean.idOf.get(t.path)!)
      const codes: Record<string, number> = {}
      for (const r of strong(report)) codes[r.code] = (codes[r.code] ?? 0) + 1
      return { path: t.path, language: t.language, faithful: t.faithful, score: report?.score, codes }
    }),
  )
  // 2. Fault rounds.
  const had = new Map<string, Set<MarkdownFault>>()
  const roundFamilies: Families[] = []
  const tally = newTally()
  const timing = [{ name: 'clean', documents: originals.length, seconds: clean.seconds, cpu: clean.cpu }]
  for (let round = 0; round < rounds; round++) {
    const copies = drawRound(all, round, had).filter((c) => sets.some((s) => s.project === c.of.project))
    const docs = [...originals, ...copies.map((c) => ({ path: c.path, project: c.of.project, text: c.text, fault: c.fault }))]
    const { dataset, idOf, seconds, cpu } = await run(part, `round-${round}`, docs)
    timing.push({ name: `round ${round}`, documents: docs.length, seconds, cpu })
    roundFamilies.push(familiesOf(dataset, idOf, docs))
    traceHubs(`round-${round}`, dataset, idOf, docs, sourcePaths)
    familyErrors.push(...misplaced(`round ${round}`, dataset, idOf, docs))
    tallyRound(part, tally, sets, copies, dataset, idOf, unseen)
  }
  // 3. The kinds drawn apart, each in a run of its own: their copies weigh in no figure above but their own rows.
  const separate = newTally()
  for (const fault of rounds > 0 ? SEPARATE_FAULTS : []) {
    const copies = drawSeparate(sets, fault)
    const docs = [...originals, ...copies.map((c) => ({ path: c.path, project: c.of.project, text: c.text, fault: c.fault }))]
    const { dataset, idOf, seconds, cpu } = await run(part, fault, docs)
    timing.push({ name: fault, documents: docs.length, seconds, cpu })
    familyErrors.push(...misplaced(fault, dataset, idOf, docs))
    tallyRound(part, separate, sets, copies, dataset, idOf, unseen)
  }
  return {
    part: PARTS[part].title,
    projects: sets.map((s: DocSet) => ({ project: s.project, documents: 1 + s.translations.length, languages: [s.source.language, ...s.translations.map((t) => t.language)] })),
    documents: originals.length,
    rounds,
    families: familiesOf(clean.dataset, clean.idOf, originals),
    familiesFound: clean.dataset.families.length,
    faultFamilies: pooled(roundFamilies),
    aucs: documentAucs(tally.scored),
    /** Held out: the sites dev has none of, their AUC and faults apart (undefined on dev, or when no site or every site is in dev). */
    unseenSites:
      devSites === undefined || !sets.some((s) => devSites.has(siteOf(s.project))) || sets.every((s) => devSites.has(siteOf(s.project)))
        ? undefined
        : { sites: [...new Set(sets.map((s) => siteOf(s.project)).filter((x) => !devSites.has(x)))], aucs: documentAucs(tally.scored.filter((x) => x.unseen)), perFault: { ...tally.perFaultUnseen, ...separate.perFaultUnseen } },
    paired: tally.paired,
    unreported: tally.unreported,
    perFault: { ...tally.perFault, ...separate.perFault },
    unplaced: { ...tally.unplaced, ...separate.unplaced },
    /** The kinds drawn apart: AUC of their copies against the unmodified translations of their own runs. */
    separate: { aucs: documentAucs(separate.scored), paired: separate.paired },
    asIs,
    sources: sets.map((s) => ({ project: s.project, score: cleanReports.get(clean.idOf.get(s.source.path)!)?.score })),
    familyErrors,
    timing,
  }
}

/** Prints one part's tables. */
function printPart(r: Awaited<ReturnType<typeof evaluate>>): void {
  const seconds = r.timing.reduce((a, t) => a + t.seconds, 0)
  console.log(`\n#### Real translated docs (${r.part}): ${r.projects.length} projects, ${r.documents} documents, ${r.familiesFound} families found; ${r.rounds} fault rounds, ${r.paired.total} faulty copies; ${seconds.toFixed(1)} s\n`)
  console.log(`Projects: ${r.projects.map((p) => `${p.project} (${p.languages.join(', ')})`).join('; ')}.\n`)
  console.log('| measure | paracorpus | baseline |')
  console.log('|---|---|---|')
  console.log(`| family pair precision / recall, documents as they are | ${r.families.precision.toFixed(3)} / ${r.families.recall.toFixed(3)} | |`)
  console.log(`| family pair precision / recall, with the faulty copies | ${r.faultFamilies.precision.toFixed(3)} / ${r.faultFamilies.recall.toFixed(3)} | |`)
  const auc = (a: AucPair, note = ''): string => (Number.isNaN(a.auc) ? '– | –' : `${a.auc.toFixed(3)} | ${a.baseline.toFixed(3)}${note}`)
  console.log(`| document ROC AUC (faulty copies vs unmodified translations, most not known faithful) | ${auc(r.aucs.all, ' (paragraph count + length ratio, true source given)')} |`)
  console.log(`| document ROC AUC (faulty copies vs the unmodified translations known faithful) | ${auc(r.aucs.faithful)} |`)
  console.log(`| document ROC AUC (faulty copies of the known-faithful translations vs them) | ${auc(r.aucs.faithfulCopies)} |`)
  if (r.unseenSites !== undefined) console.log(`| document ROC AUC (faulty copies vs unmodified translations), the sites dev has no page of only (${r.unseenSites.sites.join(', ')}) | ${auc(r.unseenSites.aucs.all)} |`)
  console.log(`| faulty copy scored above its own unmodified translation | ${pct(r.paired.above, r.paired.total)} | ${pct(r.paired.baselineAbove, r.paired.total)} |`)
  if (r.separate.paired.total > 0) {
    const kinds = `${SEPARATE_FAULTS.join(', ')} (run apart: ${r.separate.paired.total} copies)`
    console.log(`| ${kinds}: document ROC AUC vs the unmodified translations of their run | ${auc(r.separate.aucs.all)} |`)
    console.log(`| ${kinds}: faulty copy scored above its own unmodified translation | ${pct(r.separate.paired.above, r.separate.paired.total)} | ${pct(r.separate.paired.baselineAbove, r.separate.paired.total)} |`)
  }
  console.log(`| left out of every family (no drift report; counted as drift 1 above): faulty copies / unmodified translations | ${r.unreported.copies} / ${r.unreported.unmodified} | |`)
  console.log(`| drift of the sources (English) | ${r.sources.map((s) => s.score?.toFixed(3) ?? '–').join(', ')} | |`)
  const apart = r.unseenSites === undefined ? '' : ' (a) on the sites dev has no page of |'
  console.log(`\n| fault | (a) found on its slot (code ≥ 0.5) |${apart} (b) a code ≥ 0.5 its unmodified translation lacks, any slot | fault on no slot | codes that count |`)
  console.log(`|---|---|${apart === '' ? '' : '---|'}---|---|---|`)
  for (const kind of [...MARKDOWN_FAULTS, ...SEPARATE_FAULTS]) {
    const e = r.perFault[kind]
    const u = r.unseenSites?.perFault[kind]
    const unseenCell = r.unseenSites === undefined ? '' : ` ${u === undefined ? '–' : pct(u.hit, u.total)} |`
    console.log(`| ${kind} | ${e === undefined ? '–' : pct(e.hit, e.total)} |${unseenCell} ${e === undefined ? '–' : pct(e.flagged, e.total)} | ${e === undefined ? '–' : `${e.unplaced}/${e.total}`} | ${MARKDOWN_EXPECTED_CODES[kind].join(', ')} |`)
  }
  const unplaced = Object.entries(r.unplaced).filter(([, c]) => Object.keys(c).length > 0)
  if (unplaced.length > 0) console.log(`\nFaults on no slot, by what became of the fault's text (the cause that got furthest in the original or the copy) and the kind of its blocks: ${unplaced.map(([f, c]) => `${f}: ${Object.entries(c).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ×${n}`).join(', ')}`).join('; ')}.`)
  if (r.familyErrors.length > 0) console.log(`\nFamily errors: ${r.familyErrors.join('; ')}.`)
  const faithful = r.asIs.filter((a) => a.faithful)
  const share = (of: typeof r.asIs, code: string): string => (of.length === 0 ? '–' : pct(of.filter((a) => a.codes[code] !== undefined).length, of.length))
  console.log(`\n| code | on the ${r.asIs.length} unmodified real translations, most not known faithful (score ≥ 0.5) | false alarms: on the ${faithful.length} of them known faithful |`)
  console.log('|---|---|---|')
  for (const code of CODES) console.log(`| ${code} | ${share(r.asIs, code)} | ${share(faithful, code)} |`)
  if (faithful.length > 0) {
    const mean = faithful.reduce((a, f) => a + (f.score ?? 1), 0) / faithful.length
    console.log(`\nKnown-faithful translations: ${faithful.length}, mean drift ${mean.toFixed(3)}, ${faithful.filter((f) => Object.keys(f.codes).length === 0).length} with no code ≥ 0.5.`)
  }
  console.log('\n| translation (as it is; * known faithful) | drift | reasons ≥ 0.5 by code |')
  console.log('|---|---|---|')
  for (const a of r.asIs) console.log(`| ${a.path}${a.faithful ? ' *' : ''} | ${a.score?.toFixed(3) ?? '–'} | ${Object.entries(a.codes).map(([c, n]) => `${c} ×${n}`).join(', ') || '–'} |`)
  console.log(`\nRuns (alignCorpus, CPU s of this process incl. its threads): ${r.timing.map((t) => `${t.name} ${t.documents} docs ${t.seconds.toFixed(1)} s / ${t.cpu.toFixed(1)} CPU s`).join('; ')}.`)
}

if (process.env.DRIFT_SCORES !== undefined && process.env.DRIFT_SCORES !== '') writeFileSync(process.env.DRIFT_SCORES, '')
const results: Record<string, Awaited<ReturnType<typeof evaluate>>> = {}
for (const part of chosen) {
  results[part] = await evaluate(part)
  if (!values.json) printPart(results[part])
}
if (values.json) console.log(JSON.stringify(results, null, 2))
