/**
 * Evaluate translation families and drift on injected faults (run: `npm run eval:drift`).
 *
 * Articles are built at run time from the PUD treebanks (`../shared/data/pud/`: the same 1,000 sentences
 * professionally translated into ten languages): consecutive source documents grouped into articles, laid out as
 * interviews (title, intro, `Q:`/`A:` turns) or plain articles, rendered in every language. English renderings are
 * the sources; about a third of the translations stay faithful, the others get one fault each (a missing turn or
 * paragraph, an extra paragraph, two paragraphs merged, one split, two turns swapped, a number changed or deleted, a
 * question marker dropped, an answer truncated to its first sentence, an answer replaced by other text of the same
 * length). All documents go in one folder, and `alignCorpus` runs on it as a user would.
 *
 * Printed: family pair precision/recall (and the connected components of the same verdicts, the rule of 0.1),
 * document ROC AUC of drift against a paragraph-count + length-ratio baseline given the true source, per fault the
 * share where an expected code fires (score ≥ 0.5) on the fault's slot, and per code the false alarms on faithful
 * translations. News articles were looked at while choosing rules (dev); Wikipedia articles are held out. A third
 * row does the same on a second development source, the TICO-19 subset in `data/tico19` (news and encyclopaedic text
 * dense in names and numbers, in English, Russian, Chinese, Arabic, Hindi and Indonesian).
 *
 * After each row, the same draws run again with revision cases put in (see `drift/revisions.ts`): for about a
 * quarter of the articles a second version of one translation (lightly edited, or older with a turn or paragraph
 * less), and two articles kept in one language only as two versions of one document. Printed: family pair
 * precision/recall over every document, and per kind of case how often the two versions are in one family and
 * named `same-language-in-family`. `--no-revisions` skips these runs.
 *
 * Options: `--languages en,de,…` (first is the source; the TICO-19 row keeps those it has, default all six),
 * `--origin news|wiki|tico|all`, `--articles N`, `--keep DIR`,
 * `--source` (name the source language with the `source` option), `--seeds 0,1,2` (fault draws: 0 is the
 * published one, others draw other faults over the same articles, each in its own run; counts are summed, pair
 * precision/recall pooled, AUC averaged), `--json`. `DRIFT_DEBUG=<fault>` (or empty for
 * every fault, `faithful` for false alarms, `all` for both) prints the reasons of each miss on stderr; with
 * `DRIFT_TRACE` set, also its slot table (see `drift/trace.ts`). `DRIFT_FAMILIES` set prints the family errors: each
 * article not found as exactly one family, with every document's pair scores and why it is misplaced (see
 * `drift/familyTrace.ts`).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { alignCorpus } from '../src/pipeline/alignCorpus.js'
import { findFamilies } from '../src/pivot/findFamilies.js'
import type { Dataset, DriftReport } from '../src/types.js'
import { EXPECTED_CODES, FAULT_KINDS, foreignPool, renderWithFault, seeded, type FaultKind, type GeneratedDocument } from './drift/faults.js'
import { lengthBaseline, pairPrecisionRecall, pct, rocAuc } from './drift/metrics.js'
import { buildArticles, loadPud, type Article, type Origin, type PudSentence } from './drift/pudArticles.js'
import { traceDocument } from './drift/trace.js'
import { familyErrors } from './drift/familyTrace.js'
import { addRevisions, countRevisions, type RevisedDraw, type RevisionCounts } from './drift/revisions.js'

const { values } = parseArgs({
  options: {
    languages: { type: 'string' },
    origin: { type: 'string', default: 'all' },
    articles: { type: 'string' },
    keep: { type: 'string' },
    source: { type: 'boolean', default: false },
    'no-revisions': { type: 'boolean', default: false },
    seeds: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
})
const languages = (values.languages ?? 'en,de,ru,zh,ar,th').split(',')
const sourceLanguage = languages[0]!
const pudDir = resolve(import.meta.dirname, '../../shared/data/pud')

/**
 * Documents of some articles: the sources faithful, each translation faithful or with one fault. Seed 0 is the
 * published draw; another seed draws other faults, targets and faithful translations over the same articles.
 */
