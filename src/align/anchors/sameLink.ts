import { resolveLanguageTag } from '../../detect/resolveLanguageTag.js'

/** A language or locale tag as sites write it (`en`, `ru`, `zh_cn`, `pt-br`, `zh-hans`). */
const LOCALE_SHAPE = /^[a-z]{2}(?:[-_](?:[a-z]{4}|[a-z]{2}|\d{3}))?$/iu

/**
 * A path segment that names a language paracorpus knows (`/ja/guide/`, `/zh-cn/docs/`): localised sites put one in
 * the path. Other two-letter segments (`src/ui`, `vite.new/lit-ts`) are names, whose change is a changed link.
 * @param part One segment of a path.
 */
export const localeSegment = (part: string): boolean => LOCALE_SHAPE.test(part) && resolveLanguageTag(part) !== undefined

/**
 * A path segment that announces the locale after it (`semver.org/lang/pt-BR/`, `/locale/ja/`, `/i18n/ko/`): dropped
 * with the locale, as the locale alone is.
 */
const LOCALE_FOLDER = /^(?:lang|langs|language|languages|locale|locales|i18n|l10n)$/iu

/** The path's segments without its locale segments and the folder word that announces one (see {@link LOCALE_FOLDER}). */
function withoutLocales(parts: readonly string[]): string[] {
  return parts.filter((p, k) => !localeSegment(p) && !(LOCALE_FOLDER.test(p) && k + 1 < parts.length && localeSegment(parts[k + 1]!)))
}

/**
 * A locale tag at the end of a file name's stem (`CONTRIBUTING-ZH.md`, `README.zh-CN.md`, `faq_ru.html`): the
 * translated copy of a page a translation links where the original links the page itself. Taken only in a file name
 * with an extension and when it names a language paracorpus knows, so that the last word of a name (`how-to.md`,
 * `sign-in.md`, a path `vite.new/lit-ts`) is not one.
 */
const FILE_LOCALE = /[-_.]([a-z]{2}(?:[-_](?:[a-z]{4}|[a-z]{2}|\d{3}))?)$/iu

/** A query parameter whose value is a known language (`hl=ja`, `locale=en`, `lang=zh-CN`): the page's language. */
function localeParameter(parameter: string): boolean {
  const value = parameter.slice(parameter.indexOf('=') + 1)
  return parameter.includes('=') && LOCALE_SHAPE.test(value) && resolveLanguageTag(value) !== undefined
}

/** A host that draws images or badges (`img.shields.io`, `shields.io`, `badgen.net`, `images.example.org`). */
const IMAGE_HOST = /^(?:img|image|images)\.|badge|shields/u

/** A file an image is drawn from (`badge.svg`, `logo.png`). */
const IMAGE_FILE = /\.(?:svg|png|gif|jpe?g|webp|avif)$/u

/**
 * Whether a link target draws an image: from an image or badge host, or from an image's file — where the words a
 * badge shows may be written in the URL (see {@link withoutText}, {@link withoutBadgeText}). Other links keep all
 * their parameters and segments (`…/issues?label=bug`, a page on a `badge` component).
 */
function imageLink(target: string, parts: readonly string[]): boolean {
  if (parts.length === 0) return false
  return (hasHost(target, parts[0]!) && IMAGE_HOST.test(parts[0]!)) || IMAGE_FILE.test(parts[parts.length - 1]!)
}

/**
 * A query parameter naming the label a badge shows (`label=latest%20version`; shields.io and its like write a badge's
 * words in its URL): words a translation translates (`label=neueste%20Version`), not what the link is. Its key stays,
 * its value becomes one mark. The badge's message (`message=MIT`) is its value, and stays.
 */
const TEXT_PARAMETER = /^label=/u

/** A query parameter with a badge's label made one mark (see {@link TEXT_PARAMETER}). */
const withoutText = (parameter: string): string => (TEXT_PARAMETER.test(parameter) ? parameter.replace(/=.*$/u, '=\u2026') : parameter)

/** A single dash: what parts a badge path's label, message and colour (a double dash writes a dash in the text). */
const SINGLE_DASH = /(?<!-)-(?!-)/u

/**
 * The path of a badge drawn from its URL with its label made one mark: `/badge/<label>-<message>-<colour>`
 * (`badge/Translate-UI-white` → `badge/Übersetzen-UI-white`: the label is words a translation translates) or
 * `/badge/<label>/<message>/<colour>`. The message (the badge's value: `MIT`, a version) and colour stay, as does the
 * path up to `badge`. A path whose words after `badge` hold a host or a file (`badge/github.com/…`, a report on a
 * repository) is no badge's text and stays, as does a lone part without a label (`badge/<message>-<colour>`).
 */
function withoutBadgeText(parts: readonly string[]): string[] {
  const at = parts.indexOf('badge')
  const after = parts.slice(at + 1)
  if (at < 0 || after.length === 0 || after.slice(0, -1).some((p) => p.includes('.'))) return [...parts]
  if (after.length > 1) return [...parts.slice(0, at + 1), '\u2026', ...after.slice(1)]
  const pieces = after[0]!.split(SINGLE_DASH)
  return pieces.length < 3 ? [...parts] : [...parts.slice(0, at + 1), ['\u2026', ...pieces.slice(1)].join('-')]
}

