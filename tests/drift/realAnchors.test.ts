import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { anchorDrift } from '../../src/drift/anchorDrift.js'
import { nearbyAnchors } from '../../src/drift/nearbyAnchors.js'
import { anchorsOfSegments, mergeAnchors } from '../../src/pivot/pivotAnchors.js'
import type { PivotAnchor, PivotSlot, Segment } from '../../src/types.js'

// Anchors on the real translated Markdown of the dev sets (tests/fixtures/real, data/docs-dev; sources and licences
// in their READMEs): what faithful translators do with code, versions and step numbers.

function segments(path: string): Segment[] {
  return parseDocument(readFileSync(path, 'utf8'), { id: path, path }).segments
}

/** The first segment of a document whose text holds a probe. */
function segment(path: string, probe: string): Segment {
  const found = segments(path).find((s) => s.text.includes(probe))
  if (found === undefined) throw new Error(`no segment with “${probe}” in ${path}`)
  return found
}

/** A slot's expected anchors as the pivot would have them when the whole family writes what this segment writes. */
function expectedOf(s: Segment, kinds: readonly string[] = ['number', 'url', 'code', 'email']): PivotAnchor[] {
  return anchorsOfSegments([s])
    .filter((a) => kinds.includes(a.kind))
    .map((a) => ({ kind: a.kind, key: a.normalized, variants: [a.text], support: 1, ...(a.block === true ? { block: a.block } : {}) }))
}

const drift = (expected: PivotAnchor[], s: Segment) => anchorDrift(expected, s.text, { found: anchorsOfSegments([s]) })

const fastapi = (set: string, lang: string): string => join('data/docs-dev', `fastapi-${set}`, 'docs', lang, 'docs/tutorial', `${set}.md`)

