import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { DriftReport } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { APATCH_FAQ, apatchFolderBesideRussian } from './apatchFolder.js'

// A real FAQ (tests/fixtures/real/apatch-faq: English source, Arabic, Chinese, Russian and Ukrainian translations)
// where the Russian answer to "What is APatch?" was replaced by a paragraph of the same translation, the one that
// says only KernelPatch can be installed (a paste in the wrong place). The parser keeps the first of the two equal
// paragraphs and drops the later one as a verbatim repeat, so the document seems to lack the later slot's text and
// to hold a whole answer of about the right length where the pasted one stands: without word links (a folder this
// small has none) nothing told that the answer says something else.
const FAQ = APATCH_FAQ
const scratch = scratchDir('repeated-text')
afterAll(() => scratch.remove())

// A slot left in English (`leftUntranslated`: Starship's translations keep some of its English sentences) is a
// `replaced` of another kind than a repeat: these tests are about repeats.
const strong = (report: DriftReport, code: string): string[] =>
  report.slots
    .flatMap((s) => s.reasons)
    .filter((r) => r.code === code && r.score >= 0.5 && !/ is left in /u.test(r.message))
    .map((r) => r.message)

describe('a translation that pasted one of its paragraphs in place of an answer', () => {
  const dir = join(scratch.dir, 'pasted')
  const russian = apatchFolderBesideRussian(dir)
  const lines = russian.split('\n')
  const answer = lines.slice(4, 6).join('\n')
  const pasted = lines.find((l) => l.startsWith('Вы можете установить только KernelPatch'))!
  const copy = russian.replace(answer, pasted)
  writeFileSync(join(dir, 'ru.md'), copy)

  it('reports the answer as replaced, naming the slot whose text it holds', async () => {
    expect(copy).not.toBe(russian)
    expect(copy.split(pasted)).toHaveLength(3)
    const dataset = await alignCorpus([dir], { level: 'turn', source: 'en', workers: 1 })
    const family = dataset.families.find((f) => !f.alone)!
    expect(family.documents).toHaveLength(5)
    const report = dataset.drift.find((r) => r.document.endsWith('ru.md'))!
    const replaced = strong(report, 'replaced')
    expect(replaced).toHaveLength(1)
    expect(replaced[0]).toMatch(/APatch is a root solution/u)
    expect(replaced[0]).toMatch(/has that paragraph twice/u)
    // The faithful translations, and the source, repeat nothing in place of a slot's own text.
    for (const r of dataset.drift.filter((d) => d !== report)) expect(strong(r, 'replaced')).toEqual([])
  })
})

describe('translations whose tables repeat a row, as their source does', () => {
  it('are not taken to hold a row in place of another', async () => {
    // The Starship README lists `cargo install starship` and other commands in more than one install table.
    const dataset = await alignCorpus([resolve(import.meta.dirname, '../../data/docs-dev/starship-readme')], { level: 'turn', source: 'en', workers: 1 })
    expect(dataset.documents.some((d) => d.diagnostics.some((x) => x.ruleId === 'duplicate-line'))).toBe(true)
    for (const r of dataset.drift) expect(strong(r, 'replaced')).toEqual([])
  })
})

