import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeCorpus } from '../../scripts/pipeline/corpus.js'
import { alignCorpus, familyLanguages, toHtml, toHtmlPages } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'
import { addTestFonts, axeViolations, launchBrowser, renderedFonts, tabStops, type TestBrowser } from './browser.js'
import { fixtureDataset } from './fixture.js'

const OUTPUT = resolve('tests/output')
const KK = 'corpus/interview.kk.txt'
const KM = 'corpus/interview.km.txt'
/** The bundled corpus (a Khmer interview and its Kazakh translation, a Malay article) and the bakery interview in English, Chinese and Arabic. */
const MIXED = ['corpus', 'tests/fixtures/pivot/bakery-en.md', 'tests/fixtures/pivot/bakery-zh.md', 'tests/fixtures/report/bakery-ar.md']

let launched: TestBrowser
let browser: Browser

beforeAll(async () => {
  launched = await launchBrowser()
  browser = launched.browser
  mkdirSync(OUTPUT, { recursive: true })
})

afterAll(async () => {
  await launched?.close()
})

/** Open an HTML file from a file:// URL (with an optional #fragment), recording every request. */
async function openFile(file: string, options: { width?: number; hash?: string } = {}): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } })
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(pathToFileURL(file).href + (options.hash === undefined ? '' : `#${options.hash}`))
  expect(errors).toEqual([])
  return { page, requests }
}

/** Write the one-page report of a dataset under tests/output and open it. */
async function open(dataset: Dataset, name: string, options: { width?: number; hash?: string } = {}): Promise<{ page: Page; requests: string[] }> {
  const file = join(OUTPUT, `${name}.html`)
  writeFileSync(file, toHtml(dataset))
  return openFile(file, options)
}

/** A computed style property of the element a locator points at (without the DOM lib in scope). */
function computed(locator: Locator, property: 'backgroundColor' | 'backgroundImage' | 'direction'): Promise<string> {
  return locator.evaluate((el, name) => String(el.ownerDocument.defaultView?.getComputedStyle(el)[name] ?? ''), property)
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/gu) ?? []).map(Number)
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

/** The slot group of a family's slot. */
function group(page: Page, family: string, slot: string): Locator {
  return page.locator(`tbody.slot[id="${family}/${slot}"]`)
}

describe('HTML report in headless Chromium: slots, drift and reasons', () => {
  it('shows a group per pivot slot and a column per document, shaded by drift, gaps hatched, reasons when the slot is opened', async () => {
    const dataset = fixtureDataset()
    const { page, requests } = await open(dataset, 'report-fixture')
    const alignment = dataset.alignments[0]!
    const table = page.locator(`table.alignment[data-family="family-1"]`)
    await expect(table.locator('tbody.slot').count()).resolves.toBe(alignment.rows.length)
    await expect(table.locator('thead th[data-document]').count()).resolves.toBe(alignment.documents.length)
    for (const row of await table.locator('tr.slot-row').all()) await expect(row.locator('td.cell').count()).resolves.toBe(alignment.documents.length)

    const cell = (slot: string, document: string) => group(page, 'family-1', slot).locator(`tr.slot-row td[data-document="${document}"]`)
    const high = await computed(cell('q-2', KK), 'backgroundColor')
    const low = await computed(cell('title', KK), 'backgroundColor')
    expect(luminance(high)).toBeLessThan(luminance(low) - 30)

    const gap = cell('a-2', KK)
    await expect(gap.getAttribute('class')).resolves.toContain('gap')
    await expect(gap.locator('.gap-label').isVisible()).resolves.toBe(true)
    await expect(computed(gap, 'backgroundImage')).resolves.toContain('repeating-linear-gradient')

    const reasons = cell('q-2', KK).locator('.reasons')
    await expect(reasons.isVisible()).resolves.toBe(false)
    await expect(cell('q-2', KK).getAttribute('title')).resolves.toContain('anchor-lost')
    const toggle = group(page, 'family-1', 'q-2').locator('button.toggle')
    await toggle.click()
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(reasons.isVisible()).resolves.toBe(true)
    await expect(reasons.innerText()).resolves.toContain('number 350 of the pivot is missing in q-2')
    // The reasons take their place in the row: the next slot starts below them, nothing is covered.
    const reasonsBox = await reasons.boundingBox()
    const nextBox = await group(page, 'family-1', 'a-2').boundingBox()
    expect(reasonsBox!.y + reasonsBox!.height).toBeLessThanOrEqual(nextBox!.y + 1)
    await page.screenshot({ path: join(OUTPUT, 'report-fixture.png'), fullPage: true })

    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(reasons.isVisible()).resolves.toBe(false)
    await page.keyboard.press('Tab')
    await expect(page.locator(':focus').getAttribute('href')).resolves.toBe('#family-1/a-2')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(cell('a-2', KK).locator('.reasons').isVisible()).resolves.toBe(true)

    const width = (document: string) => page.locator(`#family-1 .bars li[data-document="${document}"] .fill`).evaluate((el) => el.getBoundingClientRect().width)
    expect(await width(KK)).toBeGreaterThan(await width(KM))
    const alone = page.locator('section.alone li[data-document="corpus/news.ms.txt"]')
    await expect(alone.innerText()).resolves.toContain('structure differs: interview vs news item')
    await expect(page.locator('body').innerText()).resolves.toContain('& <ទីផ្សារ> "ឆ្នាំ"')
    await expect(axeViolations(page)).resolves.toEqual([])
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true)
    await page.close()
  })
})

