import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { endMark, endsAsWhole } from '../../src/drift/closingMarks.js'
import { scratchDir } from '../bad-input/helpers.js'
import { partialIn } from './partialReasons.js'

// Puter's README (tests/fixtures/sites/puter-readme/support, HeyPuter/puter, AGPL-3.0): the section "Support" in ten
// languages. Its closing paragraph is two sentences in English, `We are always happy to help you with any questions
// you may have. Don't hesitate to ask!`; the Chinese, Japanese and Hindi write it as one sentence ending with the
// exclamation (`我们随时乐意帮助您解答任何问题，欢迎随时联系！`), a little shorter than the others: a paraphrase, not a cut.
const SUPPORT = resolve(import.meta.dirname, '../fixtures/sites/puter-readme/support')
const scratch = scratchDir('closing-marks')
afterAll(() => scratch.remove())

describe('how a sentence ends', () => {
  it.each([
    ['Don\'t hesitate to ask!', 'exclaim'],
    ['欢迎随时联系！', 'exclaim'],
    ['And thank you to all our backers! 🙏', 'exclaim'],
    ['We are always happy to help you.', 'stop'],
    ['質問があれば、いつでもお気軽にお問い合わせください。」', 'stop'],
    ['आप हमेशा तैयार हैं।', 'stop'],
    ['Bug report or feature request?', 'ask'],
    ['هل لديك سؤال؟', 'ask'],
    ['*Really?*', 'ask'],
    ['Connect with us through these channels:', 'lead'],
    ['示例代码如下：', 'lead'],
    ['See the list below', 'none'],
  ] as const)('%s ends as %s', (text, mark) => {
    expect(endMark(text)).toBe(mark)
  })

  it('tells a whole ending only where the others end the slot otherwise than the sentence a count would stop at', () => {
    const marks = { after: ['stop' as const], last: 'exclaim' as const }
    expect(endsAsWhole(marks, 1, 'exclaim')).toBe(true)
    expect(endsAsWhole(marks, 1, 'stop')).toBe(false)
    expect(endsAsWhole({ after: ['stop'], last: 'stop' }, 1, 'stop')).toBe(false)
    expect(endsAsWhole({ after: ['none'], last: 'exclaim' }, 1, 'exclaim')).toBe(false)
    expect(endsAsWhole(undefined, 1, 'exclaim')).toBe(false)
  })
})

describe('two sentences written as one', () => {
  it('are no cut where the translation ends as the others end the whole paragraph', async () => {
    const dataset = await alignCorpus([SUPPORT], { level: 'turn', workers: 1 })
    for (const file of ['README.zh.md', 'README.jp.md', 'README.hi.md']) expect(partialIn(dataset, file), file).toEqual([])
  }, 120_000)

  it('are no cut where the translation ends with the colon that leads into the example, as the others do', async () => {
    // Rich's README (data/docs-dev/rich-readme, MIT): `… from Python's logging module. Here's an example of the
    // output:` and three more such paragraphs, which the Traditional Chinese writes as one sentence ending with the
    // colon (`…並賦予色彩：`): a cut after the first sentence would end with its full stop.
    const dataset = await alignCorpus([resolve(import.meta.dirname, '../../data/docs-dev/rich-readme')], { level: 'turn', workers: 1 })
    expect(partialIn(dataset, 'README.zh-tw.md')).toEqual([])
  }, 120_000)

  it('still read as a cut where the translation stops after its first sentence', async () => {
    // The German closing paragraph cut after `… die Sie haben könnten.`: it ends as the others' first sentence does.
    const dir = join(scratch.dir, 'puter-support')
    cpSync(SUPPORT, dir, { recursive: true })
    const text = readFileSync(join(SUPPORT, 'README.de.md'), 'utf8')
    const whole = 'Wir helfen Ihnen gerne bei allen Fragen, die Sie haben könnten. Zögern Sie nicht zu fragen!'
    expect(text).toContain(whole)
    writeFileSync(join(dir, 'copy.md'), text.replace(whole, 'Wir helfen Ihnen gerne bei allen Fragen, die Sie haben könnten.'))
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(partialIn(dataset, 'copy.md')).toEqual([expect.stringMatching(/first sentence|1 sentence/u)])
    for (const file of ['README.zh.md', 'README.jp.md', 'README.hi.md']) expect(partialIn(dataset, file), file).toEqual([])
  }, 120_000)
})
