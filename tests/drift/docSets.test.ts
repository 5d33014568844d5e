import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDocSets } from '../../scripts/drift/docSets.js'

// The document sets of eval:drift-docs (dev: tests/fixtures/real, data/docs-dev; sources and licences in their
// READMEs). A folder may hold several pages of one site side by side (`family` in its expected.json), each page a
// set of its own with its own English source; translations whose source revision is recorded are marked faithful.
const sets = loadDocSets(['../fixtures/real', '../../data/docs-dev'].map((r) => resolve(import.meta.dirname, r)))
const byProject = new Map(sets.map((s) => [s.project, s] as const))

describe('real-docs sets of the drift evaluation', () => {
  it('reads each page of a multi-page folder as a set of its own, with its own English source', () => {
    // Tauri's Starlight pages under src/content/docs/{,zh-cn/,fr/,es/}start/frontend/: three pages of one template.
    for (const page of ['nextjs', 'nuxt', 'trunk']) {
      const set = byProject.get(`tauri-frontend#${page}`)!
      expect(set.source.path).toBe(`tauri-frontend/src/content/docs/start/frontend/${page}.mdx`)
      expect(set.translations.map((t) => t.language).sort()).toEqual(['es', 'fr', 'zh'])
      expect(set.translations.every((t) => t.path.endsWith(`/start/frontend/${page}.mdx`))).toBe(true)
    }
    expect(byProject.has('tauri-frontend')).toBe(false)
    // Wails's Docusaurus pages: the English under website/docs/, each translation under
    // website/i18n/<lang>/docusaurus-plugin-content-docs/current/ at the same path.
    for (const page of ['building', 'development', 'firstproject', 'installation']) {
      const set = byProject.get(`wails-getting-started#${page}`)!
      expect(set.source.path).toBe(`wails-getting-started/website/docs/gettingstarted/${page}.mdx`)
      expect(set.translations.map((t) => t.path)).toEqual(['de', 'fr', 'ja'].map((l) => `wails-getting-started/website/i18n/${l}/docusaurus-plugin-content-docs/current/gettingstarted/${page}.mdx`))
    }
    // asdf's command reference (VitePress): docs/manage/<page>.md beside docs/<lang>/manage/<page>.md.
    for (const page of ['core', 'plugins', 'versions']) {
      const set = byProject.get(`asdf-manage#${page}`)!
      expect(set.source.path).toBe(`asdf-manage/docs/manage/${page}.md`)
      expect(set.translations.map((t) => t.language)).toEqual(['ja', 'ko', 'pt', 'zh'])
    }
    // OpenTelemetry's concept pages: four families in one folder, the English of each its source.
    const concepts = sets.filter((s) => s.project.startsWith('opentelemetry-concepts#'))
    expect(concepts.map((s) => s.project)).toEqual(['opentelemetry-concepts#components', 'opentelemetry-concepts#distributions', 'opentelemetry-concepts#instrumentation/code-based', 'opentelemetry-concepts#instrumentation/zero-code'])
    for (const s of concepts) expect(s.source.path).toMatch(/^opentelemetry-concepts\/content\/en\//u)
    // OpenTelemetry's other doc pages with three known-faithful translations each (seventeenth round): eight families.
    const docs = sets.filter((s) => s.project.startsWith('opentelemetry-docs#'))
    expect(docs).toHaveLength(8)
    for (const s of docs) {
      expect(s.source.path).toBe(`opentelemetry-docs/content/en/docs/${s.project.slice('opentelemetry-docs#'.length)}.md`)
      expect(s.translations).toHaveLength(3)
    }
  })

  it('marks the translations that name the English commit they follow as faithful, and no other', () => {
    const faithful = sets.flatMap((s) => s.translations).filter((t) => t.faithful)
    expect(faithful).toHaveLength(44)
    // The held-out part has its own (other pages of the same site, chosen by the same rule).
    const heldOut = loadDocSets([resolve(import.meta.dirname, '../../data/docs')]).flatMap((s) => s.translations).filter((t) => t.faithful)
    expect(heldOut).toHaveLength(12)
    faithful.push(...heldOut)
    // Each names its English commit in its front matter (`default_lang_commit`) and is not marked drifted.
    for (const t of faithful) {
      expect(t.text).toMatch(/^default_lang_commit: [0-9a-f]{7,40}$/mu)
      expect(t.text).not.toMatch(/^drifted_from_default:/mu)
    }
    expect(sets.flatMap((s) => [s.source, ...s.translations]).filter((d) => d.faithful && d.language === 'en')).toEqual([])
    expect(byProject.get('rich-readme')!.translations.some((t) => t.faithful)).toBe(false)
  })

  it('names the projects it leaves out for having no source file (a folder of a user, `--dir`)', () => {
    // Two translations of the Starship FAQ without their English file, beside the whole FastAPI cookie page.
    const dir = mkdtempSync(join(tmpdir(), 'paracorpus-docsets-'))
    const dev = resolve(import.meta.dirname, '../../data/docs-dev')
    const files: Record<string, { language: string }> = {
      'starship-faq/docs/ja-JP/faq/README.md': { language: 'ja' },
      'starship-faq/docs/ru-RU/faq/README.md': { language: 'ru' },
      'fastapi-cookie-params/docs/en/docs/tutorial/cookie-params.md': { language: 'en' },
      'fastapi-cookie-params/docs/ja/docs/tutorial/cookie-params.md': { language: 'ja' },
    }
    for (const path of Object.keys(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      copyFileSync(join(dev, path), join(dir, path))
    }
    writeFileSync(join(dir, 'expected.json'), JSON.stringify(files))
    const dropped: string[] = []
    const own = loadDocSets([dir], 'en', dropped)
    rmSync(dir, { recursive: true, force: true })
    expect(own.map((s) => s.project)).toEqual(['fastapi-cookie-params'])
    expect(dropped).toEqual(['starship-faq'])
  })
})
