import schema from '../../schema/dataset.schema.json' with { type: 'json' }

/**
 * JSON Schema (2020-12) of a `Dataset` as `toJson` writes it (`dataset.json`).
 * The same schema ships as a file: `import … from 'paracorpus/schema/dataset.schema.json'`.
 * @example
 * ```ts
 * import Ajv2020 from 'ajv/dist/2020.js'
 * const validate = new Ajv2020().compile(datasetSchema)
 * ```
 */
export const datasetSchema: Readonly<Record<string, unknown>> = schema
