import type { Dataset } from '../types.js'
import type { ExportOptions } from './exportOptions.js'
import { familyPairs, type FamilyPair, type PairUnit } from './familyPairs.js'
import type { FamilyLanguage } from './familyLanguages.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xmlText.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DATASET_SHAPE, checkShape } from '../errors/checkShape.js'

/** The TMX file of one pair of documents of a family. */
export interface TmxFile {
  /** Family id. */
  family: string
  /** File name: `<family>.<l1>-<l2>.tmx`. */
  name: string
  /** The two language tags, sorted. */
  languages: [string, string]
  /** `srclang` of the header: the tag of the family's source document when it is one of the two, else `*all*`. */
  srclang: string
  /** The TMX 1.4b document. */
  content: string
  /** Number of `<tu>` elements. */
  units: number
}

/** Options for {@link toTmx}. */
export interface TmxOptions extends ExportOptions {
  /** `creationtoolversion` of the header (default: the dataset's `tool.version`). */
  toolVersion?: string | undefined
}

function tuv(unit: PairUnit, language: FamilyLanguage): string[] {
  return [
    `      <tuv xml:lang="${attr(language.tag)}">`,
    `        <prop type="x-document">${text(language.document)}</prop>`,
    `        <prop type="x-confidence">${unit.confidences[language.document] ?? 0}</prop>`,
    `        <prop type="x-drift">${unit.drift[language.document] ?? 0}</prop>`,
    `        <seg>${text(unit.texts[language.document] ?? '')}</seg>`,
    '      </tuv>',
  ]
}

function tu(pair: FamilyPair, unit: PairUnit, order: readonly FamilyLanguage[]): string[] {
  return [
    `    <tu tuid="${attr(unit.id)}">`,
    `      <prop type="x-family">${text(pair.family)}</prop>`,
    `      <prop type="x-slot">${text(unit.slot)}</prop>`,
    `      <prop type="x-role">${unit.role}</prop>`,
    ...(unit.units.length > 1 ? [`      <prop type="x-units">${text(unit.units.join(' '))}</prop>`] : []),
    `      <prop type="x-confidence">${unit.confidence}</prop>`,
    ...order.flatMap((language) => tuv(unit, language)),
    '    </tu>',
  ]
}

/**
 * TMX 1.4b, one file per pair of documents of a family (the source against each other document by default;
 * see `familyPairs`): a header with all seven required attributes (`segtype` is `paragraph` at turn level,
 * `sentence` at sentence level; `srclang` is the tag of the family's source document, or `*all*` for a pair
 * without it or a source without a language), one `<tu tuid="unit id">` per unit with the family, slot, role,
 * merged unit ids (`x-units`, when several) and the pair's confidence as `x-` props, and one `<tuv xml:lang>` per
 * document (the source first) carrying the document id, its cell's confidence and its drift as props.
 * Text is XML-escaped; characters XML 1.0 forbids are dropped.
 * @param dataset Dataset from `alignCorpus`.
 * @param options Pairs, the lowest confidence kept, header overrides.
 * @throws {UsageError} `INVALID_OPTION` on a bad option.
 */
export function toTmx(dataset: Dataset, options: TmxOptions = {}): TmxFile[] {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkOptions(options)
  const version = options.toolVersion ?? dataset.tool.version
  return familyPairs(dataset, options).map((pair) => {
    const segtype = pair.level === 'sentence' ? 'sentence' : 'paragraph'
    const source = pair.languages.find((l) => l.document === pair.source)
    const srclang = source === undefined || source.tag === 'und' || source.tag.startsWith('und-') ? '*all*' : source.tag
    const order = source === undefined ? pair.languages : [source, ...pair.languages.filter((l) => l !== source)]
    const out: string[] = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4">',
      `  <header creationtool="paracorpus" creationtoolversion="${attr(version)}" segtype="${segtype}" o-tmf="none" adminlang="en" srclang="${attr(srclang)}" datatype="plaintext"/>`,
      '  <body>',
    ]
    for (const unit of pair.units) out.push(...tu(pair, unit, order))
    out.push('  </body>', '</tmx>', '')
    return {
      family: pair.family,
      name: `${pair.stem}.tmx`,
      languages: [pair.languages[0].tag, pair.languages[1].tag],
      srclang,
      content: out.join('\n'),
      units: pair.units.length,
    }
  })
}
