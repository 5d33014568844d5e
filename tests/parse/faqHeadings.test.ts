import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'

// Real translated pages (tests/fixtures/real, data/docs-dev): whether a section heading asks is a choice each
// translation makes on its own.
const ROOT = resolve(import.meta.dirname, '../..')
const roleOf = (path: string, heading: string): string | undefined => {
  const doc = parseDocument(readFileSync(join(ROOT, path), 'utf8'), { id: path, path })
  return doc.segments.find((s) => s.text.startsWith(heading))?.role
}

describe('section headings read by the majority of their depth', () => {
  it.each([
    // One of the observability primer's sections asks in English, none in Japanese: a section in both.
    ['data/docs-dev/opentelemetry-observability-primer/content/en/docs/concepts/observability-primer.md', 'What is Observability?', 'heading'],
    ['data/docs-dev/opentelemetry-observability-primer/content/ja/docs/concepts/observability-primer.md', 'オブザーバビリティとは何か', 'heading'],
    // Where most sections ask (five of the eight of the English APatch FAQ), each heading is left as it reads.
    ['tests/fixtures/real/apatch-faq/docs/en/faq.md', 'What is APatch?', 'question'],
    ['tests/fixtures/real/apatch-faq/docs/en/faq.md', 'APatch vs KernelSU', 'heading'],
  ])('%s: “%s” is a %s', (path, heading, role) => {
    expect(roleOf(path, heading)).toBe(role)
  })

  it('leaves a heading as it reads where its depth has fewer than three sections or as many ask as not', () => {
    const two = parseDocument('# Guide\n\n## Why this tool?\n\nBecause it is small.\n\n## Install\n\nRun the installer.\n', { id: 'two.md' })
    expect(two.segments.find((s) => s.text === 'Why this tool?')?.role).toBe('question')
    const tie = parseDocument('# Guide\n\n## Why this tool?\n\nBecause it is small.\n\n## Install\n\nRun it.\n\n## Is it free?\n\nYes.\n\n## Usage\n\nCall it.\n', { id: 'tie.md' })
    expect(tie.segments.filter((s) => s.role === 'question').map((s) => s.text)).toEqual(['Why this tool?', 'Is it free?'])
  })
})
