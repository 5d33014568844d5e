import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'

/** A launched headless Chromium and where it came from. */
export interface TestBrowser {
  /** The browser. */
  browser: Browser
  /** Which Chromium runs: `PARACORPUS_CHROMIUM`, a system path, or `@sparticuz/chromium`. */
  source: string
  /** Close the browser and remove the folder the npm Chromium was unpacked into, if any. */
  close(): Promise<void>
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const SYSTEM = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The first system Chromium on the PATH, if any. */
function systemChromium(): string | undefined {
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== '')
  for (const name of SYSTEM) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name)
  return undefined
}

const PREFIX = 'paracorpus-chromium-'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Remove the unpacked Chromium folders of test runs that ended without removing theirs (killed, crashed). */
function removeStaleFolders(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(/^paracorpus-chromium-(\d+)-/u.exec(name)?.[1])
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true })
  }
}

/**
 * Unpack the Chromium that the `@sparticuz/chromium` dev dependency ships into a fresh temporary folder owned
 * by the caller (the package unpacks into `os.tmpdir()` and reuses whatever `chromium` it finds there, so the
 * folder is made private by pointing TMPDIR at it while it unpacks). The folder is named after this process, so
 * that a later run removes it if this one is killed before it can.
 */
async function npmChromium(): Promise<{ path: string; folder: string }> {
  removeStaleFolders()
  const folder = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`))
  const saved = process.env['TMPDIR']
  process.env['TMPDIR'] = folder
  try {
    const { default: packaged } = await import('@sparticuz/chromium')
    return { path: await packaged.executablePath(), folder }
  } catch (error) {
    rmSync(folder, { recursive: true, force: true })
    throw error
  } finally {
    if (saved === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = saved
  }
}

/**
 * Launch a headless Chromium for the report tests, found in this order: the `PARACORPUS_CHROMIUM` path, a
 * system Chromium on the PATH, then the one shipped in the `@sparticuz/chromium` dev dependency (so that
 * `npm ci && npm test` needs nothing installed by hand). Nothing is downloaded.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const chosen = process.env['PARACORPUS_CHROMIUM']
  if (chosen !== undefined && chosen !== '' && !executable(chosen)) throw new Error(`PARACORPUS_CHROMIUM is set to ${chosen}, which is not an executable file`)
  const system = chosen === undefined || chosen === '' ? systemChromium() : chosen
  const unpacked = system === undefined ? await npmChromium() : undefined
  const path = system ?? unpacked?.path ?? ''
  const source = chosen !== undefined && chosen !== '' ? `PARACORPUS_CHROMIUM (${chosen})` : system ?? '@sparticuz/chromium'
  try {
    const browser = await chromium.launch({ executablePath: path, args: ARGS, headless: true })
    return {
      browser,
      source,
      async close() {
        await browser.close()
        if (unpacked !== undefined) rmSync(unpacked.folder, { recursive: true, force: true })
      },
    }
  } catch (error) {
    if (unpacked !== undefined) rmSync(unpacked.folder, { recursive: true, force: true })
    throw error
  }
}

const require = createRequire(import.meta.url)

/** Noto fonts shipped by the `@fontsource` dev dependencies, one per script the report tests show. */
export const TEST_FONTS = ['@fontsource/noto-sans', '@fontsource/noto-sans-khmer', '@fontsource/noto-sans-arabic', '@fontsource/noto-sans-thai', '@fontsource/noto-sans-sc'] as const

/**
 * `@font-face` rules for the test fonts (regular weight), their files referenced by file:// URL, so that a
 * screenshot shows Khmer, Arabic, Thai and Chinese glyphs on a machine without those fonts installed. The
 * families keep their names (`Noto Sans Khmer`, …), which the report's font stack lists.
 */
export function fontFaceCss(): string {
  return TEST_FONTS.map((name) => {
    const css = require.resolve(`${name}/400.css`)
    const base = pathToFileURL(`${dirname(css)}/`).href
    return readFileSync(css, 'utf8').replace(/url\(\.\/([^)]+)\)/gu, (_, file: string) => `url(${base}${file})`)
  }).join('\n')
}

/** Add the test fonts to a page and wait until the ones its text uses are loaded. */
export async function addTestFonts(page: Page): Promise<void> {
  await page.addStyleTag({ content: fontFaceCss() })
  await page.evaluate('document.fonts.ready.then(() => true)')
}

/** Number of elements a keyboard user can Tab to on the page (focusable, enabled, rendered). */
export async function tabStops(page: Page): Promise<number> {
  return page.evaluate(`Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'))
    .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0).length`)
}

/** Violations axe-core (the npm package, injected from node_modules) finds on the page as it is. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: number; help: string }>> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help })))`)
}

/** Families of the fonts Chromium used to draw the text of the first element a selector matches. */
export async function renderedFonts(page: Page, selector: string): Promise<Array<{ familyName: string; glyphCount: number }>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }))
}
