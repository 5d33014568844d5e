import { describe, expect, it } from 'vitest'
import { linkSegments, sameLink } from '../../src/align/anchors/sameLink.js'

describe('sameLink: a page and its localised copy', () => {
  it('reads a locale announced by a folder word (`/lang/pt-br/`) as the locale alone is read', () => {
    // conventionalcommits.org's specification links SemVer's summary: the English `http://semver.org/#summary`, the
    // Brazilian Portuguese translation `https://semver.org/lang/pt-BR/#sumário`, SemVer's own page in its language
    // (anchors keep links lower case, without scheme and `www.`).
    expect(linkSegments('semver.org/lang/pt-br/#sumário')).toEqual(['semver.org'])
    expect(sameLink('semver.org/#summary', 'semver.org/lang/pt-br/#sumário')).toBe(true)
    expect(sameLink('semver.org/#summary', 'semver.org/lang/zh-cn/')).toBe(true)
    expect(sameLink('/docs/guide/', '/locale/ja/docs/guide/')).toBe(true)
  })

  it('keeps a folder word that announces no locale, and another page after the locale', () => {
    expect(sameLink('semver.org/#summary', 'semver.org/lang/')).toBe(false)
    expect(sameLink('semver.org/', 'semver.org/lang/pt-br/spec')).toBe(false)
    expect(linkSegments('example.com/language/rust')).toEqual(['example.com', 'language', 'rust'])
  })
})

// Badges write their words in their URLs: Tabby's README and its German translation (Eugeny/tabby, MIT:
// README.md, README.de-DE.md) and Puter's README and its translations (HeyPuter/puter, doc/i18n/README.*.md) draw the
// same badge with its label translated (anchors keep links lower case, without scheme and `www.`).
describe('sameLink: the text a badge shows is no part of the link', () => {
  const release = 'img.shields.io/github/v/release/heyputer/puter?label='
  it.each([
    [`${release}latest%20version`, `${release}neueste%20version`],
    [`${release}latest%20version`, `${release}derni%c3%a8re%20version`],
    [`${release}latest%20version`, `${release}%e6%9c%80%e6%96%b0%e3%83%90%e3%83%bc%e3%82%b8%e3%83%a7%e3%83%b3`],
    [
      'shields.io/badge/translate-ui-white?logo=googletranslate&style=for-the-badge&color=white&logocolor=fff',
      'shields.io/badge/übersetzen-ui-white?logo=googletranslate&style=for-the-badge&color=white&logocolor=fff',
    ],
    ['badgen.net/badge/stars/many/blue', 'badgen.net/badge/sterne/many/blue'],
    ['img.shields.io/static/v1?label=license&message=mit&color=white', 'img.shields.io/static/v1?label=lizenz&message=mit&color=white'],
  ])('%s = %s', (a, b) => {
    expect(sameLink(a, b)).toBe(true)
    expect(sameLink(b, a)).toBe(true)
  })

  it.each([
    // What the badge is of, its colour, extension and other parameters stay the link's.
    [`${release}latest%20version`, 'img.shields.io/github/v/release/heyputer/putes?label=latest%20version'],
    [`${release}latest%20version`, `${release}latest%20version&include_prereleases`],
    ['shields.io/badge/translate-ui-white?logo=googletranslate', 'shields.io/badge/translate-ui-whitf?logo=googletranslate'],
    ['img.shields.io/badge/license-mit-brightgreen.svg', 'img.shields.io/badge/license-mit-brightgreen.svh'],
    ['shields.io/badge/translate-ui-white?logo=googletranslate', 'shields.io/badge/translate-ui-white?logo=twitter'],
    // A badge's message is its value: another licence, another word shown.
    ['img.shields.io/static/v1?label=license&message=mit&color=white', 'img.shields.io/static/v1?label=license&message=apache&color=white'],
    ['img.shields.io/badge/license-mit-brightgreen.svg', 'img.shields.io/badge/license-apache-brightgreen.svg'],
    ['shields.io/badge/-nightly%20builds-orange', 'shields.io/badge/-weekly%20builds-orange'],
    ['badgen.net/badge/stars/many/blue', 'badgen.net/badge/stars/few/blue'],
    // Words after `badge` that hold a host name what a report is on: no badge text.
    ['goreportcard.com/badge/github.com/owner/project', 'goreportcard.com/badge/github.com/other/project'],
    // Links that draw no image keep their labels and paths: a list of issues by label, pages on a badge component,
    // a repository named so.
    ['github.com/heyputer/puter/issues?label=bug', 'github.com/heyputer/puter/issues?label=docs'],
    ['chakra-ui.com/docs/components/badge/theming-props', 'chakra-ui.com/docs/components/badge/usage-props'],
    ['github.com/owner/badge/tree/main/src/x.md', 'github.com/owner/badge/tree/main/lib/x.md'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameLink(a, b)).toBe(false)
    expect(sameLink(b, a)).toBe(false)
  })
})
