/**
 * Build the character n-gram and word profiles (src/detect/profiles/profiles.json) from the training half of
 * data/langid/ (see `scripts/langid/profiles.ts`). Run with `npx tsx scripts/build-langid-profiles.ts`.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readLabelledSentences } from './langid/corpus.js'
import { buildProfiles } from './langid/profiles.js'

const data = buildProfiles(readLabelledSentences(), (line) => console.log(line))
const out = fileURLToPath(new URL('../src/detect/profiles/profiles.json', import.meta.url))
writeFileSync(out, `${JSON.stringify(data)}\n`)
