import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { anchorDrift } from '../../src/drift/anchorDrift.js'
import { anchorsOfSegments, mergeAnchors } from '../../src/pivot/pivotAnchors.js'
import type { PivotAnchor, Segment } from '../../src/types.js'

// An excerpt of a public README and its German and Indonesian translations (tests/fixtures/commands; source, commit
// and licence in its README): the translators write the example commands' placeholders in their own language.

const DIR = 'tests/fixtures/commands/art-of-command-line'

function segment(file: string, probe: string, text = readFileSync(join(DIR, file), 'utf8')): Segment {
  const found = parseDocument(text, { id: file, path: join(DIR, file) }).segments.find((s) => s.text.includes(probe))
  if (found === undefined) throw new Error(`no segment with “${probe}” in ${file}`)
  return found
}

/** The code a slot expects when the whole family writes what the English segment writes. */
function expectedCode(s: Segment): PivotAnchor[] {
  return anchorsOfSegments([s])
    .filter((a) => a.kind === 'code')
    .map((a) => ({ kind: a.kind, key: a.normalized, variants: [a.text], support: 1, ...(a.block === true ? { block: a.block } : {}) }))
}

const drift = (expected: PivotAnchor[], s: Segment) => anchorDrift(expected, s.text, { found: anchorsOfSegments([s]) })

describe('commands whose placeholders a translation writes in its own words (real README)', () => {
  it('takes a command with its placeholders translated for the same command', () => {
    // `(cd /some/other/dir && other-command)` → `(cd /irgendein/anderes/verzeichnis && anderer-befehl)` (German),
    // `(cd /direktori/kerja/lainnya && suatu-perintah)` (Indonesian); `some-command >logfile 2>&1` → `suatu-perintah >
    // berkaslog 2>&1`. (A placeholder written as one bare ASCII word, `cp somefile{,.bak}` → `cp datei{,.bak}`, is read
    // as another value: `npm run dev` and `npm run build` must differ.)
    const pairs: Array<[string, string, string]> = [
      ['subshells (written with parentheses)', 'README-de.md', 'Subshells (geschrieben'],
      ['subshells (written with parentheses)', 'README-id.md', 'bagian dalam shell'],
      ['redirect both standard output', 'README-id.md', 'arahkan keluaran standar'],
    ]
    for (const [probe, file, translated] of pairs) {
      const expected = expectedCode(segment('README.md', probe))
      expect(expected.length).toBeGreaterThan(0)
      expect(drift(expected, segment(file, translated)), `${file}: ${translated}`).toMatchObject({ lost: 0, changed: 0 })
    }
    // `<(some command)` → `<(befehl)` keeps no word, option or number of its own, and `ssh somehost` → `ssh
    // andererhost` writes a bare ASCII word for another: both read as other code.
    const diff = drift(expectedCode(segment('README.md', 'process substitution')), segment('README-de.md', 'Die Ausgabe eines Befehls'))
    expect(diff.changedAnchors).toContain('<(some command) → <(befehl)')
  })

  it('still calls a command with an option, a number or its syntax changed a changed one', () => {
    const expected = expectedCode(segment('README.md', 'subshells (written with parentheses)'))
    const text = readFileSync(join(DIR, 'README-de.md'), 'utf8')
    const edit = (from: string, to: string) => drift(expected, segment('README-de.md', 'Subshells (geschrieben', text.replace(from, to)))
    expect(edit('&& anderer-befehl', '|| anderer-befehl').changed).toBeGreaterThanOrEqual(0.5)
    expect(edit('(cd /irgendein', '(ls /irgendein').changed).toBeGreaterThanOrEqual(0.5)
    const strict = expectedCode(segment('README.md', 'In Bash scripts, use set -x'))
    const de = readFileSync(join(DIR, 'README-de.md'), 'utf8').replace('set -euo pipefail', 'set -eu pipefail')
    expect(drift(strict, segment('README-de.md', 'Benutze in Bash-Skripts', de)).changed).toBeGreaterThanOrEqual(0.5)
    // The Indonesian writes `${name:?error message}` as `$(nama_variabel:?pesan kesalahan)`: other syntax, drift.
    const expansion = drift(expectedCode(segment('README.md', 'kinds of variable expansion')), segment('README-id.md', 'pengembangan variabel'))
    expect(expansion.changedAnchors).toContain('${name:?error message} → $(nama_variabel:?pesan kesalahan)')
  })

  it('gathers a command and its translated forms into one expected anchor of the pivot', () => {
    const hosts = [['README.md', 'subshells (written with parentheses)'], ['README-de.md', 'Subshells (geschrieben'], ['README-id.md', 'bagian dalam shell']].map(([f, p]) => segment(f!, p!))
    const code = mergeAnchors(hosts.map((s) => anchorsOfSegments([s])), 3).filter((a) => a.kind === 'code')
    expect(code).toHaveLength(1)
    expect(code[0]!.variants).toHaveLength(3)
  })
})
