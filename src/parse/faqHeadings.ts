import type { Line } from './documentLines.js'

/** Fewest section headings of one depth before their majority says whether the sections are questions. */
const MIN_SECTIONS = 3

/**
 * Section headings of one depth where most do not ask are sections, the one that asks among them too: `What is
 * Observability?` among `Telemetry`, `Logs`, `Traces` heads a section like its neighbours, not an FAQ item whose
 * paragraphs would become one answer. Whether a translation ends such a heading with a question mark is its own
 * choice (`オブザーバビリティとは何か`); reading the depth by its majority gives every translation of the page the same
 * sections and paragraphs. At least {@link MIN_SECTIONS} headings of a depth (below the title's) and a strict
 * majority that does not ask; where most ask, or as many as not, each heading is left as it reads (an FAQ heading
 * phrased as a statement is not made a question: that would join its paragraphs into one answer).
 * @param lines The document's lines (their `question` flags are updated).
 */
export function settleFaqHeadings(lines: readonly Line[]): void {
  const byDepth = new Map<number, Line[]>()
  for (const line of lines) {
    const depth = line.block.depth ?? 1
    if (line.index !== 0 || line.block.kind !== 'heading' || depth < 2) continue
    byDepth.set(depth, [...(byDepth.get(depth) ?? []), line])
  }
  for (const headings of byDepth.values()) {
    if (headings.length < MIN_SECTIONS) continue
    const asking = headings.filter((h) => h.question).length
    if (2 * asking < headings.length) for (const h of headings) h.question = false
  }
}
