import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus, parseDocument } from '../../src/index.js'
import type { Dataset, DriftReason } from '../../src/types.js'
import { roleDrift, speaksInTurns } from '../../src/drift/roleDrift.js'

// Real translated FAQs as they are (tests/fixtures/real, data/docs-dev): each asks its questions in headings, which
// some languages phrase as questions and others do not.
const REAL = resolve(import.meta.dirname, '../fixtures/real')
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

/** The role reasons of score ≥ 0.5 of every document of the run. */
function strongRoles(dataset: Dataset): Array<{ document: string; reason: DriftReason }> {
  return dataset.drift.flatMap((r) => r.slots.flatMap((s) => s.reasons).filter((x) => x.code === 'role' && x.score >= 0.5).map((reason) => ({ document: r.document, reason })))
}

describe('the role code on real translated FAQs', () => {
  it('does not take a heading that asks in one language and states in another for a lost question', async () => {
    // The Chinese APatch FAQ asks "APatch与KernelSU的区别？" where the others title "APatch vs KernelSU"; the Japanese
    // Starship FAQ writes "Starshipをアンインストールしたい" ("I want to uninstall Starship") for "How do I uninstall
    // Starship?"; the Japanese OpenTelemetry primer "オブザーバビリティとは何か" without a question mark. And the
    // Japanese KernelSU FAQ, which asks one question the others do not and lacks two, has its turns slid by one
    // there: the missing and added turns say so, not a role each.
    const dataset = await alignCorpus([resolve(REAL, 'apatch-faq'), resolve(DEV, 'starship-faq'), resolve(DEV, 'opentelemetry-observability-primer'), resolve(REAL, 'kernelsu-faq')], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(4)
    expect(strongRoles(dataset).map((x) => `${x.document}: ${x.reason.message}`)).toEqual([])
  }, 300_000)

  it('still reports a question that lost its speaker marker or became a statement in a dialogue', () => {
    const dialogue = parseDocument('# Interview\n\nQ: Why did you leave?\n\nA: I wanted to see the sea.\n\nQ: And then?\n\nA: I stayed.\n', { id: 'talk.md' })
    const segments = dialogue.segments.filter((s) => s.role === 'question' || s.role === 'answer')
    expect(speaksInTurns(segments)).toBe(true)
    const slot = { id: 'q-2', role: 'question' as const, anchors: [], share: 0.2 }
    const statement = { ...segments[2]!, text: 'And then.' }
    expect(roleDrift(slot, [statement], true, 'slot q-2')?.score).toBe(0.5)
    expect(roleDrift(slot, [{ ...statement, marker: undefined }], true, 'slot q-2')?.score).toBe(1)
    expect(roleDrift(slot, [{ ...segments[2]!, role: 'body' }], true, 'slot q-2')?.score).toBe(1)
    // The same paragraph read as a heading outside a dialogue is a heading phrased otherwise.
    expect(roleDrift(slot, [{ ...segments[2]!, role: 'heading', marker: undefined }], false, 'slot q-2')).toBeUndefined()
  })

  it('reads a document as a dialogue by the turns of both speakers, not by markers on one side', () => {
    // The German interview of the pair fixtures (PUD sentences as Q:/A: turns): both speakers mark their turns.
    const path = resolve(import.meta.dirname, '../fixtures/pairs/interview.de.txt')
    const segments = parseDocument(readFileSync(path, 'utf8'), { id: 'interview.de.txt', path }).segments
    expect(segments.filter((s) => s.role === 'question' && s.marker !== undefined).length).toBeGreaterThan(1)
    expect(speaksInTurns(segments)).toBe(true)
    // Its questions without their markers: the answers' markers alone are no exchange of turns.
    const unasked = segments.map((s) => (s.role === 'question' ? { ...s, marker: undefined } : s))
    expect(unasked.some((s) => s.role === 'answer' && s.marker !== undefined)).toBe(true)
    expect(speaksInTurns(unasked)).toBe(false)
    expect(speaksInTurns(segments.filter((s) => s.role !== 'answer'))).toBe(false)
  })
})