function generate(articles: readonly Article[], sentences: readonly PudSentence[], languages: readonly string[], draw: number): GeneratedDocument[] {
  const pool = foreignPool(articles, sentences)
  const docs: GeneratedDocument[] = []
  let next = draw
  for (const article of articles) {
    docs.push(renderWithFault(article, sentences, sourceLanguage, 'faithful', pool, `${article.id}/${sourceLanguage}`)!)
    for (const lang of languages.slice(1)) {
      const seed = draw === 0 ? `${article.id}/${lang}` : `${article.id}/${lang}#${draw}`
      const faithful = seeded(seed)() < 1 / 3
      let doc: GeneratedDocument | undefined
      if (faithful) doc = renderWithFault(article, sentences, lang, 'faithful', pool, seed)
      for (let tries = 0; doc === undefined && tries < FAULT_KINDS.length; tries++) {
        const kind = FAULT_KINDS[next % FAULT_KINDS.length]!
        doc = renderWithFault(article, sentences, lang, kind, pool, seed, sourceLanguage)
        next++
      }
      docs.push(doc ?? renderWithFault(article, sentences, lang, 'faithful', pool, seed)!)
    }
  }
  return docs
}

/** Slots of a document's family whose source-document cell holds the segment with this sentence. */
function slotsOfBlock(dataset: Dataset, doc: GeneratedDocument, sourceDoc: string, probe: string): string[] {
  const family = dataset.families.find((f) => f.documents.includes(doc.file))
  if (family === undefined || !family.documents.includes(sourceDoc)) return []
  const parsed = dataset.documents.find((d) => d.id === sourceDoc)
  const segment = parsed?.segments.find((s) => s.text.includes(probe))
  const table = dataset.alignments.find((a) => a.family === family.id)
  if (segment === undefined || table === undefined) return []
  return table.rows.filter((r) => r.cells[sourceDoc]?.segments.includes(segment.id) === true).map((r) => r.slot)
}

function probeText(article: Article, sentences: readonly PudSentence[], block: number): string {
  const text = sentences[article.blocks[block]!.sentences[0]!]!.text[sourceLanguage]!
  return text.slice(0, Math.min(24, text.length - 1))
}

function found(report: DriftReport | undefined, dataset: Dataset, doc: GeneratedDocument, slots: readonly string[]): boolean {
  if (report === undefined || doc.fault === 'faithful') return false
  const codes = EXPECTED_CODES[doc.fault]
  if (doc.fault === 'extra') {
    const parsed = dataset.documents.find((d) => d.id === doc.file)
    const segment = parsed?.segments.find((s) => doc.foreign !== undefined && s.text.includes(doc.foreign.slice(0, 24)))
    const extra = report.slots.flatMap((s) => s.reasons).concat(report.reasons).filter((r) => r.code === 'extra' && r.score >= 0.5)
    return extra.some((r) => (segment !== undefined && r.segment === segment.id) || (r.slot !== undefined && slots.includes(r.slot)))
  }
  return report.slots.some((s) => slots.includes(s.slot) && s.reasons.some((r) => codes.includes(r.code) && r.score >= 0.5))
}

/** A draw's folder aligned as a user would: the dataset, the documents by dataset id, the run's seconds. */
async function runFolder(docs: readonly GeneratedDocument[], name: string): Promise<{ dataset: Dataset; byFile: Map<string, GeneratedDocument>; idOf: Map<string, string>; seconds: number }> {
  const dir = values.keep !== undefined ? resolve(values.keep, name) : mkdtempSync(join(tmpdir(), 'paracorpus-drift-'))
  mkdirSync(dir, { recursive: true })
  for (const doc of docs) writeFileSync(join(dir, doc.file), doc.text)
  if (values.keep !== undefined) writeFileSync(`${dir}.truth.json`, JSON.stringify(Object.fromEntries(docs.map((d) => [d.file, { article: d.article, language: d.language, fault: d.fault, targets: d.targets }])), null, 1))
  const started = performance.now()
  const dataset = await alignCorpus([dir], { level: 'turn', ...(values.source ? { source: sourceLanguage } : {}) })
  const seconds = (performance.now() - started) / 1000
  if (values.keep === undefined) rmSync(dir, { recursive: true, force: true })
  const idOf = new Map(dataset.documents.map((d) => [d.path?.split('/').pop() ?? d.id, d.id] as const))
  const byFile = new Map(docs.map((d) => [idOf.get(d.file) ?? d.file, { ...d, file: idOf.get(d.file) ?? d.file }] as const))
  return { dataset, byFile, idOf, seconds }
}

