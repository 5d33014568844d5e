import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset, DriftReason } from '../../src/types.js'
import { loadDocSets } from '../../scripts/drift/docSets.js'
import { scratchDir } from '../bad-input/helpers.js'

// Real translated docs as they are (tests/fixtures/real, data/docs-dev): structure reasons the translations do not
// earn, each from a general cause of the slot alignment or of the reasons read from it.
const REAL = resolve(import.meta.dirname, '../fixtures/real')
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('real-structure')
afterAll(() => scratch.remove())

/** A folder holding the given files (paths under `root`), each under its path. */
function folder(name: string, root: string, paths: readonly string[], changed: Record<string, string> = {}): string {
  const dir = join(scratch.dir, name)
  for (const path of paths) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    copyFileSync(join(root, path), join(dir, path))
  }
  for (const [path, text] of Object.entries(changed)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

/** The strong reasons (score ≥ 0.5) of the document whose path ends with `suffix`. */
function strong(dataset: Dataset, suffix: string): DriftReason[] {
  const report = dataset.drift.find((r) => r.document.endsWith(suffix))
  expect(report).toBeDefined()
  return [...report!.slots.flatMap((s) => s.reasons), ...report!.reasons.filter((r) => r.slot === undefined)].filter((r) => r.score >= 0.5)
}

const messages = (reasons: readonly DriftReason[], code: string): string[] => reasons.filter((r) => r.code === code).map((r) => r.message)

describe('structure reasons on real translations as they are', () => {
  it('an answer whose paragraphs are segments of their own is not split when it has the paragraphs the others have', async () => {
    // The Japanese Starship FAQ writes some questions without a question mark: they are read as headings, so the
    // paragraphs of their answers are segments of their own, not continuations of one answer. The slot holds as
    // many paragraphs as the other translations write there: the same text segmented otherwise, not a split.
    const files = ['en', 'ja-JP', 'ko-KR', 'ru-RU', 'zh-CN'].map((l) => `starship-faq/docs/${l === 'en' ? '' : `${l}/`}faq/README.md`)
    const dataset = await alignCorpus([folder('starship-faq', DEV, files)], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    for (const path of files) expect(messages(strong(dataset, path), 'split')).toEqual([])
  })

  it('a question and the answer after it are not merged, nor a link line with the paragraph before it, nor a slid run of turns left slid', async () => {
    // KernelSU's English FAQ answers "Do I need to unlock the bootloader?" with two sentences where every translation
    // writes one word: the aligner grouped the short answer slot with its question. RustDesk's Russian README writes
    // a line more ("How does RustDesk work?") before the FAQ link line: the aligner grouped the FAQ slot with the
    // paragraph before. A gap is filled in place only on content evidence (the FAQ link's URL; the answer right after
    // the question that fills the slot's question), and a run slid by one segment is aligned again by kinds.
    const kernelsu = ['', 'ja_JP/', 'ru_RU/', 'vi_VN/', 'zh_CN/'].map((l) => `kernelsu-faq/website/docs/${l}guide/faq.md`)
    const rustdesk = ['README.md', 'docs/README-AR.md', 'docs/README-JP.md', 'docs/README-RU.md', 'docs/README-ZH.md'].map((p) => `rustdesk-readme/${p}`)
    const dataset = await alignCorpus([folder('kernelsu', REAL, kernelsu), folder('rustdesk', REAL, rustdesk)], { level: 'turn', workers: 1 })
    const english = strong(dataset, 'kernelsu-faq/website/docs/guide/faq.md')
    expect(messages(english, 'merged')).toEqual([])
    expect(messages(english, 'missing')).toEqual([])
    // The Chinese KernelSU FAQ answers "Can KernelSU support old kernel?" in one line where the others write three
    // sentences: the aligner slid by one segment (the next question in that answer's slot, an answer in the next
    // question's, a question and its answer in one). Aligned again by kinds, lengths and anchors, each turn is in its
    // slots; what is left is the first answer's, which the Chinese translation really writes in two paragraphs of an
    // older text where the others write four (each paragraph its own answer segment: the two on GKI it lacks are
    // missing, not merged into the two it has).
    const chinese = strong(dataset, 'zh_CN/guide/faq.md')
    expect(chinese.filter((r) => r.code === 'missing').map((r) => r.slot)).toEqual(['a-1', 'a-1-2'])
    expect(messages(chinese, 'split')).toEqual([])
    expect(messages(chinese, 'merged')).toEqual([])
    const russian = strong(dataset, 'README-RU.md')
    expect(messages(russian, 'merged')).toEqual([])
    expect(messages(russian, 'missing')).toEqual([])
  })

  it('on the whole dev set: no added paragraph where the cell has the slot\'s paragraphs, no merge of paragraphs grouped otherwise, no repeated row dropped, no slid run', async () => {
    // Every dev document in one corpus, as `eval:drift-docs -- --set dev` runs them: the word links are the whole
    // corpus's, so a short paragraph of a language pair with a thin lexicon finds few links.
    const sets = loadDocSets([REAL, DEV])
    const dir = join(scratch.dir, 'dev')
    for (const d of sets.flatMap((s) => [s.source, ...s.translations])) {
      mkdirSync(dirname(join(dir, d.path)), { recursive: true })
      writeFileSync(join(dir, d.path), d.text)
    }
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(sets.length)
    // Starship's FAQ: the Russian and Chinese answers hold as many paragraphs as the others write in the slot (five in
    // the cross-shell answer, four in the debugging one): a short paragraph whose words are not linked ("Here's a
    // small example…", "Finally if you find a bug…") is not an added one when the cell has no paragraph more.
    for (const language of ['ru-RU', 'zh-CN']) expect(messages(strong(dataset, `starship-faq/docs/${language}/faq/README.md`), 'extra')).toEqual([])
    // APatch's Chinese FAQ asks "APatch与Magisk、KernelSU的区别？" where the others write the heading "APatch vs Magisk,
    // KernelSU": its two list items are read as the answer's two paragraphs, one segment over the items' two slots.
    // The segment keeps both paragraphs: the same text grouped otherwise, not two paragraphs made one.
    expect(messages(strong(dataset, 'apatch-faq/docs/cn/faq_cn.md'), 'merged')).toEqual([])
    // Starship's README: the Windows table repeats the macOS table's conda-forge row and the Linux table the BSD
    // table's crates.io row: a repeated row the parser dropped left a gap (English, Japanese) where the translations
    // that word it otherwise have it, or an extra row in those (Korean, Chinese), and with those gaps the Japanese and
    // Chinese tagline and feature lines were aligned one slot off (two lines in one slot, a gap three slots on).
    // The Arabic one slid there too (two lines in one slot, two gaps further on, the tagline extra): a run with a gap
    // and a slot of two segments is aligned again by structure (kinds, length shares, anchors).
    for (const language of ['ar-SA', 'ja-JP', 'zh-CN']) {
      const reasons = strong(dataset, `starship-readme/docs/${language}/guide/README.md`)
      expect(messages(reasons, 'split')).toEqual([])
      expect(messages(reasons, 'extra')).toEqual([])
      expect(messages(reasons, 'missing').filter((m) => /Минималистичный|Универсальный|Легкий|conda-forge/u.test(m))).toEqual([])
    }
    for (const path of ['starship-readme/README.md', 'starship-readme/docs/ko-KR/guide/README.md']) {
      const reasons = strong(dataset, path)
      expect(messages(reasons, 'missing')).toEqual([])
      expect(messages(reasons, 'extra')).toEqual([])
    }
  }, 300_000)

  it('a section a stale translation lacks is missing, not merged into the sections before it', async () => {
    // Day.js's Korean README lacks the "Contributors" section (a heading, two lines, a heading) the others write
    // before "License". The aligner left two of its slots empty and grouped the rest with the License paragraph; a
    // run aligned again by structure alone spread the four lost slots over the headings and paragraph before them as
    // merges (two slots in one segment cost less than a slot left empty): "I18n" with "Plugin", "Plugin list" with
    // "Contributors". A run aligned again regroups no more slots than the aligner did.
    const files = ['README.md', ...['es-es', 'fr', 'he', 'ja', 'ko', 'si'].map((l) => `docs/${l}/README-${l}.md`)].map((p) => `dayjs-readme/${p}`)
    const dataset = await alignCorpus([folder('dayjs-readme', DEV, files)], { level: 'turn', workers: 1 })
    const korean = strong(dataset, 'docs/ko/README-ko.md')
    expect(messages(korean, 'merged')).toEqual([])
    // The lost section's slots are gaps (their labels are in the hub's language, whichever member that is).
    expect(messages(korean, 'missing').length).toBeGreaterThanOrEqual(3)
    // Its "## License" heading, which the aligner put on the "Contributors" heading's slot (the License sentence after
    // it spread over the slots up to its own, holding their licence link and none of the lost section's), opens the
    // License section: the lost section's heading is the gap, not License's (slots are labelled in the source's words).
    const missingSlots = korean.filter((r) => r.code === 'missing').map((r) => r.slot!)
    const pivot = dataset.pivots.find((p) => p.slots.some((x) => missingSlots.includes(x.id)))!
    const labels = pivot.slots.filter((x) => missingSlots.includes(x.id)).map((x) => x.label ?? '')
    expect(labels.some((l) => /Contributors/u.test(l))).toBe(true)
    expect(labels.some((l) => /^License$/u.test(l))).toBe(false)
  })

  it('two headings of the pivot in one heading of a translation are a heading missing, not a merge', async () => {
    // RustDesk's Arabic README is older than the English: where the English writes the link lines "FAQ" and "BINARY
    // DOWNLOAD" (each a heading of its own), it writes "How does RustDesk work?" and "BINARY DOWNLOAD". The aligner
    // grouped the first two heading slots on the first line. A heading holds one heading: one of the two has no
    // counterpart, and the slot whose anchors the line holds keeps it.
    const rustdesk = ['README.md', 'docs/README-AR.md', 'docs/README-JP.md', 'docs/README-RU.md', 'docs/README-ZH.md'].map((p) => `rustdesk-readme/${p}`)
    const dataset = await alignCorpus([folder('rustdesk-headings', REAL, rustdesk)], { level: 'turn', workers: 1 })
    const arabic = strong(dataset, 'README-AR.md')
    expect(messages(arabic, 'merged')).toEqual([])
    expect(messages(arabic, 'missing').some((m) => /FAQ|BINARY/u.test(m))).toBe(true)
  })

  it('a section of a heading and one paragraph moved past its neighbour is a move, with one anchor to tell it', async () => {
    // Starship's README, the Russian translation with "Sponsors" (a heading and a paragraph with one link) put before
    // "Inspired by" (a heading, a line and three list items). The block's two items keep their kinds in the slots'
    // order and the link's URL is found: one move, `order` on both sections, not missing + extra.
    const files = ['README.md', ...['ar-SA', 'ja-JP', 'ko-KR', 'ru-RU', 'zh-CN'].map((l) => `docs/${l}/guide/README.md`)].map((p) => `starship-readme/${p}`)
    const russian = readFileSync(join(DEV, files[4]!), 'utf8')
    const [inspired, sponsors, signing] = ['## 💭', '## ❤️', '## 🔒'].map((h) => russian.indexOf(h))
    expect(inspired).toBeGreaterThan(0)
    expect(inspired).toBeLessThan(sponsors!)
    expect(sponsors).toBeLessThan(signing!)
    const swapped = russian.slice(0, inspired) + russian.slice(sponsors, signing) + russian.slice(inspired, sponsors) + russian.slice(signing)
    const dataset = await alignCorpus([folder('starship-readme', DEV, files.filter((f) => !f.includes('ru-RU')), { [files[4]!]: swapped })], { level: 'turn', source: 'en', workers: 1 })
    const reasons = strong(dataset, 'ru-RU/guide/README.md')
    const ordered = messages(reasons, 'order')
    expect(ordered.some((m) => /Sponsors/u.test(m))).toBe(true)
    expect(ordered.some((m) => /Inspired/u.test(m))).toBe(true)
    expect(messages(reasons, 'missing').filter((m) => /Sponsors|sponsor/u.test(m))).toEqual([])
  })
})
