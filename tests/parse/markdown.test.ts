import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/index.js'

function fixture(name: string) {
  const path = `tests/fixtures/parse/${name}`
  return segmentDocument(readFileSync(new URL(`../fixtures/parse/${name}`, import.meta.url), 'utf8'), { id: name, path })
}

describe('a Markdown FAQ written for the tests', () => {
  const doc = fixture('faq.md')
  const prose = doc.segments.filter((s) => s.role !== 'code')

  it('takes the front matter title as the title, keeps the front matter as data and drops the repeated heading', () => {
    expect(doc.segments[0]).toMatchObject({ role: 'title', text: 'Frequently asked questions' })
    expect(doc.frontMatter).toEqual({ title: 'Frequently asked questions', footer: false })
    expect(doc.segments.filter((s) => s.text === 'Frequently asked questions')).toHaveLength(1)
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('duplicate-title')
  })

  it('reads a bar of links to other language versions as furniture', () => {
    const bar = doc.segments.find((s) => s.text.includes('Español'))!
    expect(bar.role).toBe('boilerplate')
    expect(bar.anchors?.map((a) => a.text)).toContain('README.es.md')
  })

  it('drops HTML comments and tags, front matter keys and heading ids from every segment text', () => {
    for (const s of prose) {
      expect(s.text).not.toMatch(/<!--|<\/?[a-z]+[^>]*>|\{#|footer:|:::|```/u)
    }
  })

  it('keeps a heading id on the segment', () => {
    expect(doc.segments.find((s) => s.slug === 'who-maintains-vue')).toMatchObject({ role: 'question', text: 'Who maintains Vue?' })
  })

  it('makes each code block one code segment with no sentences and keeps inline code as an anchor', () => {
    const code = doc.segments.filter((s) => s.role === 'code')
    expect(code).toEqual([expect.objectContaining({ text: 'npm install vue\napt install foo', codeLanguage: 'bash', sentences: [] })])
    expect(doc.segments.find((s) => s.text.includes('createApp()'))?.anchors).toContainEqual({ kind: 'code', text: 'createApp()' })
  })

  it('keeps link targets as anchors, not text', () => {
    const answer = doc.segments.find((s) => s.text.includes('Evan You'))!
    expect(answer.text).not.toContain('twitter.com')
    expect(answer.anchors).toContainEqual({ kind: 'url', text: 'https://twitter.com/youyuxi' })
  })

  it('reads soft line breaks as spaces: no sentence ends at a line break of the source', () => {
    const answer = doc.segments.find((s) => s.text.includes('Evan You'))!
    expect(answer.sentences.map((s) => s.text)).toEqual(['Vue is an independent, community-driven project.', 'It was created by Evan You in 2014 as a personal side project.'])
    expect(doc.segments.some((s) => s.text.includes('you want to mirror:'))).toBe(true)
    expect(doc.segments.some((s) => s.text === 'mirror:')).toBe(false)
  })

  it('finds question headings, a <summary> and a bold question as question turns with their answers', () => {
    const turns = doc.segments.filter((s) => s.role === 'question' || s.role === 'answer').map((s) => `${s.role[0]}${s.turn}`)
    // Each paragraph under a question heading is an answer segment of its turn.
    expect([...new Set(turns)]).toEqual(['q1', 'a1', 'q2', 'a2', 'q3', 'a3', 'q4', 'a4'])
    expect(turns.filter((t) => t === 'a2').length).toBeGreaterThan(1)
    expect(doc.segments.filter((s) => s.role === 'question').map((s) => s.text)).toEqual(['Who maintains Vue?', 'How do I install it?', 'Is it free?', 'Can I use it with TypeScript?'])
  })

  it('makes table rows part of the answer they stand in, one line each', () => {
    const answer = doc.segments.filter((s) => s.role === 'answer' && s.turn === 2).map((s) => s.text)
    expect(answer).toContain('Name | Value')
    expect(answer).toContain('a | 1')
  })

  it('opens :::-containers and keeps their content', () => {
    expect(doc.segments.filter((s) => s.role === 'answer' && s.turn === 4).map((s) => s.text)).toContain('A tip inside a container.')
  })

  it('gives every sentence offsets that point at its text', () => {
    for (const s of prose) for (const sentence of s.sentences) expect(doc.text.slice(sentence.start, sentence.end).replace(/\s+/gu, ' ')).toContain(sentence.text.split(' ')[0])
  })
})

describe('question headings', () => {
  it.each([
    ['## ¿Quién mantiene Vue?', 'question'],
    ['## Кто поддерживает Vue? {#who-maintains-vue}', 'question'],
    ['## 谁在维护 Vue？', 'question'],
    ['## من يدير المشروع؟', 'question'],
    ['## Ποιος συντηρεί το Vue;', 'question'],
    ['## Installation', 'heading'],
    ['## Step 1; install', 'heading'],
  ])('reads %s as a %s', (heading, role) => {
    const doc = segmentDocument(`# Title\n\n${heading}\n\nSome answer text that explains it.\n`, { path: 'x.md' })
    expect(doc.segments[1]!.role).toBe(role)
    expect(doc.segments[1]!.text).not.toContain('{#')
  })
})

describe('plain text', () => {
  it('joins hard-wrapped lines and keeps sentences whole', () => {
    const doc = fixture('hard-wrapped.txt')
    expect(doc.segments.map((s) => s.role)).toEqual(['title', 'body', 'body'])
    expect(doc.segments[1]!.sentences.map((s) => s.text)).toContain('It goes on for a while so that there are several lines of similar width.')
  })

  it('does not take a short line ending with a colon for a heading', () => {
    const doc = segmentDocument('A title\n\nSome running text that says something.\n\nThen do these two things in order:\n\nRun the tool and wait until it is done.\n', { path: 'x.txt' })
    expect(doc.segments.map((s) => s.role)).toEqual(['title', 'body', 'body', 'body'])
  })
})

describe('hostile nesting', () => {
  it('parses 10,000 nested quotes without overflowing the stack', () => {
    const doc = segmentDocument(`${'> '.repeat(10_000)}deep text here.`, { path: 'deep.md' })
    expect(doc.segments.map((s) => s.text)).toEqual(['deep text here.'])
  })
})

describe('furniture and introductions in Markdown', () => {
  const text = [
    '<p align="center">',
    '  <a href="#build">Build</a> • <a href="#docker">Docker</a> • <a href="#faq">FAQ</a><br>',
    '  A remote desktop tool that works out of the box, with no configuration at all.',
    '</p>',
    '',
    'Chat with us: [Discord](https://discord.gg/x) | [Reddit](https://reddit.com/r/x) | [YouTube](https://youtube.com/x)',
    '',
    '> [!NOTE]',
    '> Read this before you build anything.',
    '',
    'Please note:',
    '',
    'The first build takes a while because nothing is cached yet.',
    '',
    'Build the container:',
    '',
    '```sh',
    'docker build -t builder .',
    '```',
  ].join('\n')
  const doc = segmentDocument(text, { path: 'README.md' })
  const role = (needle: string) => doc.segments.find((s) => s.text.includes(needle))?.role

  it('sets a line of links in an HTML block apart from the prose beside it', () => {
    expect(role('Build • Docker • FAQ')).toBe('boilerplate')
    expect(role('A remote desktop tool')).not.toBe('boilerplate')
  })

  it('takes a line that is mostly links for furniture', () => {
    expect(role('Chat with us')).toBe('boilerplate')
  })

  it('drops GitHub alert markers', () => {
    expect(doc.segments.some((s) => s.text.includes('[!NOTE]'))).toBe(false)
    expect(role('Read this before you build anything.')).toBe('body')
  })

  it('keeps a short line ending with a colon as prose when it introduces what follows', () => {
    expect(role('Please note:')).not.toBe('boilerplate')
    expect(role('Build the container:')).not.toBe('boilerplate')
  })
})

describe('labelled questions and answers in Markdown', () => {
  it('reads **Q:** / **A:** lines written without a blank line between them as turns', () => {
    const doc = segmentDocument('# FAQ\n\n**Q:** How do I start the server?\n**A:** Run it from the command line, then wait.\n\n**Q:** Can I stop it?\n**A:** Yes, press the stop button.\n', { path: 'faq.md' })
    expect(doc.segments.map((s) => `${s.role}${s.turn ?? ''}`)).toEqual(['title', 'question1', 'answer1', 'question2', 'answer2'])
    expect(doc.segments[1]).toMatchObject({ marker: 'Q', text: 'How do I start the server?' })
  })
})