describe('code a faithful translation writes otherwise (real docs)', () => {
  it('finds code written as plain text, or joined into one span', () => {
    // APatch's Ukrainian FAQ writes boot.img without its backticks.
    const en = segment('tests/fixtures/real/apatch-faq/docs/en/faq.md', 'boot.img')
    const uk = segment('tests/fixtures/real/apatch-faq/docs/uk/faq_uk.md', 'boot.img')
    expect(expectedOf(en).map((a) => a.key)).toContain('boot.img')
    expect(drift(expectedOf(en), uk)).toMatchObject({ lost: 0, changed: 0 })
    // FastAPI's Chinese page writes `convert_underscores = False` where the others write `convert_underscores` and `False`.
    const note = segment(fastapi('header-params', 'en'), 'Before setting')
    const zh = segment(fastapi('header-params', 'zh'), '要慎重')
    expect(drift(expectedOf(note), zh)).toMatchObject({ lost: 0, changed: 0 })
  })

  it('weighs code of plain words translated as words as a re-spelled name, below 0.5', () => {
    // `bool` → 布尔值 (FastAPI, Chinese), the app's `Unsupported` → 不支持 (KernelSU, Chinese), `starship prompt` →
    // `starship 프롬프트` (Starship FAQ, Korean).
    const en = segment(fastapi('query-params', 'en'), 'your function will see the parameter')
    const zh = segment(fastapi('query-params', 'zh'), '函数接收的')
    const result = drift(expectedOf(en), zh)
    expect(result.lostAnchors).toEqual(['bool'])
    expect(result.lost).toBeGreaterThan(0)
    expect(result.lost).toBeLessThan(0.5)
    const faq = (lang: string): string => join('data/docs-dev/starship-faq/docs', lang, 'faq/README.md')
    const ko = segment(faq('ko-KR'), '에서 지원하는 모든 플래그')
    const flags = expectedOf(segment('data/docs-dev/starship-faq/docs/faq/README.md', 'For a list of all flags'))
    expect(flags.map((a) => a.key)).toContain('starship prompt')
    const ko2 = drift(flags, ko)
    expect(ko2.changed).toBe(0)
    expect(ko2.lost).toBeLessThan(0.5)
  })

  it('finds a code block lent to a neighbouring paragraph of the translation, and does not call it a changed block', () => {
    // RustDesk's Japanese README puts a label of its own (`デバッグビルドを起動する場合:`) before `target/debug/rustdesk`,
    // so that block belongs to that label, which sits in the slot of the English `Or, if you're running a release
    // executable:`, whose block `target/release/rustdesk` the Japanese lends to its next label.
    const readme = 'tests/fixtures/real/rustdesk-readme/README.md'
    const english = ['Note that the first build', "Or, if you're running a release", 'Please ensure that you run'].map((p) => segment(readme, p))
    const slots: PivotSlot[] = english.map((s, i) => ({ id: `body-${i}`, role: 'body', anchors: expectedOf(s, ['code']), share: 0.1 }))
    expect(slots[1]!.anchors.map((a) => a.key)).toEqual(['target/release/rustdesk'])
    const jp = segments('tests/fixtures/real/rustdesk-readme/docs/README-JP.md')
    const id = (probe: string): string => jp.find((s) => s.text.includes(probe))!.id
    const cells = [[id('初回ビルドは')], [id('デバッグビルドを起動する場合')], [id('コマンドをRustDeskリポジトリのルートから')]]
    const nearby = nearbyAnchors(slots, cells, jp)
    const cell = jp.find((s) => s.id === cells[1]![0])!
    expect(anchorDrift(slots[1]!.anchors, cell.text, { found: anchorsOfSegments([cell]) })).toMatchObject({ changed: 1 })
    expect(anchorDrift(slots[1]!.anchors, cell.text, { found: anchorsOfSegments([cell]), nearby: nearby[1] })).toMatchObject({ lost: 0, changed: 0 })
  })

  it('still calls a code block lost when no paragraph near the slot has it', () => {
    // RustDesk's Japanese README puts its `docker run` block after `以下のコマンドを実行します:` and before a line of its
    // own: the block is near the slot of the English `Then, each time you need to build`. A copy without the block
    // has it nowhere near.
    const readme = 'tests/fixtures/real/rustdesk-readme/README.md'
    const english = ['Begin by cloning the repository', 'Then, each time you need to build', 'Note that the first build'].map((p) => segment(readme, p))
    const slots: PivotSlot[] = english.map((s, i) => ({ id: `body-${i}`, role: 'body', anchors: expectedOf(s, ['code']), share: 0.1 }))
    expect(slots[1]!.anchors.map((a) => a.key)).toEqual([expect.stringMatching(/^docker run --rm -it/u)])
    const path = 'tests/fixtures/real/rustdesk-readme/docs/README-JP.md'
    const text = readFileSync(path, 'utf8')
    const block = /```sh\ndocker run [^\n]*\n```\n/u.exec(text)![0]
    const lost = (jp: Segment[]): number => {
      const section = jp.findIndex((s) => s.text === 'Dockerでのビルド方法')
      const id = (probe: string): string => jp.slice(section).find((s) => s.text.includes(probe))!.id
      const cells = [[id('リポジトリをクローンし')], [id('以下のコマンドを実行します'), id('このコマンドはRustDeskをビルドする度に')], [id('初回ビルドは')]]
      const cell = jp.filter((s) => cells[1]!.includes(s.id))
      return anchorDrift(slots[1]!.anchors, cell.map((s) => s.text).join('\n'), { found: anchorsOfSegments(cell), nearby: nearbyAnchors(slots, cells, jp)[1] }).lost
    }
    expect(lost(parseDocument(text, { id: path, path }).segments)).toBe(0)
    expect(lost(parseDocument(text.replace(block, ''), { id: path, path }).segments)).toBe(1)
  })

  it('does not take an edited command for the one it contains', () => {
    // A copy of RustDesk's Japanese README whose release block runs another command: `target/release/rustdesk` is
    // inside `target/release/rustdesk --uninstall`, and is not that command.
    const readme = 'tests/fixtures/real/rustdesk-readme/README.md'
    const expected = expectedOf(segment(readme, "Or, if you're running a release"), ['code'])
    expect(expected.map((a) => a.key)).toEqual(['target/release/rustdesk'])
    const path = 'tests/fixtures/real/rustdesk-readme/docs/README-JP.md'
    const text = readFileSync(path, 'utf8')
    const jp = (t: string): Segment => parseDocument(t, { id: path, path }).segments.find((s) => s.text.includes('リリースビルドを起動する場合'))!
    expect(drift(expected, jp(text))).toMatchObject({ lost: 0, changed: 0 })
    const edited = drift(expected, jp(text.replace('target/release/rustdesk\n', 'target/release/rustdesk --uninstall\n')))
    expect(edited.changed).toBe(1)
    // A space put into a path parts it: `target/ release/rustdesk` runs a folder, not the program.
    expect(drift(expected, jp(text.replace('target/release/rustdesk\n', 'target/ release/rustdesk\n'))).changed).toBe(1)
    // The same command written inline in the prose, edited, is not the command either.
    const inline = drift(expected, jp(text.replace(/リリースビルドを起動する場合:\n\n```sh\ntarget\/release\/rustdesk\n```/u, 'リリースビルドを起動する場合: `target/release/rustdesk --uninstall`')))
    expect(inline.changed).toBe(1)
  })

  it('takes code laid out otherwise for the same code, and an edit in it for a change', () => {
    // Day.js's README: the Spanish, Japanese and Korean translations break the example chain over lines and leave out
    // its `;`, where the English writes it on one line.
    const en = segment('data/docs-dev/dayjs-readme/README.md', 'minimalist JavaScript library')
    const expected = expectedOf(en, ['code'])
    expect(expected.map((a) => a.key)).toEqual([expect.stringMatching(/^dayjs\(\)\.startOf/u)])
    const path = 'data/docs-dev/dayjs-readme/docs/es-es/README-es-es.md'
    const text = readFileSync(path, 'utf8')
    const es = (t: string): Segment => parseDocument(t, { id: 'es', path }).segments.find((s) => s.text.includes('librería minimalista'))!
    expect(drift(expected, es(text))).toMatchObject({ lost: 0, changed: 0 })
    expect(drift(expected, es(text.replace("  .set('year', 2018)", "  .set('year', 2019)"))).changed).toBe(1)
  })

  it('gathers code laid out otherwise into one expected anchor of the pivot', () => {
    // Day.js's README: the API example block; the Spanish, Japanese and Korean translations break its chain over lines.
    const files = ['README.md', ...['es-es', 'fr', 'he', 'ja', 'ko', 'si'].map((l) => `docs/${l}/README-${l}.md`)].map((f) => join('data/docs-dev/dayjs-readme', f))
    const hosts = files.map((f) => segments(f).find((s) => (s.anchors ?? []).some((a) => a.kind === 'code' && a.text.startsWith("dayjs('2018-08-08')")))!)
    const code = mergeAnchors(hosts.map((s) => anchorsOfSegments([s])), 4).filter((a) => a.kind === 'code' && a.key.startsWith("dayjs('2018-08-08')"))
    expect(code).toMatchObject([{ support: 1, block: true }])
    expect(code[0]!.variants.length).toBeGreaterThan(1)
  })

  it('weighs a lost code block of plain words as a lost command, not as a re-spelled name', () => {
    // Biome's `brew install biome` block: three words of letters, a command all the same.
    const page = (lang: string): string => join('data/docs-dev/biome-manual-installation/src/content/docs', lang, 'guides/manual-installation.mdx')
    const en = segment(page(''), 'Homebrew formula')
    const expected = expectedOf(en, ['code'])
    expect(expected).toMatchObject([{ key: 'brew install biome', block: true }])
    const text = readFileSync(page('es'), 'utf8')
    const es = (t: string): Segment => parseDocument(t, { id: 'es', path: page('es') }).segments.find((s) => s.text.includes('fórmula Homebrew'))!
    expect(drift(expected, es(text)).lost).toBe(0)
    expect(drift(expected, es(text.replace('```shell showLineNumbers=false\nbrew install biome\n```\n', ''))).lost).toBe(1)
  })

  it('finds a one-character code in prose only set apart, not as the end of a question', () => {
    // FastAPI's query parameters: the pairs go after the `?` of a URL. A copy of the Russian page that drops the
    // code span and asks a question of its own has a question mark, not the `?`.
    const expected = expectedOf(segment(fastapi('query-params', 'en'), 'go after the'), ['code'])
    expect(expected.map((a) => a.key)).toEqual(['?', '&'])
    const path = fastapi('query-params', 'ru')
    const text = readFileSync(path, 'utf8')
    const ru = (t: string): Segment => parseDocument(t, { id: path, path }).segments.find((s) => s.text.includes('набор пар ключ-значение'))!
    expect(drift(expected, ru(text))).toMatchObject({ lost: 0, changed: 0 })
    const dropped = drift(expected, ru(text.replace('идут после знака `?` в URL-адресе, разделенные символами `&`.', 'идут в URL-адресе, разделенные символами `&`. Зачем?')))
    expect(dropped.lostAnchors).toEqual(['?'])
    expect(dropped.lost).toBeGreaterThanOrEqual(0.5)
  })
})

