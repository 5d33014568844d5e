import { alignCorpus } from '../src/pipeline/alignCorpus.js'
const dir = process.argv[2]!, probe = process.argv[3]!
const ds = await alignCorpus([dir], { level: 'turn' })
const fam = ds.families.find((f) => f.documents.some((d) => d.includes(probe)))!
const pivot = ds.pivots.find((p) => p.id === fam.id)!
const table = ds.alignments.find((a) => a.family === fam.id)!
const doc = fam.documents.find((d) => d.includes(probe))!
const parsed = ds.documents.find((d) => d.id === doc)!
console.log('hub', pivot.document)
for (const s of pivot.slots) console.log(s.id, s.role, s.share, s.sentences, s.paragraphs, JSON.stringify(table.rows.find((r) => r.slot === s.id)!.cells[doc]))
for (const s of parsed.segments) console.log(s.id, s.role, s.paragraphs, s.sentences.length, s.text.slice(0, 60))
console.log(ds.drift.find((r) => r.document === doc)!.slots.flatMap((s) => s.reasons))
