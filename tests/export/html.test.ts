import { describe, expect, it } from 'vitest'
import { datasetFiles, toHtml, toHtmlPages } from '../../src/index.js'
import { fixtureDataset } from './fixture.js'

describe('toHtml', () => {
  it('is one self-contained file: inline style and script, no link, import or remote URL', () => {
    const html = toHtml(fixtureDataset())
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('<style>')
    expect(html.match(/<script>/gu)).toHaveLength(1)
    expect(html).not.toMatch(/<script src|<link|@import|url\(|https?:\/\//u)
  })

  it('escapes every text it shows, in content and attributes', () => {
    const dataset = fixtureDataset()
    const kk = dataset.documents.find((d) => d.id === 'corpus/interview.kk.txt')!
    kk.segments[2]!.text = '<img src=x onerror=alert(1)> & "q"'
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

  it('gives every slot group and sentence pair an id that is its link, and sets the direction of every text', () => {
    const dataset = fixtureDataset({ level: 'sentence' })
    const html = toHtml(dataset)
    for (const row of dataset.alignments[0]!.rows) expect(html).toContain(`<tbody class="slot paired" id="family-1/${row.slot}"`)
    for (const unit of dataset.units) expect(html).toContain(`<tr class="pair" id="${unit.id}"`)
    for (const unit of dataset.units) expect(html).toContain(`href="#${unit.id}"`)
    expect(html.match(/<div class="text" dir="auto" lang="km">/gu)).toHaveLength(dataset.units.length)
  })
})

describe('toHtmlPages', () => {
  it('is the one page of toHtml while it fits', () => {
    const dataset = fixtureDataset()
    expect(toHtmlPages(dataset)).toEqual([{ name: 'report.html', content: toHtml(dataset) }])
    expect(datasetFiles(dataset, ['html'])).toEqual([{ name: 'report.html', content: toHtml(dataset) }])
  })

  it('splits a report over the page size into an index linking to one page per family', () => {
    const dataset = fixtureDataset()
    const pages = toHtmlPages(dataset, 'report.html', { maxPageBytes: 1000 })
    expect(pages.map((p) => p.name)).toEqual(['report.html', 'report-family-1.html'])
    const [index, family] = pages
    expect(index!.content).toContain('<a href="report-family-1.html#family-1" data-family-page="family-1">family-1</a>')
    expect(index!.content).not.toContain('<table class="alignment"')
    expect(index!.content).toContain('Documents without a parallel')
    expect(family!.content).toContain('<table class="alignment" data-family="family-1">')
    expect(family!.content).toContain('<a href="report.html">')
  })
})

describe('toHtml language pairs', () => {
  it('lists every language pair of a family with the units it keeps, its gaps and mean confidence, the source marked', async () => {
    const { familyPairs } = await import('../../src/index.js')
    const dataset = fixtureDataset()
    const html = toHtml(dataset)
    const pairs = familyPairs(dataset, { pairs: 'all' }).filter((p) => p.family === 'family-1')
    expect(pairs.length).toBeGreaterThan(0)
    expect(html).toContain('<table class="pairs">')
    for (const pair of pairs) expect(html).toMatch(new RegExp(`<td>${pair.units.length}</td><td>${pair.gaps}</td>`, 'u'))
    expect(html).toMatch(/<th scope="row">[^<]*\(source\)[^<]*<\/th>/u)
  })
})
