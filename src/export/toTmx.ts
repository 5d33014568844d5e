import type { Dataset } from '../types.js'
import { familyLanguages } from './familyLanguages.js'
import { familyTables } from './familyTables.js'
import { fileSafe } from './fileSafe.js'
import { unitText } from './unitText.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xmlText.js'

/** The TMX file of one family. */
export interface TmxFile {
  /** Family id. */
  family: string
  /** File name: `<family>.tmx`. */
  name: string
  /** `srclang` of the header: the pivot hub's language tag, or `*all*`. */
  srclang: string
  /** The TMX 1.4b document. */
  content: string
  /** Number of `<tu>` elements. */
  units: number
}

/** Options for {@link toTmx}. */
export interface TmxOptions {
  /** `creationtoolversion` of the header (default: the dataset's `tool.version`). */
  toolVersion?: string | undefined
}

/**
 * TMX 1.4b, one file per family of two or more documents: a header with all seven required attributes
 * (`segtype` is `paragraph` at turn level, `sentence` at sentence level; `srclang` is the language of the
 * pivot's hub document, or `*all*` when there is no hub or it has no language), one `<tu tuid="unit id">` per aligned unit with the
 * unit's family, slot, role and confidence as `x-` props, and one `<tuv xml:lang>` per document that has
 * text there (tags as in `familyLanguages`), carrying the document id and its drift as props.
 * Text is XML-escaped; characters XML 1.0 forbids are dropped. Units with no text at all are left out.
 * @param dataset Dataset from `alignCorpus`.
 * @param options Header overrides.
 */
export function toTmx(dataset: Dataset, options: TmxOptions = {}): TmxFile[] {
  const version = options.toolVersion ?? dataset.tool.version
  const segtype = dataset.options.level === 'sentence' ? 'sentence' : 'paragraph'
  return familyTables(dataset).map((table) => {
    const languages = familyLanguages(dataset, table.documents)
    const hub = table.pivot?.document
    const hubTag = languages.find((l) => l.document === hub)?.tag
    const srclang = hubTag === undefined || hubTag === 'und' ? '*all*' : hubTag
    const out: string[] = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4">',
      `  <header creationtool="paracorpus" creationtoolversion="${attr(version)}" segtype="${segtype}" o-tmf="none" adminlang="en" srclang="${attr(srclang)}" datatype="plaintext"/>`,
      '  <body>',
    ]
    let units = 0
    for (const unit of table.units) {
      const tuvs: string[] = []
      for (const { document, tag } of languages) {
        const segment = unitText(unit, document)
        if (segment === null) continue
        const drift = unit.drift[document]
        tuvs.push(
          `      <tuv xml:lang="${attr(tag)}">`,
          `        <prop type="x-document">${text(document)}</prop>`,
          ...(drift === undefined ? [] : [`        <prop type="x-drift">${drift}</prop>`]),
          `        <seg>${text(segment)}</seg>`,
          '      </tuv>',
        )
      }
      if (tuvs.length === 0) continue
      units += 1
      out.push(
        `    <tu tuid="${attr(unit.id)}">`,
        `      <prop type="x-family">${text(unit.family)}</prop>`,
        `      <prop type="x-slot">${text(unit.slot)}</prop>`,
        `      <prop type="x-role">${unit.role}</prop>`,
        `      <prop type="x-confidence">${unit.confidence}</prop>`,
        ...tuvs,
        '    </tu>',
      )
    }
    out.push('  </body>', '</tmx>', '')
    return { family: table.family, name: `${fileSafe(table.family)}.tmx`, srclang, content: out.join('\n'), units }
  })
}
