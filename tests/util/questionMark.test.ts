import { describe, expect, it } from 'vitest'
import { QUESTION_MARK } from '../../src/util/questionMark.js'
import { shapeFeatures } from '../../src/align/signals/shape.js'
import { lineShape } from '../../src/parse/lineShape.js'
import { asksQuestion } from '../../src/parse/asksQuestion.js'

describe('question marks', () => {
  const asking = ['Why?', 'Почему?', '为什么？', 'لماذا؟', 'Ինչու՞', '¿Por qué', 'Τι ώρα είναι;', 'Really⁉', 'ምን፧']

  it('are one set for align\'s shape counts and parse\'s line shapes', () => {
    for (const text of [...asking, 'No.', 'Yes!', 'Hai.', '好。']) {
      expect(shapeFeatures(text)[0]! > 0, text).toBe(lineShape(text).asks)
      expect(QUESTION_MARK.test(text), text).toBe(lineShape(text).asks)
    }
    expect(shapeFeatures('Why? How？ لماذا؟')[0]).toBe(3)
  })

  it('make a heading ask in every script, a semicolon only in Greek', () => {
    for (const text of asking.filter((t) => !t.startsWith('¿'))) expect(asksQuestion(text), text).toBe(true)
    expect(asksQuestion('Install; configure;')).toBe(false)
  })
})
