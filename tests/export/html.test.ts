import { describe, expect, it } from 'vitest'
import { toHtml } from '../../src/index.js'
import { fixtureDataset } from './fixture.js'

describe('toHtml', () => {
  it('is one self-contained file: inline style, no script, link or remote URL', () => {
    const html = toHtml(fixtureDataset())
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link|@import|url\(|https?:\/\//u)
  })

  it('escapes every text it shows, in content and attributes', () => {
    const dataset = fixtureDataset()
    dataset.units[2]!.texts['corpus/interview.kk.txt'] = '<img src=x onerror=alert(1)> & "q"'
    dataset.drift[1]!.slots[2]!.reasons = [{ code: 'length', slot: 'q-1', score: 0.5, message: '"><b>bold</b>' }]
    dataset.verdicts[1]!.reasons = ['<i>why</i>']
    const html = toHtml(dataset)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>bold')
    expect(html).not.toContain('<i>why')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; "q"')
    expect(html).toContain('title="drift 0.08&#10;length: &quot;&gt;&lt;b&gt;bold&lt;/b&gt;"')
  })

  it('is deterministic', () => {
    expect(toHtml(fixtureDataset())).toBe(toHtml(fixtureDataset()))
  })
})
