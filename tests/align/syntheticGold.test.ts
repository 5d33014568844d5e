import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { perturb, splitPoint } from '../../scripts/align/synthetic.js'

// Real Chinese and Hindi sentences of the PUD fixture (README there): Chinese has no space to split at.
const dir = join(import.meta.dirname, '../fixtures/pud-corpus')
const sentencesOf = (file: string): string[] =>
  readFileSync(join(dir, file), 'utf8')
    .split(/(?<=[。！？])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '')
const chinese = sentencesOf('a01.zh.txt')
const hindi = readFileSync(join(dir, 'a01.hi.txt'), 'utf8').split(/(?<=[।?!])\s+|\n+/u).filter((s) => s.trim() !== '')

describe('synthetic gold (perturb)', () => {
  it('keeps a unit drawn for a split that has no cut point one to one instead of swapping it with its neighbour', () => {
    const units = chinese.map((t, k): [string, string] => [hindi[k % hindi.length] ?? '', t])
    expect(units.length).toBeGreaterThan(10)
    expect(units.every(([, t]) => splitPoint(t) < 0)).toBe(true)
    const pair = perturb(units, 7, { deletion: 0, insertion: 0, merge: 0, split: 0.5, swap: 0 }, { join: '' })
    expect(pair.gold.map((b) => `${b.source.join(',')}:${b.target.join(',')}`)).toEqual(units.map((_, k) => `${k}:${k}`))
    expect(pair.target).toEqual(chinese)
  })

  it('still splits a unit at its space when it has one', () => {
    const units = hindi.map((s): [string, string] => [s, s])
    const pair = perturb(units, 7, { deletion: 0, insertion: 0, merge: 0, split: 1, swap: 0 })
    expect(pair.gold.every((b) => b.source.length === 1 && b.target.length === 2)).toBe(true)
    expect(pair.gold.map((b) => b.target.map((t) => pair.target[t]).join(' '))).toEqual(hindi.map((s) => s.replace(/\s+/gu, ' ').trim()))
  })
})
