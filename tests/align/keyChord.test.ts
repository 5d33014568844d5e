import { describe, expect, it } from 'vitest'
import { sameCode } from '../../src/align/anchors/sameCode.js'
import { anchorDrift } from '../../src/drift/anchorDrift.js'
import type { PivotAnchor } from '../../src/types.js'

// Key chords in inline code as the translations of Obsidian's help pages write them (obsidianmd/obsidian-help
// `fa179e9`, "Properties": the English beside the German, French and Spanish pages): a key named in words is
// translated (`Down arrow` → `Pfeil nach unten`, `Flèche bas`, `Flecha abajo`).
describe('a key chord written with the reader\'s key names', () => {
  it.each([
    ['Alt+Down arrow', 'Alt+Pfeil nach unten'],
    ['Alt+Down arrow', 'Alt+Flèche bas'],
    ['Cmd+Backspace', 'Cmd+Retour arrière'],
    ['Shift+Up arrow', 'Shift+Flecha arriba'],
  ])('%s and %s are the same code', (a, b) => {
    expect(sameCode(a, b)).toBe(true)
  })

  it.each([
    ['Ctrl+C', 'Ctrl+V', 'another key written as its character'],
    ['Ctrl+C', 'Strg+V', 'a localised modifier but another key'],
    ['Cmd+Shift+Z', 'Cmd+Z', 'a key left out'],
    ['count+offset', 'count+index', 'identifiers of an expression, not key labels'],
    ['Ctrl+Shift+P', 'Ctrl/Shift+P', 'keys joined otherwise'],
    ['Alt+Left', 'Alt+Right', 'another key named by one word'],
    ['Ctrl+Enter', 'Ctrl+Tab', 'another key named by one word'],
    ['Ctrl+Shift+Z', 'Ctrl+Alt+Z', 'another modifier'],
    ['Alt+Down arrow', 'Alt+Up arrow', 'another key named in the same words'],
    ['Ctrl+C', 'Strg+C', 'a modifier a keyboard labels otherwise: not told from another key'],
  ])('%s and %s are other code (%s)', (a, b) => {
    expect(sameCode(a, b)).toBe(false)
  })

  it('reports no changed anchor where a translation names the keys as its keyboard does', () => {
    const chord = (key: string): PivotAnchor => ({ kind: 'code', key, variants: [key], support: 1 })
    const expected = [chord('Alt+Down arrow'), chord('Cmd+Backspace')]
    const drift = anchorDrift(expected, 'Alt+Flèche bas, puis Cmd+Retour arrière.', { found: [
      { kind: 'code', text: 'Alt+Flèche bas', normalized: 'Alt+Flèche bas' },
      { kind: 'code', text: 'Cmd+Retour arrière', normalized: 'Cmd+Retour arrière' },
    ] })
    expect(drift.changedAnchors).toEqual([])
    expect(drift.lost + drift.changed).toBe(0)
  })
})
