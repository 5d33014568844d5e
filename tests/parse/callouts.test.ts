import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/index.js'

// Obsidian's callouts and wikilinks as its help vault writes them (`> [!type] Title`, `> [!faq]-`, `[[Page|text]]`,
// `![[image.png]]`; lines modelled on the vault's "Callouts" page, obsidianmd/obsidian-help, which states no licence,
// so none is copied whole), and a multi-line element whose attributes are expressions, as a Docusaurus MDX page
// writes one (`<video src={useBaseUrl("…")}`: lines of mshibanami/redirect-web's `docs/mdm-settings.mdx` at
// 9ad28d8da89430e0b359427c1762f5a330bb397e, MIT, © 2024 Manabu Nakazawa).
const VAULT = [
  '---',
  'permalink: callouts',
  '---',
  'Use callouts to add content without breaking the flow of your notes.',
  '',
  '> [!tip] Callouts can have custom titles',
  '> Like this one, which links [[Internal links|Wikilinks]] and [[#Supported types]].',
  '> ![[Engelbart.jpg]]',
  '',
  'A paragraph after the callout.',
  '',
  '> [!faq]- Are callouts foldable?',
  '> Yes! Folded callouts hide their content.',
  '',
  '> [!abstract]-',
  '> ```md',
  '> > [!abstract]',
  '> ```',
  '',
  'The last paragraph.',
].join('\n')

const MDX = [
  '# MDM Settings for Admins',
  '',
  'RedirectWeb supports Apple\'s Managed App Configuration.',
  '',
  '## Demo',
  '',
  '<video',
  '  src={useBaseUrl("/videos/mdm-settings-demo.mov")}',
  '  title="MDM Settings Demo"',
  '  autoPlay',
  '></video>',
  '',
  'The plist file used in the video is available as **[sample-mdm.plist](/misc/sample-mdm.plist)**.',
].join('\n')

describe('callouts and wikilinks', () => {
  const doc = segmentDocument(VAULT, { id: 'callouts.md', path: 'en/Callouts.md' })
  const texts = doc.segments.map((s) => s.text)

  it('keeps a callout where it is written, in the order of the page', () => {
    const title = doc.segments.find((s) => s.text === 'Callouts can have custom titles')
    expect(title?.place.start.line).toBe(6)
    const lines = doc.segments.map((s) => s.place.start.line)
    expect([...lines].sort((a, b) => a - b)).toEqual(lines)
  })

  it('reads a callout title as a line of its own, without its type marker', () => {
    expect(texts).toContain('Callouts can have custom titles')
    expect(texts.some((t) => t.startsWith('Like this one'))).toBe(true)
    expect(doc.segments.filter((s) => s.role !== 'code').some((s) => /\[!\w+\]/u.test(s.text))).toBe(false)
    const question = doc.segments.find((s) => s.text === 'Are callouts foldable?')
    expect(question?.role).toBe('question')
  })

  it('shows a wikilink by its text and drops an embed', () => {
    const body = texts.find((t) => t.startsWith('Like this one'))
    expect(body).toBe('Like this one, which links Wikilinks and Supported types.')
    expect(texts.some((t) => t.includes('[[') || t.includes('Engelbart'))).toBe(false)
  })

  it('leaves brackets after a word as they are (an index, not a link)', () => {
    const code = segmentDocument('# Arrays\n\nThe first cell is m[[0]] in that notation.\n', { id: 'a.md' })
    expect(code.segments.map((s) => s.text)).toContain('The first cell is m[[0]] in that notation.')
  })
})

describe('an MDX element with expression attributes over several lines', () => {
  it('stays at its place after the heading it follows', () => {
    const doc = segmentDocument(MDX, { id: 'mdm-settings.mdx', path: 'docs/mdm-settings.mdx' })
    const lines = doc.segments.map((s) => s.place.start.line)
    expect([...lines].sort((a, b) => a - b)).toEqual(lines)
    expect(doc.segments[0]!.text).toBe('MDM Settings for Admins')
  })
})