/** A file name without the locale tag at the end of its stem (`contributing-zh.md` → `contributing.md`). */
function withoutFileLocale(name: string): string {
  const dot = name.lastIndexOf('.')
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  const m = FILE_LOCALE.exec(stem)
  return m !== null && m.index > 0 && extension !== '' && resolveLanguageTag(m[1]!) !== undefined ? stem.slice(0, m.index) + extension : name
}

/** A page's file as doc sites link it with or without its extension (`./cli.md`, `./cli`, `page.html`). */
function pageOf(segments: string[]): string[] {
  if (segments.length === 0) return segments
  return [...segments.slice(0, -1), segments[segments.length - 1]!.replace(/\.(?:md|mdx|html?)$/iu, '')]
}

/** A folder's page by its folder (`guide/index`, `guide`; `docs/README`, `docs`), as a link to the folder opens it. */
function folderOf(segments: string[]): string[] {
  return segments.length > 1 && /^(?:index|readme)$/iu.test(segments[segments.length - 1]!) ? segments.slice(0, -1) : segments
}

/** Whether a link target's first segment is a host (`docs.site.org/…`) rather than a relative path or file name. */
function hasHost(target: string, first: string): boolean {
  return !/^\.{0,2}\//u.test(target) && first.split('.').length >= 2 && !/\.(?:md|mdx|html?|txt|rst)$/iu.test(first)
}

/**
 * The segments of a link target that name its page, with the marks of a localised copy taken out: no fragment (a
 * heading of the target page, which a localised page names in its own language, `#installation` → `#instalación`;
 * a fragment that starts with `/` is a page's path on a site routed by its hash, `/#/guide/install`, and is kept),
 * no `./` and `../` steps, no locale segment in the path (`/ja/guide/x`, `/lang/pt-br/`), no locale label opening a host of three
 * labels or more (`ja.react.dev`), no locale tag ending a file name (`README.zh-CN.md`), no extension of a page's
 * file (see `pageOf`), no query parameter whose value is a language (`?hl=ja`).
 * @param target A link target as anchors keep it (lower case, without scheme and `www.`).
 */
export function linkSegments(target: string): string[] {
  const page = target.replace(/#(?!\/).*$/u, '')
  const q = page.indexOf('?')
  const [path, query] = q < 0 ? [page, ''] : [page.slice(0, q), page.slice(q + 1)]
  const parts = path.split('/').filter((p) => p !== '' && p !== '.' && p !== '..')
  if (parts.length > 0 && hasHost(target, parts[0]!)) {
    const labels = parts[0]!.split('.')
    if (labels.length >= 3 && LOCALE_SHAPE.test(labels[0]!)) parts[0] = labels.slice(1).join('.')
  }
  const image = imageLink(target, parts)
  const named = image ? withoutBadgeText(withoutLocales(parts)) : withoutLocales(parts)
  // A host alone names a site, not a file.
  const hostOnly = named.length === 1 && hasHost(target, named[0]!)
  if (!hostOnly && named.length > 0) named[named.length - 1] = withoutFileLocale(named[named.length - 1]!)
  const pages = hostOnly ? named : pageOf(named)
  const parameters = query
    .split('&')
    .filter((p) => p !== '' && !localeParameter(p))
    .map((p) => (image ? withoutText(p) : p))
  return parameters.length === 0 ? pages : [...pages, `?${parameters.join('&')}`]
}

/**
 * A link target's page as one key, with the marks of a localised copy taken out (see {@link linkSegments}):
 * `/ja/virtualization/` and `/virtualization/`, `docs/README.de.md` and `docs/README.md` give one key. Translations of
 * a page on a localised site link the localised copies of the pages the original links, so two documents that link the
 * same pages share these keys where their raw targets differ. A target whose page has no segment (a fragment alone)
 * keeps its own form.
 * @param target A link target as anchors keep it (lower case, without scheme and `www.`).
 */
export function pageKey(target: string): string {
  const segments = linkSegments(target)
  return segments.length === 0 ? target : segments.join('/')
}

/**
 * Two link targets that point at the same page as localised documents write them: a relative link rebased from
 * another folder (`how-to-install` and `../../guide/how-to-install`), or the page's localised copy (a locale in the
 * path, host, file name or query: see {@link linkSegments}; `docs/en/build` and `docs/ru/build`, `/guide/x` and
 * `/zh-cn/guide/x`, `react.dev/learn` and `ja.react.dev/learn`, `docs/CONTRIBUTING.md` and `CONTRIBUTING-ZH.md`). The
 * shorter path must be the end of the longer, segment by segment (a folder's `index` or `README` page may be linked
 * by its folder: see `folderOf`), and one of them relative or both on the same host.
 * @param a A link target as anchors keep it (lower case, without scheme and `www.`).
 * @param b Another.
 */
export function sameLink(a: string, b: string): boolean {
  if (a === b) return true
  const [x, y] = [linkSegments(a), linkSegments(b)]
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  if (short.length === 0) return false
  const relative = (p: string[], raw: string): boolean => !hasHost(raw, p[0] ?? '')
  if (!(relative(x, a) || relative(y, b) || x[0] === y[0])) return false
  return endsWith(long, short) || endsWith(...longerFirst(folderOf(x), folderOf(y)))
}

function longerFirst(x: string[], y: string[]): [string[], string[]] {
  return x.length >= y.length ? [x, y] : [y, x]
}

/** Whether path `long` ends with path `short`, segment by segment (`short` not empty). */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  const offset = long.length - short.length
  return short.length > 0 && short.every((s, i) => s === long[offset + i])
}
