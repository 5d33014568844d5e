import { Ajv2020 } from 'ajv/dist/2020.js'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetSchema, toJson } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'
import { fixtureDataset } from './fixture.js'

function validator(): (data: unknown) => { valid: boolean; errors: string } {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  const validate = ajv.compile(datasetSchema)
  return (data) => {
    const valid = validate(data)
    return { valid, errors: ajv.errorsText(validate.errors) }
  }
}

/** The fixture with the inline ranges the parse records on a sentence: a link's text holding code. */
function withInline(): Dataset {
  const dataset = fixtureDataset()
  const sentence = dataset.documents[0]!.segments.flatMap((s) => s.sentences)[0]!
  sentence.inline = [
    { kind: 'link', start: 0, end: 3 },
    { kind: 'code', start: 1, end: 2 },
  ]
  return dataset
}

const variants: Array<[string, Dataset]> = [
  ['a km–kk family and a lone ms document', fixtureDataset()],
  ['a sentence with link and code ranges', withInline()],
  ['sentence level', fixtureDataset({ level: 'sentence' })],
  ['two documents in one language', fixtureDataset({ languages: ['kk', 'kk'] })],
  ['documents without a language', fixtureDataset({ languages: [null, null] })],
]

describe('toJson', () => {
  it.each(variants)('writes JSON that validates against the schema (%s)', (_, dataset) => {
    const check = validator()
    const result = check(JSON.parse(toJson(dataset)))
    expect(result.errors).toBe('No errors')
    expect(result.valid).toBe(true)
  })

  it('writes a sentence’s inline ranges, keys in type order', () => {
    expect(toJson(withInline())).toContain('"inline": [\n')
    expect(toJson(withInline())).toMatch(/"kind": "link",\n\s+"start": 0,\n\s+"end": 3/u)
  })

  it('ships the same schema as the file in schema/', () => {
    const file = JSON.parse(readFileSync(new URL('../../schema/dataset.schema.json', import.meta.url), 'utf8')) as unknown
    expect(datasetSchema).toEqual(file)
    expect(datasetSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it.each([
    ['an unknown segment role', (d: Dataset) => void (d.units[0]!.role = 'footer' as never)],
    ['an unknown drift code', (d: Dataset) => void (d.drift[1]!.reasons[0]!.code = 'typo' as never)],
    ['a drift score above 1', (d: Dataset) => void (d.units[0]!.drift['corpus/interview.kk.txt'] = 1.5)],
    ['an unknown top-level field', (d: Dataset) => void Object.assign(d, { generatedAt: '2024-01-01' })],
    ['a missing tool version', (d: Dataset) => void Reflect.deleteProperty(d.tool, 'version')],
    ['a bad alignment level', (d: Dataset) => void (d.options.level = 'word' as never)],
    ['an unknown kind of inline range', (d: Dataset) => void (d.documents[0]!.segments.flatMap((s) => s.sentences)[0]!.inline = [{ kind: 'emphasis' as never, start: 0, end: 1 }])],
  ])('the schema rejects %s', (_, spoil) => {
    const dataset = fixtureDataset()
    spoil(dataset)
    expect(validator()(JSON.parse(toJson(dataset))).valid).toBe(false)
  })

  it('is deterministic: 2-space indent, trailing newline, keys in type order whatever the input order', () => {
    const dataset = fixtureDataset()
    const json = toJson(dataset)
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.split('\n')[1]).toMatch(/^ {2}"tool": \{$/u)
    const shuffled = JSON.parse(JSON.stringify(dataset), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as Dataset
    expect(Object.keys(shuffled)[0]).toBe('diagnostics')
    expect(toJson(shuffled)).toBe(json)
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['tool', 'options', 'documents', 'languages', 'verdicts', 'families', 'pivots', 'alignments', 'units', 'drift', 'diagnostics'])
    const report = (JSON.parse(json) as Dataset).drift[0]!
    expect(Object.keys(report.components)).toEqual(['missing', 'extra', 'split', 'merged', 'length', 'partial', 'replaced', 'anchor-lost', 'anchor-changed', 'role', 'order'])
  })

  it('drops undefined optional fields instead of writing null', () => {
    const dataset = fixtureDataset()
    dataset.documents[0]!.path = undefined
    const doc = (JSON.parse(toJson(dataset)) as Dataset).documents[0]!
    expect('path' in doc).toBe(false)
  })
})
