import { describe, expect, it } from 'vitest'
import { extractAnchors } from '../../src/align/anchors/extractAnchors.js'
import { nameSkeleton } from '../../src/align/anchors/nameSkeleton.js'
import { scaleAfter } from '../../src/align/anchors/numberScale.js'

// URLs, e-mails and numbers are searched only in texts that hold what each of them needs (`://` or `www.`, an `@`, a
// digit), and scale words only after a number followed by a letter: what is found must not change.
describe('anchors searched where they can be', () => {
  const kinds = (text: string): string[] => extractAnchors(text, { latin: true }).map((a) => `${a.kind}:${a.normalized}`)

  it('finds URLs in any case, e-mails and numbers, and nothing in a text without them', () => {
    expect(kinds('See WWW.Example.COM/docs or HTTPS://paracorpus.dev, write to team.lead@example.org')).toEqual(['url:example.com/docs', 'url:paracorpus.dev', 'email:team.lead@example.org'])
    expect(kinds('In ٢٠٢١ they sold 1,5 MILLION copies.')).toEqual(['number:2021', 'number:1500000', 'name:milion'])
    expect(kinds('no anchor here at all')).toEqual([])
  })

  it('reads a scale only when a letter follows the number, in any case and script', () => {
    expect(scaleAfter(' Million')).toBe(6)
    expect(scaleAfter('\u00a0млрд')).toBe(9)
    expect(scaleAfter('万人')).toBe(4)
    expect(scaleAfter(' % more')).toBe(0)
    expect(scaleAfter(', million')).toBe(0)
  })

  it('reduces a word to the same skeleton every time', () => {
    const word = ['Dzh', 'ugashvili'].join('')
    expect(nameSkeleton(word)).toBe('jugashvili')
    expect(nameSkeleton('Dzhugashvili')).toBe(nameSkeleton(word))
    expect(nameSkeleton('Джугашвили')).toBe('jugashvili')
  })
})
