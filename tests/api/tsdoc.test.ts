import { readFileSync } from 'node:fs'
import fg from 'fast-glob'
import { describe, expect, it } from 'vitest'

// Every exported declaration in src/ carries a TSDoc comment (re-export lists excepted).
describe('TSDoc', () => {
  it('documents every exported declaration', () => {
    const missing: string[] = []
    for (const file of fg.sync('src/**/*.ts')) {
      const lines = readFileSync(file, 'utf8').split('\n')
      lines.forEach((line, i) => {
        if (!/^export (?:declare )?(?:async )?(?:function|const|class|interface|type \w|let|abstract class)\b/u.test(line)) return
        let j = i - 1
        while (j >= 0 && lines[j]!.trim() === '') j--
        if (j < 0 || !lines[j]!.trim().endsWith('*/')) missing.push(`${file}:${i + 1}: ${line.slice(0, 70)}`)
      })
    }
    expect(missing).toEqual([])
  })
})
