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

  it('make a heading ask when a labelled example follows its question mark', () => {
    // conventional-commits/conventionalcommits.org (7d293dc), content/v1.0.0/index.ja.md and index.ko.md: the FAQ
    // question the English ends with `e.g. `@jameswomack/conventional-commit-spec`?` puts the example after the mark.
    expect(asksQuestion('Conventional Commits の仕様についての私の拡張はどのようにバージョンを振るべきでしょうか？ 例: @jameswomack/conventional-commit-spec')).toBe(true)
    expect(asksQuestion('Conventional Commit 스펙을 개인적으로 확장한 형태의 버전을 어떻게 사용할 수 있을까요? 예를 들어, @jameswomack/conventional-commit-spec')).toBe(true)
    expect(asksQuestion('Why? Because the build is slow and nobody knows it')).toBe(false)
    expect(asksQuestion('Done? Next, deploy it')).toBe(false)
    // A label and a plain word after the mark are an answer, not an example (review low of 6c0b621).
    expect(asksQuestion('Ready? Go: now')).toBe(false)
    expect(asksQuestion('Done? Next, deploy')).toBe(false)
  })
})