describe('names a translation writes in its own script (real docs)', () => {
  it('does not call a name lost from a heading in an uncased script that writes code in Latin letters', () => {
    // Hexo's troubleshooting page: `EMFILE Error` (Spanish, Korean, Portuguese, Thai keep the English), `Ошибка EMFILE`,
    // `EMFILEエラー`: Japanese writes `Error` in katakana; its Latin letters are the error code's.
    const page = (lang: string): string => join('data/docs-dev/hexo-troubleshooting/source', lang, 'docs/troubleshooting.md')
    const heading = (lang: string): Segment => segments(page(lang)).find((s) => s.role === 'heading' && s.text.includes('EMFILE'))!
    const family = ['', 'es', 'ja', 'ko', 'pt-br', 'ru', 'th'].map(heading)
    const expected = mergeAnchors(family.map((s) => anchorsOfSegments([s])), 4).filter((a) => a.kind === 'name' && a.variants.includes('Error'))
    expect(expected).toHaveLength(1)
    expect(drift(expected, heading('ja'))).toMatchObject({ lost: 0, lostAnchors: [] })
    // Where the translation's own words are in a cased script, a name not found still weighs (below 0.5).
    const ru = drift(expected, heading('ru'))
    expect(ru.lost).toBeGreaterThan(0)
    expect(ru.lost).toBeLessThan(0.5)
  })
})