async function evaluate(docs: readonly GeneratedDocument[], articles: readonly Article[], sentences: readonly PudSentence[], label: string, name: string): Promise<Record<string, unknown>> {
  const { dataset, byFile, seconds } = await runFolder(docs, name)
  const gold = new Map([...byFile.values()].map((d) => [d.file, d.article] as const))
  const predicted = new Map(dataset.families.flatMap((f) => f.documents.map((d) => [d, f.id] as const)))
  const components = new Map(findFamilies([...gold.keys()], dataset.verdicts).flatMap((f) => f.documents.map((d) => [d, f.id] as const)))
  const families = pairPrecisionRecall(predicted, gold)
  if (process.env.DRIFT_FAMILIES !== undefined) for (const line of familyErrors(dataset, byFile)) console.error(line)
  const chained = pairPrecisionRecall(components, gold)
  const sourceOf = new Map([...byFile.values()].filter((d) => d.language === sourceLanguage).map((d) => [d.article, d] as const))
  const reports = new Map(dataset.drift.map((r) => [r.document, r] as const))
  const translations = [...byFile.values()].filter((d) => d.language !== sourceLanguage)
  const auc = rocAuc(translations.map((d) => ({ score: reports.get(d.file)?.score ?? 1, positive: d.fault !== 'faithful' })))
  const baselineAuc = rocAuc(translations.map((d) => ({ score: lengthBaseline(sourceOf.get(d.article)!.text, d.text), positive: d.fault !== 'faithful' })))
  const perFault: Record<string, { hit: number; total: number }> = {}
  for (const doc of translations) {
    if (doc.fault === 'faithful') continue
    const article = articles.find((a) => a.id === doc.article)!
    const source = sourceOf.get(doc.article)!.file
    const slots = doc.targets.flatMap((b) => slotsOfBlock(dataset, doc, source, probeText(article, sentences, b)))
    const entry = (perFault[doc.fault] ??= { hit: 0, total: 0 })
    entry.total++
    const hit = found(reports.get(doc.file), dataset, doc, slots)
    if (hit) entry.hit++
    if (process.env.DRIFT_DEBUG !== undefined && !hit && (process.env.DRIFT_DEBUG === '' || process.env.DRIFT_DEBUG === 'all' || process.env.DRIFT_DEBUG === doc.fault)) {
      const report = reports.get(doc.file)
      const family = dataset.families.find((f) => f.documents.includes(doc.file))
      console.error(`MISS ${doc.fault} ${doc.language} ${doc.file} slots=${slots.join(',')} hub=${dataset.pivots.find((p) => p.id === family?.id)?.document === doc.file ? 'self' : 'other'} family=${family?.documents.length}`)
      for (const r of (report?.slots ?? []).flatMap((x) => x.reasons).concat(report?.reasons.filter((x) => x.slot === undefined) ?? []).filter((x) => x.score >= 0.2)) console.error(`   ${r.code} ${r.score} ${r.message}`)
      if (process.env.DRIFT_TRACE !== undefined) for (const line of traceDocument(dataset, doc, source, slots, byFile, report)) console.error(line)
    }
  }
  const faithful = translations.filter((d) => d.fault === 'faithful')
  const alarms: Record<string, number> = {}
  for (const doc of faithful) {
    const report = reports.get(doc.file)
    const codes = new Set((report?.slots ?? []).flatMap((s) => s.reasons).concat(report?.reasons ?? []).filter((r) => r.score >= 0.5).map((r) => r.code))
    for (const c of codes) alarms[c] = (alarms[c] ?? 0) + 1
    if (process.env.DRIFT_DEBUG === 'faithful' || process.env.DRIFT_DEBUG === 'all') for (const r of (report?.slots ?? []).flatMap((x) => x.reasons).filter((x) => x.score >= 0.5)) console.error(`FA ${doc.language} ${doc.file} ${r.code} ${r.score} ${r.message}`)
  }
  return { label, documents: docs.length, seconds, families, chained, familiesFound: dataset.families.length, auc, baselineAuc, perFault, alarms, faithful: faithful.length, sources: [...sourceOf.values()].map((d) => reports.get(d.file)?.score ?? 1) }
}

/** Family measures of a draw with its revision cases put in (see `drift/revisions.ts`). */
interface RevisionResult {
  label: string
  documents: number
  families: ReturnType<typeof pairPrecisionRecall>
  revisions: RevisionCounts['byKind']
}

async function evaluateRevisions(revised: RevisedDraw, label: string, name: string): Promise<RevisionResult> {
  const { dataset, byFile, idOf } = await runFolder(revised.docs, name)
  const gold = new Map([...byFile.values()].map((d) => [d.file, d.article] as const))
  const predicted = new Map(dataset.families.flatMap((f) => f.documents.map((d) => [d, f.id] as const)))
  const cases = revised.cases.map((c) => ({ ...c, files: c.files.map((f) => idOf.get(f) ?? f) as [string, string] }))
  const counts = countRevisions(dataset, cases)
  if (process.env.DRIFT_FAMILIES !== undefined) for (const line of [...familyErrors(dataset, byFile), ...counts.misses]) console.error(line)
  return { label, documents: revised.docs.length, families: pairPrecisionRecall(predicted, gold), revisions: counts.byKind }
}

