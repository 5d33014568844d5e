import { describe, expect, it } from 'vitest'
import { countLetters } from '../../src/align/text/countLetters.js'
import { normalTailCost } from '../../src/align/signals/normalTailCost.js'
import { lengthCost } from '../../src/align/signals/lengthCost.js'
import { shapeCost, shapeFeatures } from '../../src/align/signals/shape.js'
import { roleBit, structureCost } from '../../src/align/signals/structureCost.js'
import { anchorCost } from '../../src/align/signals/anchorCost.js'
import { beadShapes } from '../../src/align/beadShapes.js'
import { initialLengthModel, recalibrateLength } from '../../src/align/calibrateLength.js'

describe('countLetters', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Hello, world!', 10],
    ['é', 1],
    ['e\u0301', 1],
    ['សួស្តី', 2],
    ['Сәлем 42', 7],
  ])('counts %j as %i', (text, expected) => {
    expect(countLetters(text)).toBe(expected)
  })
})

describe('normalTailCost', () => {
  it.each([
    [0, 0, 0.001],
    [1.96, -Math.log(0.05), 0.01],
    [3, -Math.log(0.0027), 0.02],
  ])('at %f is -ln of the two-sided tail', (x, expected, tolerance) => {
    expect(Math.abs(normalTailCost(x) - expected)).toBeLessThan(tolerance)
  })

  it('is monotone and finite far in the tail', () => {
    let previous = -1
    for (let x = 0; x < 60; x += 0.25) {
      const c = normalTailCost(x)
      expect(Number.isFinite(c)).toBe(true)
      expect(c).toBeGreaterThanOrEqual(previous)
      previous = c
    }
  })
})

describe('lengthCost', () => {
  const model = { ratio: 2, variance: 6.8 }
  it('is cheapest at the calibrated ratio', () => {
    expect(lengthCost(50, 100, model)).toBeLessThan(lengthCost(50, 50, model))
    expect(lengthCost(50, 100, model)).toBeLessThan(lengthCost(50, 200, model))
  })
  it('stays finite when one side is empty', () => {
    expect(Number.isFinite(lengthCost(0, 40, model))).toBe(true)
    expect(lengthCost(0, 0, model)).toBeCloseTo(0)
  })
})

describe('length calibration', () => {
  it('takes the ratio of the totals', () => {
    expect(initialLengthModel(100, 250).ratio).toBe(2.5)
    expect(initialLengthModel(0, 250).ratio).toBe(1)
  })
  it('estimates a small variance from consistent pairs and a large one from noisy pairs', () => {
    const tight = Array.from({ length: 20 }, (_, k) => [40 + k, 2 * (40 + k) + (k % 2)] as const)
    const loose = Array.from({ length: 20 }, (_, k) => [40 + k, k % 2 === 0 ? 40 + k : 4 * (40 + k)] as const)
    const start = initialLengthModel(1, 1)
    expect(recalibrateLength(tight, start).variance).toBeLessThan(recalibrateLength(loose, start).variance)
    expect(recalibrateLength(tight.slice(0, 3), start)).toBe(start)
  })
})

describe('shape', () => {
  it.each([
    ['Why?', 0],
    ['Неге？', 0],
    ['لماذا؟', 0],
    ['Τι;', 0],
  ])('counts the question mark of %j', (text, index) => {
    expect(shapeFeatures(text)[index]).toBe(1)
  })
  it('prefers beads whose shapes agree', () => {
    expect(shapeCost(shapeFeatures('Why (really)?'), shapeFeatures('Неге (шынымен)?'))).toBeLessThan(
      shapeCost(shapeFeatures('Why (really)?'), shapeFeatures('Себебі солай.')),
    )
  })
  it('counts a list marker', () => {
    expect(shapeFeatures('- item')[4]).toBe(1)
    expect(shapeFeatures('2) item')[4]).toBe(1)
  })
})

describe('structureCost', () => {
  it.each([
    ['question', 'question'],
    ['answer', 'answer'],
  ] as const)('rewards %s with %s', (a, b) => {
    expect(structureCost(roleBit(a), roleBit(b), -1, -1)).toBeLessThan(0)
  })
  it('punishes question against answer more than body against intro', () => {
    expect(structureCost(roleBit('question'), roleBit('answer'), -1, -1)).toBeGreaterThan(
      structureCost(roleBit('body'), roleBit('intro'), -1, -1),
    )
  })
  it('is neutral when roles are unknown', () => {
    expect(structureCost(0, roleBit('answer'), -1, -1)).toBe(0)
  })
})

describe('anchorCost', () => {
  const weight = Float64Array.from([2, 3, 1])
  it.each([
    [[0, 1], [0, 1], -5],
    [[0], [], 0.6],
    [[0, 2], [2], -1 + 0.6],
    [[], [], 0],
  ])('scores %j against %j as %f', (s, t, expected) => {
    expect(anchorCost(Int32Array.from(s), s.length, Int32Array.from(t), t.length, weight)).toBeCloseTo(expected)
  })
})

describe('beadShapes', () => {
  it.each([
    [1, ['1-1', '1-0', '0-1']],
    [2, ['1-1', '1-0', '0-1', '1-2', '2-1']],
    [3, ['1-1', '1-0', '0-1', '1-2', '1-3', '2-1', '2-2', '3-1']],
  ])('allows for maxBead %i: %j', (max, expected) => {
    expect(beadShapes(max).map((s) => `${s.source}-${s.target}`)).toEqual(expected)
  })
  it('has normalised priors with 1-1 the cheapest', () => {
    const shapes = beadShapes(3)
    const total = shapes.reduce((sum, s) => sum + Math.exp(-s.cost), 0)
    expect(total).toBeCloseTo(1)
    expect(Math.min(...shapes.map((s) => s.cost))).toBe(shapes[0]?.cost)
  })
})
