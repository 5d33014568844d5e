import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignCorpus, toHtml } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'
import { launchBrowser, type TestBrowser } from './browser.js'
import { fixtureDataset } from './fixture.js'

const OUTPUT = resolve('tests/output')
const KK = 'corpus/interview.kk.txt'

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

/** Write the report of a dataset under tests/output and open it from a file:// URL, refusing any other request. */
async function open(dataset: Dataset, name: string): Promise<{ page: Page; requests: string[] }> {
  const file = join(OUTPUT, `${name}.html`)
  writeFileSync(file, toHtml(dataset))
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(pathToFileURL(file).href)
  return { page, requests }
}

/** A computed style property of the element a locator points at (without the DOM lib in scope). */
function computed(locator: Locator, property: 'backgroundColor' | 'backgroundImage'): Promise<string> {
  return locator.evaluate((el, name) => String(el.ownerDocument.defaultView?.getComputedStyle(el)[name] ?? ''), property)
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/gu) ?? []).map(Number)
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

describe('HTML report in headless Chromium', () => {
  it('shows one row per pivot slot and one column per document, shaded by drift, with gaps and reasons on focus', async () => {
    const dataset = fixtureDataset()
    const { page, requests } = await open(dataset, 'report-fixture')
    const alignment = dataset.alignments[0]!
    const table = page.locator(`table.alignment[data-family="family-1"]`)
    await expect(table.locator('tbody tr').count()).resolves.toBe(alignment.rows.length)
    await expect(table.locator('thead th[data-document]').count()).resolves.toBe(alignment.documents.length)
    for (const row of await table.locator('tbody tr').all()) await expect(row.locator('td.cell').count()).resolves.toBe(alignment.documents.length)

    const cell = (slot: string, document: string) => table.locator(`tr[data-slot="${slot}"] td[data-document="${document}"]`)
    const background = (slot: string, document: string) => computed(cell(slot, document), 'backgroundColor')
    const high = await background('q-2', KK)
    const low = await background('title', KK)
    expect(high).not.toBe(low)
    expect(luminance(high)).toBeLessThan(luminance(low) - 30)

    const gap = cell('a-2', KK)
    await expect(gap.getAttribute('class')).resolves.toContain('gap')
    await expect(gap.locator('.gap-label').isVisible()).resolves.toBe(true)
    await expect(computed(gap, 'backgroundImage')).resolves.toContain('repeating-linear-gradient')

    const reasons = cell('q-2', KK).locator('.reasons')
    await expect(reasons.isVisible()).resolves.toBe(false)
    await cell('q-2', KK).focus()
    await expect(reasons.isVisible()).resolves.toBe(true)
    await expect(reasons.innerText()).resolves.toContain('number 350 of the pivot is missing in q-2')
    await expect(cell('q-2', KK).getAttribute('title')).resolves.toContain('anchor-lost')
    await page.screenshot({ path: join(OUTPUT, 'report-fixture.png'), fullPage: true })

    await page.keyboard.press('Tab')
    await expect(page.locator('tr:has(td:focus)').getAttribute('data-slot')).resolves.toBe('a-2')
    await expect(cell('a-2', 'corpus/interview.km.txt').locator('.reasons').isVisible()).resolves.toBe(true)
    await expect(reasons.isVisible()).resolves.toBe(false)

    const bars = page.locator('#family-1 .bars li')
    await expect(bars.count()).resolves.toBe(2)
    const width = (document: string) => page.locator(`#family-1 .bars li[data-document="${document}"] .fill`).evaluate((el) => el.getBoundingClientRect().width)
    expect(await width(KK)).toBeGreaterThan(await width('corpus/interview.km.txt'))

    const alone = page.locator('section.alone li[data-document="corpus/news.ms.txt"]')
    await expect(alone.innerText()).resolves.toContain('structure differs: interview vs news item')
    await expect(page.locator('body').innerText()).resolves.toContain('& <ទីផ្សារ> "ឆ្នាំ"')
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true)
    await page.close()
  })

  it('renders the report of the bundled corpus with a row per slot and a column per document', async () => {
    const dataset = await alignCorpus(['corpus'], { level: 'turn' })
    const { page, requests } = await open(dataset, 'report-corpus')
    for (const alignment of dataset.alignments.filter((a) => a.documents.length > 1)) {
      const table = page.locator(`table.alignment[data-family="${alignment.family}"]`)
      await expect(table.locator('tbody tr').count()).resolves.toBe(alignment.rows.length)
      await expect(table.locator('thead th[data-document]').count()).resolves.toBe(alignment.documents.length)
      await expect(table.locator('td.cell').count()).resolves.toBe(alignment.rows.length * alignment.documents.length)
    }
    const alone = dataset.families.filter((f) => f.alone).flatMap((f) => f.documents)
    await expect(page.locator('section.alone > ul > li').count()).resolves.toBe(alone.length)
    await page.screenshot({ path: join(OUTPUT, 'report-corpus.png') })
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true)
    await page.close()
  })
})
