/**
 * A key's name written in words (`Shift`, `Down arrow`, `Pfeil nach unten`, `Retour arrière`, `下矢印`), which
 * translations write in the reader's words. Labels open with a capital (or a letter of a script without case), unlike the identifiers of an
 * expression (`count+offset`). A single character (`C`, `;`, `5`) is the key itself and stays.
 */
const KEY_NAME = /^(?!\p{Ll})\p{L}[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,3}$/u

/** Keys of a chord and what joins them: `+` between keys pressed together, `/` between alternatives (`Cmd/Ctrl+;`). */
function chordParts(code: string): string[] | undefined {
  const parts = code.trim().split(/\s*([+/])\s*/u)
  if (!parts.includes('+') || parts.some((p) => p === '')) return undefined
  return parts
}

/** Lower-case words of a key's name. */
const wordsOf = (name: string): string[] => name.toLowerCase().split(' ')

/**
 * Whether two names of one key read as one name in two languages: they share no word, and one of them is a phrase or
 * holds letters outside ASCII (`Down arrow` and `Pfeil nach unten`, `Backspace` and `Retour arrière`). Two single
 * ASCII words (`Left` and `Right`, `Enter` and `Tab`, `Shift` and `Alt`) are two keys, and names sharing a word
 * (`Down arrow` and `Up arrow`) two keys named in one language.
 */
function translatedName(x: string, y: string): boolean {
  if (!KEY_NAME.test(x) || !KEY_NAME.test(y)) return false
  const [wx, wy] = [wordsOf(x), wordsOf(y)]
  if (wx.some((w) => wy.includes(w))) return false
  return wx.length > 1 || wy.length > 1 || /[^\x00-\x7f]/u.test(x + y)
}

/**
 * Whether two pieces of code are one key chord with its keys named in two languages (`Alt+Down arrow` and
 * `Alt+Flèche bas`, `Cmd+Backspace` and `Cmd+Retour arrière`, `Shift+Up arrow` and `Shift+Flecha arriba`): the same
 * keys joined by the same marks, each the same or its name translated (see {@link translatedName}), and at least one
 * key kept. A key written as one character (`Ctrl+C` and `Ctrl+V`) or named by one ASCII word (`Alt+Left` and
 * `Alt+Right`) must stay, so a modifier a keyboard labels otherwise (`Strg` for `Ctrl`, `Maj` for `Shift`) still
 * reads as another key. Chosen on the key chords of Obsidian's help pages (obsidianmd/obsidian-help `fa179e9`, the
 * English "Properties" page beside the German, French and Spanish ones); dev holds no pair of code it changes.
 * @param a Code.
 * @param b Other code.
 */
export function sameChord(a: string, b: string): boolean {
  const [x, y] = [chordParts(a), chordParts(b)]
  if (x === undefined || y === undefined || x.length !== y.length) return false
  let kept = false
  for (let k = 0; k < x.length; k++) {
    if (x[k] === y[k]) {
      // A key kept (not the marks between them).
      kept ||= k % 2 === 0
      continue
    }
    if (k % 2 === 1 || !translatedName(x[k]!, y[k]!)) return false
  }
  return kept
}
