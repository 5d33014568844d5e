import type { PlainText } from './plainText.js'
import { isLanguageBar } from './languageBar.js'
import { lineShape } from './lineShape.js'

const LETTER = /\p{L}/gu
const ANY_LETTER = /\p{L}/u
// The last part of a URL's path names a file with an extension (`…/x64/sciter.dll`, `…/app.zip`).
const FILE_PATH = /\/[^/?#]+\.([a-z][a-z0-9]{0,4})(?:[?#]|$)/iu
// A link's scheme and host: a domain's last label (`rustdesk.com`) is not a file's extension.
const SCHEME_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu
// Extensions of pages a reader moves to, not files they take away.
const PAGE_EXTENSION = /^(?:html?|shtml|xhtml|md|mdx|markdown|php|aspx?|jsp)$/iu

/** Whether a link target is a file to download (a library, an archive, an installer), not a page to go to. */
function isFileLink(url: string): boolean {
  const m = FILE_PATH.exec(url.replace(SCHEME_HOST, ''))
  return m !== null && !PAGE_EXTENSION.test(m[1]!)
}

/**
 * Whether a block is a navigation bar: at least three links (a language switcher, a menu) whose visible text is
 * most (60 %) of the block's letters ("Talk to us: Discord | Reddit | YouTube"), or nothing but images (badges, logos)
 * and links around them. A line that ends as a sentence ends ("… [features](…) を提供する開発サーバー。") is prose
 * however many of its words are links: a bar of links is no sentence (a block of several lines is judged as a whole,
 * as a header of a menu, a language bar and a line of thanks is). Links most of which lead to files
 * ("[Windows](…/sciter.dll) | [Linux](…/libsciter-gtk.so) | [macOS](…/libsciter.dylib)") are a download line, whose
 * targets are the content: no navigation either. A language switcher of fewer links is one too (`isLanguageBar`).
 * @param plain The block's plain text.
 * @param page The document's path, where known (a switcher is told by links to the page's own translations).
 */
export function isNavigation(plain: PlainText, page?: string): boolean {
  if (isLanguageBar(plain, page)) return true
  // Fewer than three links: only a block of images and links without letters; its letters need not be counted.
  if (plain.links < 3) return (plain.images > 0 || plain.links > 0) && !ANY_LETTER.test(plain.text)
  const letters = plain.text.match(LETTER)?.length ?? 0
  if (letters > 0 && (plain.linkLetters < 0.6 * letters || (!plain.text.includes('\n') && lineShape(plain.text).terminal))) return false
  const files = plain.anchors.filter((a) => a.kind === 'url' && isFileLink(a.text)).length
  return files * 2 <= plain.links
}
