import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'
import { partialIn } from './partialReasons.js'

// Starship's FAQ (data/docs-dev/starship-faq, ISC): `For a non-interactive installation of Starship, don't forget to
// add the -y option to skip the confirmation. Check the source of the installation script for a list of all
// supported installation options.` is two sentences in English, Korean and Russian; the Chinese and Japanese write
// the second sentence twice (three sentences). The others' first two sentences then hold 86 % of their text (the
// median over those with two sentences or more), and the Korean paragraph, at 75 % of its expected length, read as
// stopping after two.
const STARSHIP_FAQ = resolve(import.meta.dirname, '../../data/docs-dev/starship-faq')
const KOREAN = 'docs/ko-KR/faq/README.md'
const scratch = scratchDir('sentence-count-cut')
afterAll(() => scratch.remove())

describe('a paragraph with as many sentences as the slot asks', () => {
  it('is no cut where some members write a sentence more than most', async () => {
    const dataset = await alignCorpus([STARSHIP_FAQ], { level: 'turn', workers: 1 })
    expect(partialIn(dataset, KOREAN)).toEqual([])
  }, 120_000)

  it('is still a cut where it stops after its first sentence', async () => {
    const dir = join(scratch.dir, 'starship-faq')
    cpSync(STARSHIP_FAQ, dir, { recursive: true })
    const text = readFileSync(join(dir, KOREAN), 'utf8')
    const second = ' 지원되는 모든 설치 옵션 목록은 설치 스크립트의 소스를 확인하세요.'
    expect(text.split(second)).toHaveLength(2)
    writeFileSync(join(dir, 'copy.ko.md'), text.replace(second, ''))
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(partialIn(dataset, 'copy.ko.md')).toEqual([expect.stringMatching(/non-interactive installation.*1 sentence/u)])
    expect(partialIn(dataset, KOREAN)).toEqual([])
  }, 120_000)
})