describe('versions and step numbers (real docs)', () => {
  it('reads `GKI1` for `GKI 1.0`, a version with a zero fraction written whole', () => {
    const en = segment('tests/fixtures/real/kernelsu-faq/website/docs/guide/faq.md', 'completely different from GKI 2.0')
    const zh = segment('tests/fixtures/real/kernelsu-faq/website/docs/zh_CN/guide/faq.md', 'GKI1 跟 GKI2')
    expect(expectedOf(en, ['number']).map((a) => a.variants[0])).toEqual(['1.0', '2.0'])
    expect(drift(expectedOf(en, ['number']), zh)).toMatchObject({ lost: 0, changed: 0 })
    // A version written otherwise is still drift.
    const other = anchorDrift(expectedOf(en, ['number']), 'GKI1 跟 GKI3 完全不同')
    expect(Math.max(other.lost, other.changed)).toBeGreaterThanOrEqual(0.5)
  })

  it('reads the digits inside a numeronym as part of a name, not as a number (`K8s`, which a translation writes out)', () => {
    // OpenTelemetry's Components page (known faithful): "see [K8s Operator](…)", the Portuguese "[Kubernetes Operator](…)".
    const page = (lang: string): string => join('data/docs-dev/opentelemetry-concepts/content', lang, 'docs/concepts/components.md')
    const en = segment(page('en'), 'For more information, see K8s Operator')
    expect(expectedOf(en, ['number'])).toEqual([])
    const pt = segments(page('pt')).find((s) => (s.anchors ?? []).some((a) => a.text === '/docs/platforms/kubernetes/operator/'))!
    expect(drift(expectedOf(en), pt)).toMatchObject({ lost: 0, changed: 0 })
    // Digits beside one letter only stay numbers (`EC2`, `GKI1`, `5G`), and so do digits glued to Han (`3月`).
    expect(anchorsOfSegments([{ role: 'body', text: 'Amazon EC2 and 5G, 3月5日' }]).map((a) => a.normalized)).toEqual(expect.arrayContaining(['2', '5', '3']))
  })

  it('reads the Arabic ordinal `الأولى` (first) as a way to write step 1', () => {
    const readme = (lang: string): string => join('data/docs-dev/starship-readme/docs', lang, 'guide/README.md')
    const ar = segments(readme('ar-SA')).find((s) => s.role === 'heading' && s.text.includes('الخطوة الأولى'))!
    const step: PivotAnchor = { kind: 'number', key: '1', variants: ['1'], support: 1 }
    expect(anchorDrift([step], ar.text).lost).toBe(0)
    expect(anchorDrift([step], 'الخطوة. تثبيت starship').lost).toBe(1)
  })
})