describe('HTML report in headless Chromium: sentence pairs, filters, links, scripts', () => {
  let dataset: Dataset
  beforeAll(async () => {
    dataset = await alignCorpus(MIXED, { level: 'sentence' })
  })

  it('opens each slot to its sentence pairs side by side, with bead type, confidence and source lines', async () => {
    const { page } = await open(dataset, 'report-sentences')
    for (const alignment of dataset.alignments) {
      const columns = alignment.documents.length
      const units = dataset.units.filter((u) => u.family === alignment.family)
      await expect(page.locator(`table.alignment[data-family="${alignment.family}"] tr.pair`).count()).resolves.toBe(units.length)
      for (const unit of units.slice(0, 12)) {
        const row = page.locator(`tr.pair[id="${unit.id}"]`)
        await expect(row.locator('td').count()).resolves.toBe(columns)
        await expect(row.locator('th .confidence').innerText()).resolves.toBe(`confidence ${unit.confidence.toFixed(2)}`)
        const bead = /^(\d+(?:-\d+)+)( gap)?$/u.exec(await row.locator('th .bead').innerText())?.[1]
        expect(bead?.split('-').length).toBe(columns)
        for (const [k, document] of alignment.documents.entries()) {
          const sentences = await row.locator(`td[data-document="${document}"] p`).count()
          expect(sentences).toBe(Number(bead!.split('-')[k]))
          const text = unit.texts[document]
          if (text !== null && text !== undefined) {
            const shown = (await row.locator(`td[data-document="${document}"] p`).allInnerTexts()).map((t) => t.replace(/^L\d+\s*/u, '')).join(' ')
            expect(shown).toBe(text)
          }
        }
      }
    }
    const unit = dataset.units.find((u) => u.family === dataset.alignments[0]!.family && u.id.endsWith('/2'))!
    const row = page.locator(`tr.pair[id="${unit.id}"]`)
    await expect(row.isVisible()).resolves.toBe(false)
    await group(page, unit.family, unit.slot).locator('button.toggle').click()
    await expect(row.isVisible()).resolves.toBe(true)
    await expect(row.locator('.line').first().innerText()).resolves.toMatch(/^L\d+$/u)
    await expect(axeViolations(page)).resolves.toEqual([])
    await page.close()
  })

  it('follows a link to a sentence pair: the slot opens and the pair is in view', async () => {
    const unit = dataset.units.filter((u) => u.family === dataset.alignments[0]!.family).at(-2)!
    const { page } = await open(dataset, 'report-sentences', { hash: unit.id })
    const row = page.locator(`tr.pair[id="${unit.id}"]`)
    await expect(row.isVisible()).resolves.toBe(true)
    await expect(row.evaluate((el) => el.matches(':target'))).resolves.toBe(true)
    const box = await row.boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(-1)
    expect(box!.y).toBeLessThan(900)
    await page.close()
  })

  it('filters slots by drift code, by confidence below a threshold and by text, and sorts documents by drift', async () => {
    const { page } = await open(dataset, 'report-sentences')
    const visibleSlots = () => page.locator('tbody.slot:visible').evaluateAll((els) => els.map((el) => el.id))
    const slotsOf = (keep: (family: string, slot: string) => boolean) =>
      dataset.alignments.flatMap((a) => a.rows.filter((r) => keep(a.family, r.slot)).map((r) => `${a.family}/${r.slot}`))

    const codes = [...new Set(dataset.drift.flatMap((r) => r.slots.flatMap((s) => s.reasons.map((x) => x.code))))].sort()
    expect(codes.length).toBeGreaterThan(0)
    for (const code of codes) {
      await page.selectOption('select[name="code"]', code)
      const expected = slotsOf((family, slot) => dataset.drift.some((r) => r.family === family && r.slots.some((s) => s.slot === slot && s.reasons.some((x) => x.code === code))))
      await expect(visibleSlots()).resolves.toEqual(expected)
    }
    await page.selectOption('select[name="code"]', '')

    const confidences = dataset.units.map((u) => u.confidence).sort((a, b) => a - b)
    const threshold = confidences[Math.floor(confidences.length / 3)]! + 0.0001
    await page.fill('input[name="below"]', String(threshold))
    const low = slotsOf((family, slot) => dataset.units.some((u) => u.family === family && u.slot === slot && u.confidence < threshold))
    await expect(visibleSlots()).resolves.toEqual(low)
    await expect(page.locator('.filters .status').innerText()).resolves.toContain(`${low.length} of ${slotsOf(() => true).length} slots shown`)
    const lowPairs = dataset.units.filter((u) => u.confidence < threshold).map((u) => u.id)
    await expect(page.locator('tr.pair.low:visible').evaluateAll((els) => els.map((el) => el.id))).resolves.toEqual(lowPairs)
    await page.fill('input[name="below"]', '')

    const word = 'គ្រប់គ្រាន់'
    await page.fill('input[name="q"]', word)
    const withWord = slotsOf((family, slot) => dataset.units.some((u) => u.family === family && u.slot === slot && Object.values(u.texts).some((t) => t?.includes(word))))
    expect(withWord.length).toBeGreaterThan(0)
    await expect(visibleSlots()).resolves.toEqual(withWord)
    await page.fill('input[name="q"]', '')
    await expect(visibleSlots()).resolves.toEqual(slotsOf(() => true))

    const drifts = () => page.locator('table.contents tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-document')))
    const byDrift = dataset.drift.slice().sort((a, b) => a.score - b.score)
    await page.locator('table.contents th button', { hasText: 'Drift' }).click()
    const ascending = (await drifts()).filter((d) => byDrift.some((r) => r.document === d))
    expect(ascending.map((d) => byDrift.find((r) => r.document === d)!.score)).toEqual(byDrift.map((r) => r.score))
    await expect(page.locator('table.contents th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('ascending')
    await page.locator('table.contents th button', { hasText: 'Drift' }).click()
    const descending = (await drifts()).filter((d) => byDrift.some((r) => r.document === d))
    expect(descending.map((d) => byDrift.find((r) => r.document === d)!.score)).toEqual(byDrift.map((r) => r.score).reverse())
    await page.close()
  })

  it('runs right-to-left text right to left, draws Khmer, Arabic and Chinese with real fonts, and fits a 400 px phone', async () => {
    const { page, requests } = await open(dataset, 'report-sentences')
    await addTestFonts(page)
    const tags = new Map(dataset.alignments.flatMap((a) => familyLanguages(dataset, a.documents).map((l) => [l.document, l.tag] as const)))
    const arabic = [...tags].filter(([, tag]) => tag === 'ar').map(([d]) => d)
    expect(arabic.length).toBe(1)
    const arabicTexts = await page.locator(`td[data-document="${arabic[0]}"] [lang="ar"]`).all()
    expect(arabicTexts.length).toBeGreaterThan(10)
    for (const text of arabicTexts) await expect(computed(text, 'direction')).resolves.toBe('rtl')
    for (const [document, tag] of tags) {
      if (tag === 'ar') continue
      await expect(computed(page.locator(`tr.slot-row td[data-document="${document}"] .text`).first(), 'direction')).resolves.toBe('ltr')
    }
    const expected: Array<[string, RegExp]> = [
      ['km', /Khmer/u],
      ['ar', /Arabic/u],
      ['zh', /SC|CJK|Chinese/u],
    ]
    for (const [tag, font] of expected) {
      const document = [...tags].find(([, t]) => t === tag)![0]
      const fonts = await renderedFonts(page, `tr.slot-row td[data-document="${document}"] .text[lang="${tag}"]`)
      expect(fonts.some((f) => font.test(f.familyName) && f.glyphCount > 0), `${tag}: ${JSON.stringify(fonts)}`).toBe(true)
    }
    await page.locator('button[data-expand="open"]').click()
    for (const tag of ['km', 'ar']) {
      const document = [...tags].find(([, t]) => t === tag)![0]
      const family = dataset.families.find((f) => f.documents.includes(document))!.id
      await page.locator(`table.alignment[data-family="${family}"] tbody.slot`).nth(1).screenshot({ path: join(OUTPUT, `report-${tag}.png`) })
    }
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true)
    await page.close()

    const phone = (await open(dataset, 'report-sentences', { width: 400 })).page
    await phone.locator('button[data-expand="open"]').click()
    await expect(phone.evaluate('document.scrollingElement.scrollWidth')).resolves.toBeLessThanOrEqual(400)
    await phone.screenshot({ path: join(OUTPUT, 'report-phone.png') })
    await expect(axeViolations(phone)).resolves.toEqual([])
    await phone.close()
  })

  it('without script shows every sentence pair and reason, and hides the filters that would not work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    writeFileSync(join(OUTPUT, 'report-noscript.html'), toHtml(dataset))
    await page.goto(pathToFileURL(join(OUTPUT, 'report-noscript.html')).href)
    await expect(page.locator('tr.pair:visible').count()).resolves.toBe(dataset.units.length)
    await expect(page.locator('form.filters').isVisible()).resolves.toBe(false)
    const reasons = dataset.drift.reduce((n, r) => n + r.slots.filter((s) => s.reasons.length > 0).length, 0)
    await expect(page.locator('td.cell .reasons:visible').count()).resolves.toBe(reasons)
    await context.close()
  })
})