describe('a paragraph pasted among the paragraphs of another answer', () => {
  // Real docs, each with a second version of one translation beside it (as the evaluation of real docs puts its faulty
  // copies) where one paragraph of a several-paragraph answer was replaced by a paragraph of another answer of the
  // same translation. The parser keeps the first copy and drops the later one; neither place is a whole cell, so
  // lengths cannot say which slot lost its text, and a folder this small has no word links. The paragraph's link or
  // code can: the slot that expects it is the one the text belongs to.
  const REAL = resolve(import.meta.dirname, '../fixtures/real')
  const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

  /** The project copied with a second version of `file` whose line starting with `target` is replaced by the line starting with `pasted`. */
  function withPaste(root: string, project: string, file: string, target: string, pasted: string): { dir: string; copy: string } {
    const lines = readFileSync(join(root, project, file), 'utf8').split('\n')
    const at = lines.findIndex((l) => l.startsWith(target))
    const dir = join(scratch.dir, `${project}-paste-${at}`)
    cpSync(join(root, project), join(dir, project), { recursive: true })
    const from = lines.find((l) => l.startsWith(pasted))!
    expect(at).toBeGreaterThanOrEqual(0)
    lines[at] = from
    writeFileSync(join(dir, 'copy.md'), lines.join('\n'))
    return { dir, copy: 'copy.md' }
  }

  const replacedIn = (dataset: Awaited<ReturnType<typeof alignCorpus>>, ending: string): string[] =>
    strong(dataset.drift.find((r) => (dataset.documents.find((d) => d.id === r.document)?.path ?? '').endsWith(ending))!, 'replaced')

  it('reports the paragraph that holds the pasted one, when the paragraph links where the other slot does', async () => {
    // The Vietnamese KernelSU FAQ: the first answer's `Not installed` paragraph replaced by the later answer's link
    // to the non-GKI guide (the later answer's own paragraph, dropped as the repeat, leaves its slot empty).
    const { dir, copy } = withPaste(REAL, 'kernelsu-faq', 'website/docs/vi_VN/guide/faq.md', 'Nếu ứng dụng hiển thị', 'Vui lòng kiểm tra hướng dẫn')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    // Each paragraph of the answer is a slot of its own: the one that lost its text holds the repeat.
    expect(replacedIn(dataset, copy)).toEqual([expect.stringMatching(/Not installed.* holds other text in place of its own: the translation has that paragraph twice/u)])
    expect(replacedIn(dataset, 'vi_VN/guide/faq.md')).toEqual([])
  })

  it('reports the paragraph of the answer that lost its text to the repeat dropped inside it', async () => {
    // The Russian Starship FAQ: a paragraph of the glyphs answer replaced by the slow-prompt answer's `timings` one,
    // which comes earlier: the repeat is dropped inside the glyphs answer's cell.
    const { dir, copy } = withPaste(DEV, 'starship-faq', 'docs/ru-RU/faq/README.md', 'Первая строка должна', 'Если starship работает медленно')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    // Each paragraph of the answer is a slot of its own: the paragraph replaced is the one without a counterpart.
    const missingIn = (ending: string): string[] =>
      strong(dataset.drift.find((r) => (dataset.documents.find((d) => d.id === r.document)?.path ?? '').endsWith(ending))!, 'missing')
    expect(missingIn(copy)).toEqual([expect.stringMatching(/“The first line should produce a snake emoji/u)])
    expect(missingIn('ru-RU/faq/README.md')).toEqual([])
  })

  it('reports the slot that lost its text to a repeat dropped before a neighbour\'s segment the aligner moved in', async () => {
    // The Arabic Starship README: the Zsh line (`~/.zshrc`) replaced by the Bash one (`~/.bashrc`), which comes
    // earlier; the repeat, dropped where the Zsh line stood, leaves no slot empty: the next heading fills it.
    const { dir, copy } = withPaste(DEV, 'starship-readme', 'docs/ar-SA/guide/README.md', 'أضف ما يلي إلى نهاية `~/.zshrc`', 'أضف ما يلي إلى نهاية `~/.bashrc`')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(replacedIn(dataset, copy)).toEqual([expect.stringMatching(/lost a paragraph to a repeat of slot .* beside this slot, and this slot lacks 100%/u)])
  })

  it('reports a paragraph that holds another\'s text and lacks the link its slot expects', async () => {
    // The Spanish Day.js README: the paragraph linking day.js.org replaced by the later one on locales.
    const { dir, copy } = withPaste(DEV, 'dayjs-readme', 'docs/es-es/README-es-es.md', 'Puedes encontrar más detalles', 'Pero no se incluirá')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(replacedIn(dataset, copy)).toEqual([expect.stringMatching(/lacks 100% of the links, code and numbers this slot expects/u)])
    expect(replacedIn(dataset, 'es-es/README-es-es.md')).toEqual([])
  })

  it('reports a whole paragraph that fits the empty slot of its repeat as well as its own, at 0.5', async () => {
    // The Japanese Day.js README: "Day.js supports i18n" replaced by the next paragraph (locales are not built in),
    // which has no link, code or number and about the same length: one of the two slots holds the other's text.
    const { dir, copy } = withPaste(DEV, 'dayjs-readme', 'docs/ja/README-ja.md', 'Day.js は国際化を手厚く', 'また、使用しないロケール')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(replacedIn(dataset, copy)).toEqual([expect.stringMatching(/may hold another slot's text/u)])
    expect(replacedIn(dataset, 'ja/README-ja.md')).toEqual([])
  })
})

describe('a pasted paragraph whose slot the aligner filled with a neighbour', () => {
  // Real docs, each with a second version of one translation beside it where one paragraph was replaced by another
  // paragraph of the same translation (the evaluation's `replaced` fault). The parser drops the later of the two
  // equal paragraphs; the aligner, one paragraph short or holding one it cannot place, then moves the paragraph next
  // to the paste into the paste's slot (or crosses the two cells), so the slot left empty, or the cell holding the
  // paste, is a neighbour of the slot that lost its text. The neighbour's links, code and names tell it apart.
  const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

  /** The paragraph (lines up to a blank one) starting at line `at`. */
  function paragraphAt(lines: readonly string[], at: number): { start: number; end: number } {
    let end = at
    while (end < lines.length && lines[end]!.trim() !== '') end++
    return { start: at, end }
  }

  /**
   * The project with a second version of `file` whose paragraph starting with `target` is replaced by the one starting
   * with `pasted`, under `copies/` as the evaluation writes it.
   */
  function withParagraphPaste(root: string, project: string, file: string, target: string, pasted: string): { dir: string; copy: string; original: string } {
    const lines = readFileSync(join(root, project, file), 'utf8').split('\n')
    const to = paragraphAt(lines, lines.findIndex((l) => l.startsWith(target)))
    const from = paragraphAt(lines, lines.findIndex((l) => l.startsWith(pasted)))
    expect(to.end).toBeGreaterThan(to.start)
    expect(from.end).toBeGreaterThan(from.start)
    const dir = join(scratch.dir, `${project}-paragraph-${to.start}`)
    cpSync(join(root, project), join(dir, project), { recursive: true })
    const copy = [...lines.slice(0, to.start), ...lines.slice(from.start, from.end), ...lines.slice(to.end)]
    mkdirSync(dirname(join(dir, 'copies', project, file)), { recursive: true })
    writeFileSync(join(dir, 'copies', project, file), copy.join('\n'))
    return { dir, copy: `copies/${project}/${file}`, original: `${project}/${file}` }
  }

  type Dataset = Awaited<ReturnType<typeof alignCorpus>>
  /** The document at `path` inside `dir`. */
  const docAt = (dataset: Dataset, dir: string, path: string) => dataset.documents.find((d) => d.path === join(dir, path))!

  /** The slots of a document with a strong `replaced` reason. */
  const replacedSlots = (dataset: Dataset, dir: string, path: string): string[] => {
    const report = dataset.drift.find((r) => r.document === docAt(dataset, dir, path).id)!
    return report.slots.filter((s) => s.reasons.some((r) => r.code === 'replaced' && r.score >= 0.5)).map((s) => s.slot)
  }

  /** The slot whose cell holds the paragraph starting with `text` in the document ending with `ending`. */
  const slotOf = (dataset: Dataset, dir: string, path: string, text: string): string | undefined => {
    const doc = docAt(dataset, dir, path)
    const segment = doc.segments.find((s) => s.text.startsWith(text))!
    return dataset.alignments.flatMap((a) => a.rows).find((row) => row.cells[doc.id]?.segments.includes(segment.id) === true)?.slot
  }

  it('names the slot whose place the paste took, when the aligner crossed the paste’s cell with its neighbour’s', async () => {
    // Biome's Spanish page: the first paragraph (the standalone CLI) replaced by the later one on Docker images; the
    // aligner gives the paste the second slot and the second paragraph the first.
    const { dir, copy, original } = withParagraphPaste(DEV, 'biome-manual-installation', 'src/content/docs/es/guides/manual-installation.mdx', 'Usar el binario CLI', 'Biome publica [imágenes Docker')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const slot = slotOf(dataset, dir, original, 'Usar el binario CLI')
    expect(slot).toBeDefined()
    expect(replacedSlots(dataset, dir, copy)).toEqual([slot])
    expect(replacedSlots(dataset, dir, original)).toEqual([])
  })

  it('names the slot beside the repeat that lost its text when the paste shares one of its links, code or numbers', async () => {
    // Wails' French development page: the paragraph that starts the page (`wails dev`, then a list) pasted in place
    // of the closing one (`wails dev` and a link to the CLI reference). The aligner reads the emptied slot into the
    // list's last item; the closing slot expects `wails dev` too, but the paste lacks its link and keeps all of the
    // first slot's: the closing slot is the one that lost its text.
    const { dir, copy, original } = withParagraphPaste(DEV, 'wails-getting-started', 'website/i18n/fr/docusaurus-plugin-content-docs/current/gettingstarted/development.mdx', 'Pour commencer', 'Vous pouvez exécuter')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const slot = slotOf(dataset, dir, original, 'Pour commencer')
    expect(slot).toBeDefined()
    expect(replacedSlots(dataset, dir, copy)).toEqual([slot])
    expect(replacedSlots(dataset, dir, original)).toEqual([])
  })

  it('names the holder when the paste writes a link only a slot beside the repeat expects, after its last letter', async () => {
    // Wails' German development page: the closing paragraph (`wails dev`, then `[hier](../reference/cli.mdx#dev)` as
    // its last words) pasted in place of the first. The first slot expects `wails dev` as well; the link, written
    // after the repeated line's last letter, is the closing slot's, so the paste is its text.
    const { dir, copy, original } = withParagraphPaste(DEV, 'wails-getting-started', 'website/i18n/de/docusaurus-plugin-content-docs/current/gettingstarted/development.mdx', 'Deine Anwendung kann', 'Um zu beginnen')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const slot = slotOf(dataset, dir, original, 'Deine Anwendung kann')
    expect(slot).toBeDefined()
    expect(replacedSlots(dataset, dir, copy)).toEqual([slot])
    expect(replacedSlots(dataset, dir, original)).toEqual([])
  })

  it('names the slot that lost its text when the paste stands right before its own place and fills both slots', async () => {
    // OpenTelemetry's Portuguese Go resources page: the paragraph on the `semconv` package (with its link to the
    // semantic conventions) replaced by the next one, on resource detectors. The parser drops the second of the two
    // equal paragraphs; the one left fills both slots, as if the translation had merged them.
    const { dir, copy, original } = withParagraphPaste(DEV, 'opentelemetry-docs', 'content/pt/docs/languages/go/resources.md', 'Observe o uso do pacote', 'Os recursos também podem')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const slot = slotOf(dataset, dir, original, 'Observe o uso do pacote')
    expect(slot).toBeDefined()
    expect(replacedSlots(dataset, dir, copy)).toEqual([slot])
    expect(replacedSlots(dataset, dir, original)).toEqual([])
  })

  it('names the slot that lost its text when the paste ends in a reference link', async () => {
    // OpenTelemetry's Spanish distributions page: the paragraph linking a guide to building a Collector distribution
    // replaced by the later one on the marketing guidelines, whose link is written by reference
    // (`[Pautas de Marketing…][guidelines]`). The parser drops the later of the two equal paragraphs; the label
    // `guidelines` is no text a reader reads, and the kept copy has none of it.
    const { dir, copy, original } = withParagraphPaste(DEV, 'opentelemetry-concepts', 'content/es/docs/concepts/distributions.md', 'Una guía sobre cómo', 'Al usar material del proyecto')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const slot = slotOf(dataset, dir, original, 'Una guía sobre cómo')
    expect(slot).toBeDefined()
    expect(replacedSlots(dataset, dir, copy)).toEqual([slot])
    expect(replacedSlots(dataset, dir, original)).toEqual([])
  }, 300_000)

  it('names the first paragraph when a later one pasted over it is read as the page title', async () => {
    // Rich's Hindi README: its first paragraph (Rich is a Python library for rich text in the terminal) replaced by the
    // later one on Jupyter notebooks. The parser takes a first line written again further down for the page's title,
    // and drops the later one as the title's repeat; the other members write that line as running text.
    const { dir, copy, original } = withParagraphPaste(DEV, 'rich-readme', 'README.hi.md', 'Rich टर्मिनल में', 'Rich बिना किसी अतिरिक्त')
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(docAt(dataset, dir, copy).diagnostics.some((d) => d.ruleId === 'duplicate-title')).toBe(true)
    const slot = slotOf(dataset, dir, original, 'Rich टर्मिनल में')
    expect(slot).toBeDefined()
    expect(replacedSlots(dataset, dir, copy)).toEqual([slot])
    expect(replacedSlots(dataset, dir, original)).toEqual([])
  }, 300_000)
})