describe('links and heading ids of localised doc sites (real docs)', () => {
  const biome = (lang: string): string => join('data/docs-dev/biome-manual-installation/src/content/docs', lang, 'guides/manual-installation.mdx')

  it('takes a link to the localised page for the same link, whatever its fragment names', () => {
    // Biome's Spanish page links `/es/guides/getting-started#instalación`, the Japanese `/ja/guides/getting-started`,
    // where the English links `/guides/getting-started#installation`: the same page, its heading named in its language.
    const en = segment(biome(''), 'preferred way to install')
    const expected = expectedOf(en, ['url'])
    expect(expected.map((a) => a.key)).toEqual(['/guides/getting-started#installation'])
    for (const [lang, probe] of [['es', 'forma preferida de instalar'], ['ja', 'すでにnpm']] as const) expect(drift(expected, segment(biome(lang), probe))).toMatchObject({ lost: 0, changed: 0 })
    // Another page is still another page.
    const other = [{ kind: 'url' as const, text: '/es/guides/big-projects#instalación', normalized: '/es/guides/big-projects#instalación' }]
    expect(anchorDrift(expected, '', { found: other }).changed).toBe(1)
  })

  it('takes a link to the translated copy of a page (a locale ending its file name) for the same link, in the pivot and in a translation', () => {
    // RustDesk's README links its contribution guide: the English `docs/CONTRIBUTING.md`, the Arabic and Japanese
    // `CONTRIBUTING.md` (beside them in docs/), the Russian `CONTRIBUTING-RU.md`, the Chinese `CONTRIBUTING-ZH.md`.
    const readme = (name: string): string => join('tests/fixtures/real/rustdesk-readme', name)
    const files = ['README.md', 'docs/README-AR.md', 'docs/README-JP.md', 'docs/README-RU.md', 'docs/README-ZH.md']
    const hosts = files.map((f) => segments(readme(f)).find((s) => (s.anchors ?? []).some((a) => /contributing/iu.test(a.text)))!)
    // Half of the family at least writes it, as the pivot's slots ask of a link (see consensusSlots).
    const expected = mergeAnchors(hosts.map((s) => anchorsOfSegments([s])), 3).filter((a) => a.kind === 'url')
    expect(expected).toMatchObject([{ key: 'docs/contributing.md', support: 1 }])
    expect(anchorDrift(expected, hosts[4]!.text, { found: anchorsOfSegments([hosts[4]!]) })).toMatchObject({ lost: 0, changed: 0 })
    // Another page in its place is still a changed link.
    const path = readme('docs/README-ZH.md')
    const other = parseDocument(readFileSync(path, 'utf8').replace('(CONTRIBUTING-ZH.md)', '(CODE_OF_CONDUCT-ZH.md)'), { id: 'zh', path }).segments.find((s) => s.text.includes('期待各位的贡献'))!
    expect(anchorDrift(expected, other.text, { found: anchorsOfSegments([other]) }).changed).toBe(1)
  })

  it('takes a changed two-letter name at the end of a link for a changed link, not for a locale', () => {
    // Vite's Getting Started links its templates `https://vite.new/lit-ts` (TypeScript): `ts` and `tt` are languages'
    // codes, but not in a path's last word without a file extension.
    const page = (repo: string): string => join('data/docs-dev/vite-getting-started', repo, 'docs/guide/index.md')
    const expected = expectedOf(segment(page('vite'), 'lit-ts'), ['url'])
    expect(expected.map((a) => a.key)).toEqual(['vite.new/lit', 'vite.new/lit-ts'])
    const path = page('docs-de')
    const de = (t: string): Segment => parseDocument(t, { id: 'de', path }).segments.find((s) => s.text.includes('lit-ts'))!
    const text = readFileSync(path, 'utf8')
    expect(drift(expected, de(text))).toMatchObject({ lost: 0, changed: 0 })
    expect(drift(expected, de(text.replace('(https://vite.new/lit-ts)', '(https://vite.new/lit-tt)'))).changedAnchors).toEqual(['https://vite.new/lit-ts → https://vite.new/lit-tt'])
  })

  it('reads code and links of a VitePress page as its translations write them: bidi marks, glued particles, no extension', () => {
    // Vite's Getting Started (per-language repositories): Persian puts a left-to-right mark before `‎--port`, Korean
    // glues its particle to a URL in code (`https://github.com/user/project`와), Portuguese links `./cli` for `./cli.md`.
    const page = (repo: string): string => join('data/docs-dev/vite-getting-started', repo, repo === 'docs-ja' || repo === 'docs-ko' ? 'guide/index.md' : 'docs/guide/index.md')
    const en = (probe: string): PivotAnchor[] => expectedOf(segment(page('vite'), probe), ['url', 'code'])
    const options = en('You can specify additional CLI options')
    expect(options.map((a) => a.key)).toEqual(['--port', '--open', 'npx vite --help'])
    expect(drift(options, segment(page('docs-fa'), 'گزینه‌های CLI اضافی'))).toMatchObject({ lost: 0, changed: 0 })
    const template = en('For a template at')
    expect(drift(template, segment(page('docs-ko'), '템플릿이'))).toMatchObject({ lost: 0, changed: 0 })
    const cli = en('Learn more about the [Command Line Interface]'.slice(0, 15))
    expect(cli.map((a) => a.key)).toEqual(['./cli.md'])
    expect(drift(cli, segment(page('docs-pt'), 'Saiba mais sobre a'))).toMatchObject({ lost: 0, changed: 0 })
    // Another page, or another option, is still a change.
    const other = [{ kind: 'url' as const, text: './clo', normalized: './clo' }]
    expect(anchorDrift(cli, '', { found: other }).changed).toBe(1)
    const text = readFileSync(page('docs-fa'), 'utf8').replace('`\u200e--port`', '`\u200e--pork`')
    const fa = parseDocument(text, { id: 'fa', path: page('docs-fa') }).segments.find((s) => s.text.includes('گزینه‌های CLI اضافی'))!
    expect(drift(options, fa).changedAnchors).toEqual(['--port → \u200e--pork'])
  })

  it('keeps the links of a list of inline code only, and finds one changed', () => {
    // The OpenAI Agents SDK's Japanese transport page lists [`examples/realtime/cli`](https://…/examples/realtime/cli):
    // each item is inline code only, read as a code block, whose link target is an anchor of the paragraph before.
    const transport = (lang: string): string => join('data/docs-dev/openai-agents-realtime-transport/docs', lang, 'realtime/transport.md')
    const expected = expectedOf(segment(transport(''), 'demo app'), ['url'])
    expect(expected.map((a) => a.key)).toContain('github.com/openai/openai-agents-python/tree/main/examples/realtime/cli')
    const text = readFileSync(transport('ja'), 'utf8')
    const ja = (t: string): Segment => parseDocument(t, { id: 'ja', path: transport('ja') }).segments.find((s) => s.text.includes('コアデモアプリ'))!
    expect(drift(expected, ja(text))).toMatchObject({ lost: 0, changed: 0 })
    const changed = drift(expected, ja(text.replace('tree/main/examples/realtime/cli)', 'tree/main/examples/realtime/clj)')))
    expect(changed.changedAnchors).toEqual(['https://github.com/openai/openai-agents-python/tree/main/examples/realtime/cli → https://github.com/openai/openai-agents-python/tree/main/examples/realtime/clj'])
  })

  it('reads the target of a reference link from its definition, and finds it changed', () => {
    // Starship's README table links `[Linuxbrew]`, defined at the page's end as `[linuxbrew]: https://formulae.brew.sh/…`.
    const readme = (lang: string): string => join('data/docs-dev/starship-readme', lang === '' ? 'README.md' : `docs/${lang}/guide/README.md`)
    const expected = expectedOf(segment(readme(''), 'Linuxbrew | brew install starship'), ['url'])
    expect(expected.map((a) => a.key)).toEqual(['formulae.brew.sh/formula/starship'])
    const text = readFileSync(readme('ar-SA'), 'utf8')
    const ar = (t: string): Segment => parseDocument(t, { id: 'ar', path: readme('ar-SA') }).segments.find((s) => s.text.includes('Linuxbrew'))!
    expect(drift(expected, ar(text))).toMatchObject({ lost: 0, changed: 0 })
    expect(drift(expected, ar(text.replace('[linuxbrew]: https://formulae.brew.sh/formula/starship', '[linuxbrew]: https://formulae.brew.sh/formula/starshop'))).changed).toBe(1)
  })

  it('finds a link the translation put one paragraph off its slot, and still calls a changed one', () => {
    // OpenTelemetry's primer: the slot holding the first three English paragraphs expects the link to
    // /docs/what-is-opentelemetry/, which the Japanese page has in a paragraph its table puts in the next slot.
    const primer = (lang: string): string => join('data/docs-dev/opentelemetry-observability-primer/content', lang, 'docs/concepts/observability-primer.md')
    const en = segments(primer('en'))
    const first = en.findIndex((s) => s.text.startsWith('Observability lets you'))
    const slots: PivotSlot[] = [
      { id: 'a-1', role: 'answer', anchors: expectedOf({ ...en[first]!, anchors: en.slice(first, first + 3).flatMap((s) => s.anchors ?? []) }, ['url']), share: 0.1 },
      { id: 'heading-1', role: 'heading', anchors: [], share: 0.01 },
    ]
    expect(slots[0]!.anchors.map((a) => a.key)).toContain('/docs/what-is-opentelemetry')
    const text = readFileSync(primer('ja'), 'utf8')
    const lost = (t: string, near: boolean): number => {
      const ja = parseDocument(t, { id: 'ja', path: primer('ja') }).segments
      const k = ja.findIndex((s) => s.text.startsWith('オブザーバビリティは、'))
      const cells = [[ja[k]!.id, ja[k + 1]!.id], [ja[k + 2]!.id, ja[k + 3]!.id]]
      const cell = ja.slice(k, k + 2)
      return anchorDrift(slots[0]!.anchors, cell.map((s) => s.text).join('\n'), { found: anchorsOfSegments(cell), nearby: near ? nearbyAnchors(slots, cells, ja)[0] : undefined }).lost
    }
    expect(lost(text, false)).toBeGreaterThanOrEqual(0.5)
    expect(lost(text, true)).toBe(0)
    expect(lost(text.replace('[OpenTelemetry](/docs/what-is-opentelemetry/)', '[OpenTelemetry](/docs/what-is-telemetry/)'), true)).toBeGreaterThanOrEqual(0.5)
  })

  it('calls a link changed where the slot beside links the same page itself', () => {
    // free-programming-books' HOWTO links its contributor graph from the paragraph "… join our [large, growing]
    // community" and again from the graphs below it, which fill the next slot: that slot's own link is no copy of
    // this slot's moved there, so the paragraph's link changed is a changed link.
    const howto = (name: string): string => join('data/docs-dev/free-programming-books-howto/docs', name)
    const graph = 'https://www.apiseven.com/en/contributor-graph?chart=contributorOverTime&repo=ebookfoundation/free-programming-books'
    const en = segments(howto('HOWTO.md'))
    const k = en.findIndex((s) => s.text.includes('why not join'))
    const slots: PivotSlot[] = [en[k]!, en[k + 1]!].map((s, i) => ({ id: `slot-${i}`, role: s.role, anchors: expectedOf(s, ['url']), share: 0.1 }))
    for (const slot of slots) expect(slot.anchors.map((a) => a.variants[0])).toContain(graph)
    const lost = (t: string) => {
      const it = parseDocument(t, { id: 'it', path: howto('HOWTO-it.md') }).segments
      const j = it.findIndex((s) => s.text.includes('unirti alla nostra'))
      const cell = it[j]!
      return anchorDrift(slots[0]!.anchors, cell.text, { found: anchorsOfSegments([cell]), nearby: nearbyAnchors(slots, [[cell.id], [it[j + 1]!.id]], it)[0] })
    }
    const text = readFileSync(howto('HOWTO-it.md'), 'utf8')
    expect(lost(text)).toMatchObject({ lost: 0, changed: 0 })
    const changed = text.replace(`[grande e in crescita](${graph})`, `[grande e in crescita](${graph.replace('graph?', 'grapi?')})`)
    expect(changed).not.toBe(text)
    expect(lost(changed).changed).toBe(1)
  })

  it('weighs a heading id the translation does not write as a name, below 0.5', () => {
    // OpenTelemetry's translations add `{#distributed-traces}` to keep the English page's generated id; the Chinese
    // heading has none.
    const primer = (lang: string): string => join('data/docs-dev/opentelemetry-observability-primer/content', lang, 'docs/concepts/observability-primer.md')
    const pt = segments(primer('pt')).find((s) => s.slug === 'distributed-traces')!
    const zh = segments(primer('zh')).find((s) => s.role === 'heading' && s.text === '分布式链路')!
    const expected = expectedOf(pt, ['slug'])
    expect(expected).toHaveLength(1)
    const result = drift(expected, zh)
    expect(result.lostAnchors).toEqual(['distributed-traces'])
    expect(result.lost).toBeLessThan(0.5)
    // The English heading has no written id: the site makes it from its text, which is the id the translations keep.
    const en = segments(primer('en')).find((s) => s.role === 'heading' && s.text === 'Distributed traces')!
    expect(en.slug).toBeUndefined()
    expect(drift(expected, en)).toMatchObject({ lost: 0, lostAnchors: [] })
  })
})