describe('HTML report of a 200-article corpus', () => {
  let dir: string
  let dataset: Dataset
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paracorpus-report-'))
    writeCorpus(join(dir, 'corpus'), 200)
    dataset = await alignCorpus([join(dir, 'corpus')], { level: 'sentence' })
  }, 300_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is an index and one page per family, each under 1 MB, with few tab stops, and a row link on the index reaches its family page', async () => {
    const pages = toHtmlPages(dataset)
    const families = dataset.families.filter((f) => !f.alone && f.documents.length > 1)
    expect(pages.map((p) => p.name)).toEqual(['report.html', ...families.map((f) => `report-${f.id}.html`)])
    for (const p of pages) {
      expect(Buffer.byteLength(p.content), p.name).toBeLessThan(1_000_000)
      writeFileSync(join(dir, p.name), p.content)
    }
    const { page } = await openFile(join(dir, 'report.html'))
    await expect(page.locator('table.contents tbody tr').count()).resolves.toBe(dataset.documents.length)
    // One link per document of a family with translations, the sort buttons and the filter form.
    const linked = families.reduce((n, f) => n + f.documents.length, 0)
    expect(await tabStops(page)).toBeLessThanOrEqual(linked + 4 + 3)
    await expect(axeViolations(page)).resolves.toEqual([])
    await page.close()

    const largest = families.reduce((a, b) => ((dataset.alignments.find((x) => x.family === b.id)?.rows.length ?? 0) > (dataset.alignments.find((x) => x.family === a.id)?.rows.length ?? 0) ? b : a))
    const rows = dataset.alignments.find((a) => a.family === largest.id)!.rows
    const slot = rows.at(-1)!.slot
    const linkedRow = await openFile(join(dir, 'report.html'), { hash: `${largest.id}/${slot}` })
    await linkedRow.page.waitForURL(new RegExp(`report-${largest.id}\\.html#`, 'u'))
    await linkedRow.page.waitForLoadState()
    const target = group(linkedRow.page, largest.id, slot)
    await expect(target.evaluate((el) => el.classList.contains('open'))).resolves.toBe(true)
    // Per slot: its link and its toggle; then the sort buttons, the filter form and the link back to the index.
    expect(await tabStops(linkedRow.page)).toBeLessThanOrEqual(2 * rows.length + 4 + 5 + 1 + (await linkedRow.page.locator('tr.pair:visible a').count()))
    await expect(axeViolations(linkedRow.page)).resolves.toEqual([])
    await linkedRow.page.close()
  }, 120_000)
})