/** One result of several draws' revision runs: pairs pooled, cases summed. */
function mergeRevisionRuns(runs: readonly RevisionResult[]): RevisionResult {
  const predictedPairs = runs.reduce((a, r) => a + r.families.predictedPairs, 0)
  const goldPairs = runs.reduce((a, r) => a + r.families.goldPairs, 0)
  const tp = runs.reduce((a, r) => a + r.families.precision * r.families.predictedPairs, 0)
  const revisions: RevisionCounts['byKind'] = { revision: { total: 0, together: 0, named: 0 }, alone: { total: 0, together: 0, named: 0 } }
  for (const r of runs) {
    for (const kind of ['revision', 'alone'] as const) {
      for (const key of ['total', 'together', 'named'] as const) revisions[kind][key] += r.revisions[kind][key]
    }
  }
  return {
    label: runs[0]!.label,
    documents: runs.reduce((a, r) => a + r.documents, 0),
    families: { precision: predictedPairs === 0 ? 1 : tp / predictedPairs, recall: goldPairs === 0 ? 1 : tp / goldPairs, predictedPairs, goldPairs },
    revisions,
  }
}

function printRevisions(r: RevisionResult): void {
  console.log(`\n### ${r.label}, with revision cases: ${r.documents} documents\n`)
  console.log('| measure | paracorpus |')
  console.log('|---|---|')
  console.log(`| family pair precision | ${r.families.precision.toFixed(3)} |`)
  console.log(`| family pair recall | ${r.families.recall.toFixed(3)} |`)
  const row = (kind: 'revision' | 'alone', what: string): void => {
    const e = r.revisions[kind]
    console.log(`| ${what}: in one family / named same-language | ${pct(e.together, e.total)} / ${pct(e.named, e.total)} |`)
  }
  row('revision', 'a second version of one translation, beside the other languages')
  row('alone', 'two versions of one document, no other language present')
}

function print(result: Record<string, unknown>): void {
  const r = result as {
    label: string; documents: number; seconds: number; familiesFound: number; auc: number; baselineAuc: number; faithful: number; sources: number[]
    families: ReturnType<typeof pairPrecisionRecall>; chained: ReturnType<typeof pairPrecisionRecall>
    perFault: Record<string, { hit: number; total: number }>; alarms: Record<string, number>
  }
  const meanSource = r.sources.reduce((a, b) => a + b, 0) / Math.max(1, r.sources.length)
  console.log(`\n### ${r.label}: ${r.documents} documents, ${r.familiesFound} families found, ${r.seconds.toFixed(1)} s\n`)
  console.log('| measure | paracorpus | baseline |')
  console.log('|---|---|---|')
  console.log(`| family pair precision | ${r.families.precision.toFixed(3)} | ${r.chained.precision.toFixed(3)} (connected components of the verdicts) |`)
  console.log(`| family pair recall | ${r.families.recall.toFixed(3)} | ${r.chained.recall.toFixed(3)} |`)
  console.log(`| document ROC AUC (faulty vs faithful translations) | ${r.auc.toFixed(3)} | ${r.baselineAuc.toFixed(3)} (paragraph count + length ratio, true source given) |`)
  console.log(`| mean drift of the sources | ${meanSource.toFixed(3)} | |`)
  console.log('\n| fault | found on its slot (code ≥ 0.5) | codes that count |')
  console.log('|---|---|---|')
  for (const kind of FAULT_KINDS) {
    const e = r.perFault[kind]
    console.log(`| ${kind} | ${e === undefined ? '–' : pct(e.hit, e.total)} | ${EXPECTED_CODES[kind].join(', ')} |`)
  }
  console.log(`\n| code | false alarms on ${r.faithful} faithful translations (score ≥ 0.5) |`)
  console.log('|---|---|')
  for (const code of ['missing', 'extra', 'split', 'merged', 'length', 'partial', 'replaced', 'anchor-lost', 'anchor-changed', 'role', 'order']) console.log(`| ${code} | ${pct(r.alarms[code] ?? 0, r.faithful)} |`)
}

