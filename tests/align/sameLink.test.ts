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
