import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { anchorDrift } from '../../src/drift/anchorDrift.js'
import { consensusSlots } from '../../src/pivot/consensusSlots.js'
import { anchorsOfSegments } from '../../src/pivot/pivotAnchors.js'
import type { SlotObservations } from '../../src/pivot/slotObservations.js'
import type { Segment } from '../../src/types.js'

// opensource.guide's "Open Source Metrics" page (data/docs-fresh, a dev set; source and licence in its README): the
// English, Arabic and Bulgarian pages link GitHub's blog post on response times in one paragraph; the Belarusian,
// German and Japanese pages translate an older paragraph without the link.

const page = (lang: string): string => join('data/docs-fresh/opensource-guide/_articles', lang, 'metrics.md')

/** The paragraph of a page that holds a probe (the page's text edited by `edit`). */
function paragraph(lang: string, probe: string, edit = (text: string): string => text): Segment {
  const path = page(lang)
  const found = parseDocument(edit(readFileSync(path, 'utf8')), { id: path, path }).segments.find((s) => s.text.includes(probe))
  if (found === undefined) throw new Error(`no segment with “${probe}” in ${path}`)
  return found
}

const LINK = 'https://github.blog/2023-07-19-metrics-for-issues-pull-requests-and-discussions/'

describe('anchors the hub holds, confirmed by translations rather than by documents', () => {
  const en = paragraph('', 'Consider tracking how long')
  const ar = paragraph('ar', 'ضع في اعتبارك')
  const bg = paragraph('bg', 'Помислете за проследяване')
  const stale = [paragraph('be', 'Адсочвайце, колькі часу'), paragraph('de', 'Überlegen Sie, wie lange es dauert'), paragraph('ja', 'イシューに対してでもプルリクエストに対してでも')]
  // A second version of each translation (the Arabic and the stale ones as they are, the Bulgarian with the link
  // changed in one letter): eleven documents, six languages.
  const changed = paragraph('bg', 'Помислете за проследяване', (text) => text.replace(LINK, LINK.replace('discussions', 'discussiont')))
  const members = [en, ar, ...stale, bg, ar, ...stale, changed]
  const languages = ['eng', 'ara', 'bel', 'deu', 'jpn', 'bul', 'ara', 'bel', 'deu', 'jpn', 'bul']
  const observed: SlotObservations = { roles: members.map((s) => s.role), shares: members.map(() => 1), anchors: members.map((s) => anchorsOfSegments([s])), sentences: members.map(() => 3), paragraphs: members.map(() => 1) }

  it('expects the link two other translations confirm, however many versions of the stale ones there are', () => {
    const [slot] = consensusSlots([en], ['body-1'], [observed], members.length, false, languages)
    const link = slot!.anchors.find((a) => a.kind === 'url')
    expect(link?.key).toContain('github.blog')
    // Held by fewer than half: a translation without it has not lost it…
    expect(link!.support).toBeLessThan(0.5)
    expect(anchorDrift(slot!.anchors, stale[1]!.text, { found: anchorsOfSegments([stale[1]!]) }).lost).toBe(0)
    // …but one that writes another address in its place changed it.
    const drift = anchorDrift(slot!.anchors, changed.text, { found: anchorsOfSegments([changed]) })
    expect(drift.changed).toBeGreaterThanOrEqual(0.5)
    expect(drift.changedAnchors.join(' ')).toContain('discussiont')
  })

  it('keeps the documents count when no language is known', () => {
    const [slot] = consensusSlots([en], ['body-1'], [observed], members.length)
    expect(slot!.anchors.some((a) => a.kind === 'url' && a.key.includes('github.blog'))).toBe(false)
  })
})