/** The fault draws to run (`--seeds`): each draws its own faults over the same articles, in its own folder. */
const draws = values.seeds.split(',').map((d) => {
  const n = Number(d)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--seeds takes non-negative integers, got ${d}`)
  return n
})

/** One result of several draws: counts summed, pair precision/recall pooled over pairs, AUC averaged. */
function mergeRuns(runs: ReadonlyArray<Record<string, unknown>>): Record<string, unknown> {
  if (runs.length === 1) return runs[0]!
  type Pairs = ReturnType<typeof pairPrecisionRecall>
  const pooled = (key: string): Pairs => {
    const all = runs.map((r) => r[key] as Pairs)
    const predictedPairs = all.reduce((a, p) => a + p.predictedPairs, 0)
    const goldPairs = all.reduce((a, p) => a + p.goldPairs, 0)
    const tp = all.reduce((a, p) => a + p.precision * p.predictedPairs, 0)
    return { precision: predictedPairs === 0 ? 1 : tp / predictedPairs, recall: goldPairs === 0 ? 1 : tp / goldPairs, predictedPairs, goldPairs }
  }
  const sum = (key: string): number => runs.reduce((a, r) => a + (r[key] as number), 0)
  const mean = (key: string): number => sum(key) / runs.length
  const counts = (key: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const r of runs) {
      for (const [k, v] of Object.entries(r[key] as Record<string, unknown>)) {
        if (typeof v === 'number') out[k] = ((out[k] as number | undefined) ?? 0) + v
        else {
          const e = v as { hit: number; total: number }
          const o = ((out[k] as { hit: number; total: number } | undefined) ??= { hit: 0, total: 0 })
          o.hit += e.hit
          o.total += e.total
          out[k] = o
        }
      }
    }
    return out
  }
  return {
    label: runs[0]!.label, documents: sum('documents'), seconds: sum('seconds'), families: pooled('families'), chained: pooled('chained'),
    familiesFound: sum('familiesFound'), auc: mean('auc'), baselineAuc: mean('baselineAuc'), perFault: counts('perFault'), alarms: counts('alarms'),
    faithful: sum('faithful'), sources: runs.flatMap((r) => r.sources as number[]),
  }
}

const ticoDir = resolve(import.meta.dirname, '../data/tico19')
/** The languages of the TICO-19 subset (English first, the source); `--languages` picks among them. */
const TICO_LANGUAGES = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
const origins = values.origin === 'all' ? (['news', 'wiki', 'tico'] as const) : ([values.origin] as Origin[])
const limit = values.articles === undefined ? Infinity : Number(values.articles)
const results: Array<Record<string, unknown>> = []
const pudSentences = origins.some((o) => o !== 'tico') ? loadPud(pudDir, languages) : []
const pud = buildArticles(pudSentences)
for (const origin of origins) {
  const tico = origin === 'tico'
  const rowLanguages = !tico ? languages : values.languages === undefined ? TICO_LANGUAGES : languages.filter((l) => TICO_LANGUAGES.includes(l))
  if (rowLanguages[0] !== sourceLanguage || rowLanguages.length < 2) throw new Error(`--origin tico needs the source and another of ${TICO_LANGUAGES.join(',')} in --languages`)
  const sentences = tico ? loadPud(ticoDir, rowLanguages, 'tico') : pudSentences
  const articles = (tico ? buildArticles(sentences) : pud).filter((a) => a.origin === origin).slice(0, limit)
  const role = origin === 'wiki' ? 'held out' : origin === 'news' ? 'dev: looked at while choosing rules' : 'second dev source (data/tico19): looked at while choosing anchor rules'
  const drawn = draws.length === 1 && draws[0] === 0 ? '' : `, fault draws ${draws.join(',')}`
  const label = `${origin} (${role}), ${articles.length} articles × ${rowLanguages.length} languages${drawn}`
  const runs: Array<Record<string, unknown>> = []
  const revisionRuns: RevisionResult[] = []
  for (const draw of draws) {
    const docs = generate(articles, sentences, rowLanguages, draw)
    runs.push(await evaluate(docs, articles, sentences, label, draw === 0 ? origin : `${origin}-${draw}`))
    if (values['no-revisions']) continue
    const revised = addRevisions(docs, articles, sentences, rowLanguages, foreignPool(articles, sentences), draw)
    revisionRuns.push(await evaluateRevisions(revised, label, `${draw === 0 ? origin : `${origin}-${draw}`}-revisions`))
  }
  const result = mergeRuns(runs)
  const revisions = revisionRuns.length === 0 ? undefined : mergeRevisionRuns(revisionRuns)
  results.push(revisions === undefined ? result : { ...result, withRevisions: revisions })
  if (!values.json) print(result)
  if (!values.json && revisions !== undefined) printRevisions(revisions)
}
if (values.json) console.log(JSON.stringify(results, null, 2))
export type { FaultKind }
